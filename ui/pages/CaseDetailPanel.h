#pragma once
#include "core/Page.h"
#include "domain/Case.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace rapport {

class AppContext;
class ResolveCaseDialog;

// The case chosen in the list, with what is done to a case: assign it,
// change its status or priority (the due-by time follows the priority's
// service level), resolve it (the resolution is asked for, and a follow-up
// call offered), close it, and record the customer's satisfaction. Each is
// one journaled change set, undone with Ctrl+Z.
class CaseDetailPanel : public QWidget {
    Q_OBJECT
public:
    CaseDetailPanel(AppContext &context, QWidget *parent = nullptr);

    QString caseId() const { return m_case.id; }
    const Case &shownCase() const { return m_case; }
    QComboBox *satisfactionBox() const { return m_satisfaction; }
    // The resolve or close dialog while it is open.
    ResolveCaseDialog *resolveDialog() const { return m_resolveDialog; }
    QLabel *overdueLabel() const { return m_overdue; }
    QTreeWidget *activities() const { return m_activities; }
    // How many of the case's activities are listed (newest first).
    static constexpr int ActivityLimit = 50;

public slots:
    void showCase(const QString &id);
    void reload();
    void editCase();
    // Empty id: unassigned. A new case given to someone becomes "assigned".
    bool assignTo(const QString &userId);
    // "resolved" and "closed" ask for the resolution (resolve(), closeCase()).
    bool setStatus(const QString &status);
    // Recomputes the due-by time from the service level of the new priority.
    bool setPriority(const QString &priority);
    // 1-5; 0 clears it.
    bool setSatisfaction(int rating);
    void resolve();
    void closeCase();
    // A follow-up call for a case resolved without one.
    bool scheduleFollowUpCall(int inDays = 3);

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);

private:
    bool apply(const QString &label, const std::function<bool(Case &)> &edit);
    void showFields();
    void showActivities();
    void buildMenus();
    void askResolution(bool close);
    qint64 openedAt() const;

    AppContext &m_context;
    Case m_case;
    QLabel *m_title = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_opened = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_resolved = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_followUp = nullptr;
    QLabel *m_description = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_assign = nullptr;
    QToolButton *m_status = nullptr;
    QToolButton *m_priority = nullptr;
    QPushButton *m_resolve = nullptr;
    QToolButton *m_close = nullptr;
    QToolButton *m_scheduleFollowUp = nullptr;
    QToolButton *m_logCall = nullptr;
    QTreeWidget *m_activities = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    ResolveCaseDialog *m_resolveDialog = nullptr;
};

} // namespace rapport
