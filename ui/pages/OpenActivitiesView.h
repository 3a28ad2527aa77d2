#pragma once
#include "core/Page.h"
#include "store/queries/TodayQuery.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QSettings;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport {

class AppContext;
class BackgroundReader;

// Today's half of the Today page: the open activities due today and the
// overdue ones, in two sections (Overdue, most recent first; Today, in the
// order of the day). Each row's box completes it (asking for the outcome) and
// its Reschedule button moves it to tomorrow, next week or a chosen time.
// Reads on its own worker connection (see TodayQuery for why) and keeps
// showing the previous list while a new one loads.
class OpenActivitiesView : public QWidget {
    Q_OBJECT
public:
    static constexpr int Limit = 200;
    enum Column { DoneColumn, WhenColumn, KindColumn, SubjectColumn, AccountColumn, ContactColumn, OwnerColumn, ActionColumn, ColumnCount };

    explicit OpenActivitiesView(AppContext &context, QWidget *parent = nullptr);
    ~OpenActivitiesView() override;

    // Whose activities: one user's, or everyone's (none). Re-reads.
    void setOwner(const std::optional<QString> &ownerId);
    void reload();
    bool isLoading() const;

    // The activities shown, in the order shown.
    QStringList shownIds() const;
    std::optional<OpenActivity> activity(const QString &id) const;
    // The selected activity, if any.
    RecordRef currentRecord() const;
    QTreeWidget *tree() const { return m_tree; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    // Asks for the outcome (OutcomeDialog), then marks it done now. False if
    // the user cancelled or the store refused.
    bool completeActivity(const QString &id);
    bool completeActivityWith(const QString &id, const QString &outcome);
    // Moves what makes it due (the due time of a task that has one, else the
    // start) to `when`.
    bool rescheduleActivity(const QString &id, qint64 when);
    // Tomorrow, next week, or a date and time chosen in a dialog.
    void showRescheduleMenu(const QString &id, const QPoint &globalPosition);

signals:
    void loaded();
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);
    void currentRecordChanged();

private:
    void showResult(const Result<OpenActivities> &result);
    void render();
    void addRow(QTreeWidgetItem *section, const OpenActivity &a);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void showContextMenu(const QPoint &position);
    void updateHeader();
    void fitActionColumn();

    AppContext &m_context;
    BackgroundReader *m_reader = nullptr;
    // Only the newest read is shown: each reload takes the next number, and a
    // result of an older one is dropped.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    std::optional<QString> m_owner;
    QList<OpenActivity> m_activities;
    bool m_truncated = false;
    bool m_everLoaded = false;
    qint64 m_now = 0;
    qint64 m_startOfDay = 0;
    qint64 m_endOfDay = 0;
    QString m_error;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_tree = nullptr;
    bool m_rendering = false;
};

} // namespace rapport
