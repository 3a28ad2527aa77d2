#pragma once
#include "core/Page.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace rapport {

class AppContext;

// A record's own window (an account's or contact's page): non-modal, one per
// record (opening the record again raises it), re-read whenever the store
// changes while it is shown. Ctrl+W closes it, Ctrl+L logs an activity about
// the record, Ctrl+Z / Ctrl+Shift+Z undo and redo as in the main window. Subclasses fill the header and the body and say
// how to read the record.
class RecordWindow : public QWidget {
    Q_OBJECT
public:
    const RecordRef &record() const { return m_record; }
    // The open window showing `record`, if there is one.
    static RecordWindow *find(const RecordRef &record);
    // Shows it in front of the others.
    void present();

    QPushButton *editButton() const { return m_edit; }
    // The action button with this object name ("logCall", "newCase", …).
    QPushButton *action(const QString &name) const;
    bool recordExists() const { return m_exists; }

public slots:
    // Re-reads the record and everything shown about it.
    void reload();
    // Opens the record's editor.
    virtual void edit() = 0;

protected:
    RecordWindow(AppContext &context, const RecordRef &record, QWidget *parent);

    AppContext &context() const { return m_context; }
    // Re-reads; false when the record no longer exists (deleted meanwhile).
    virtual bool load() = 0;
    // Adds a button to the action row that runs `run`.
    QPushButton *addAction(const QString &name, const QString &text, std::function<void()> run);
    // The header row's layout: the subclass puts its title widgets in it.
    QHBoxLayout *actionRow() const { return m_actions; }
    // Opens a record from this window (a timeline line, a contact).
    void openRecord(const RecordRef &record);

    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onStoreChanged();

    AppContext &m_context;
    RecordRef m_record;
    QHBoxLayout *m_actions = nullptr;
    QPushButton *m_edit = nullptr;
    bool m_stale = false;
    bool m_exists = true;
};

} // namespace rapport
