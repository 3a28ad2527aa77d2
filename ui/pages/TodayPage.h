#pragma once
#include "core/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QSplitter;

namespace rapport {

class OpenActivitiesView;
class VisitsDueView;

// The rep's start page: what is due today and overdue (complete or reschedule
// with one click) above the round of visits due, both for the current user or,
// with the owner switch, for anyone or everyone. Log call / visit / note log
// an activity about what is selected here.
class TodayPage : public Page {
    Q_OBJECT
public:
    explicit TodayPage(AppContext &context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("today"); }
    QString title() const override { return tr("Today"); }
    QIcon icon() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    // The selected activity, else the selected account of the round.
    RecordRef currentRecord() const override;
    QWidget *focusTarget() override;
    bool isLoading() const override;

    OpenActivitiesView *activities() const { return m_activities; }
    VisitsDueView *visits() const { return m_visits; }
    QComboBox *ownerSwitch() const { return m_owner; }
    // Whose work is shown: a user id, or none for everyone.
    std::optional<QString> owner() const;

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void fillOwners();
    void onOwnerChanged();
    void updateDate();
    void logActivity(const QString &kind);

    QLabel *m_date = nullptr;
    QComboBox *m_owner = nullptr;
    QSplitter *m_splitter = nullptr;
    OpenActivitiesView *m_activities = nullptr;
    VisitsDueView *m_visits = nullptr;
    bool m_started = false;
    bool m_visitSelectedLast = false;
};

} // namespace rapport
