#pragma once
#include "core/Page.h"
#include "store/queries/CampaignMemberBuilder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace rapport {

class AppContext;
class CampaignMembersModel;
class MemberPlanDialog;

// A campaign's members: the table (lazily paged, filterable by status) and
// what is done with them: add members from a source (looked at first, with
// who is left out and why, then added as one undoable step), mark them sent,
// record responses and conversions, remove them. Work that grows with the
// store runs on a worker thread behind a progress dialog with Cancel.
class CampaignMembersView : public QWidget {
    Q_OBJECT
public:
    CampaignMembersView(AppContext &context, QWidget *parent = nullptr);

    void setCampaign(const QString &campaignId, const QString &name, const QString &channel);
    CampaignMembersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QStringList selectedMemberIds() const;
    // The summary dialog of the last look at a source, while it is open.
    MemberPlanDialog *planDialog() const { return m_planDialog; }

public slots:
    void reload();
    // Asks for the source (AddMembersDialog), then buildMembers().
    void addMembers();
    // Looks at the source on a worker thread, then shows the summary; its OK adds them.
    void buildMembers(const rapport::MemberSource &source, const QString &sourceName);
    // Asks when, then sets the selected members' status (sent, responded, converted).
    void recordProgress(const QString &status);
    void removeSelected();

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);
    // Members were added (or adding failed; the message says which).
    void membersAdded(int added, const QString &message);

private:
    void showPlan(const MemberPlan &plan, const QString &sourceName);
    void addPlanned(const QStringList &contactIds);
    void updateActions();

    AppContext &m_context;
    QString m_campaignId;
    QString m_campaignName;
    QString m_channel;
    CampaignMembersModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_sent = nullptr;
    QToolButton *m_responded = nullptr;
    QToolButton *m_converted = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_rule = nullptr;
    MemberPlanDialog *m_planDialog = nullptr;
};

} // namespace rapport
