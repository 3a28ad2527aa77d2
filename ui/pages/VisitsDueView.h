#pragma once
#include "core/Page.h"
#include "store/queries/VisitsDueQuery.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QSettings;
class QToolButton;
class QTreeWidget;

namespace rapport {

class AppContext;
class BackgroundReader;

// The field rep's round on the Today page: accounts past their visit
// interval, grouped by city (the most urgent city first), most overdue and
// most valuable first inside each. The query walks every account (2 s warm,
// up to 24 s cold on the 100k store: see VisitsDueQuery), so it runs on this
// view's own worker connection, with progress and a Stop button, while the
// previous round stays on screen; the first time, the list says it is loading.
class VisitsDueView : public QWidget {
    Q_OBJECT
public:
    static constexpr int Limit = 500;
    enum Column { AccountColumn, OverdueColumn, LastVisitColumn, IntervalColumn, RevenueColumn, ColumnCount };

    explicit VisitsDueView(AppContext &context, QWidget *parent = nullptr);
    ~VisitsDueView() override;

    void setOwner(const std::optional<QString> &ownerId);
    void reload();
    bool isLoading() const { return m_loading; }

    const VisitsDue &round() const { return m_round; }
    // The selected account, if any.
    RecordRef currentRecord() const;
    QTreeWidget *tree() const { return m_tree; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Stops the read under way; the round shown stays as it was.
    void stop();

signals:
    void loaded();
    void openRecordRequested(const rapport::RecordRef &record);
    void logVisitRequested(const rapport::RecordRef &account);
    void currentRecordChanged();

private:
    void showResult(const Result<VisitsDue> &result);
    void render();
    void updateState();

    AppContext &m_context;
    BackgroundReader *m_reader = nullptr;
    // Only the newest read counts: a reload or stop() moves this on, which
    // also makes an older read stop between its batches.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    std::optional<QString> m_owner;
    VisitsDue m_round;
    bool m_everLoaded = false;
    qint64 m_now = 0;
    QString m_error;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_logVisit = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace rapport
