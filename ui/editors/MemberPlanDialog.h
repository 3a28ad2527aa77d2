#pragma once
#include "store/queries/CampaignMemberBuilder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rapport {

// The summary before members are added: how many will be added and how many
// are left out for which reason, with examples of who. Adding is the OK
// button; nothing is written before it.
class MemberPlanDialog : public QDialog {
    Q_OBJECT
public:
    MemberPlanDialog(const MemberPlan &plan, const QString &campaignName, const QString &campaignChannel, const QString &sourceName,
                     QWidget *parent = nullptr);

    const MemberPlan &plan() const { return m_plan; }
    // The summary lines as shown, for tests and the status bar.
    QString summaryText() const;
    QTreeWidget *leftOutTree() const { return m_leftOut; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    MemberPlan m_plan;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_leftOut = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rapport
