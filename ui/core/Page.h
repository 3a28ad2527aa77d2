#pragma once
#include <QIcon>
#include <QString>
#include <QWidget>

class QSettings;

namespace rapport {

class AppContext;

// A record the user is looking at: entity name ("account") and id.
struct RecordRef {
    QString entity;
    QString id;
    bool isValid() const { return !entity.isEmpty() && !id.isEmpty(); }
    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

// One page of the main window's sidebar (Today, Accounts, Pipeline, …).
// Pages are built once and kept; a hidden page that missed a storeChanged()
// re-reads when it is activated again.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(AppContext &context, QWidget *parent = nullptr);

    // Stable name: settings keys, screenshot file names ("accounts").
    virtual QString key() const = 0;
    // Shown in the sidebar and the window title; translated.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    // The page became visible. Re-reads if the store changed meanwhile.
    void activate();
    bool isStale() const { return m_stale; }

    // Column layouts, splitters, sort orders: under the group named key().
    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(QSettings &settings);

    // The record selected or open on this page, if any ("log a call" prefills it).
    virtual RecordRef currentRecord() const { return {}; }

    // The widget that should take the keyboard focus when the page is shown.
    virtual QWidget *focusTarget() { return this; }

    // True while the page is still reading something on a worker thread
    // (screenshots wait for it).
    virtual bool isLoading() const { return false; }

signals:
    // Ask the main window to open a record (its editor or record page).
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);

protected:
    AppContext &context() const { return m_context; }
    // Re-read everything shown from the store.
    virtual void reload() = 0;

private:
    void onStoreChanged();

    AppContext &m_context;
    bool m_stale = false;
};

} // namespace rapport
