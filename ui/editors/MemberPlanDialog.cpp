#include "MemberPlanDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

MemberPlanDialog::MemberPlanDialog(const MemberPlan &plan, const QString &campaignName, const QString &channel, const QString &sourceName,
                                   QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("MemberPlanDialog"));
    setWindowTitle(tr("Add Members to %1").arg(campaignName));
    const QLocale locale;
    QStringList lines;
    lines << tr("%Ln contact(s) in %1.", nullptr, plan.considered).arg(sourceName.toHtmlEscaped());
    lines << QStringLiteral("<b>%1</b>").arg(tr("%Ln will be added.", nullptr, int(plan.toAdd.size())));
    const QList<QPair<LeftOutReason, int>> reasons = {{LeftOutReason::OptedOut, plan.optedOut},
                                                       {LeftOutReason::NoAddress, plan.noAddress},
                                                       {LeftOutReason::AlreadyMember, plan.alreadyMembers},
                                                       {LeftOutReason::SharedAddress, plan.sharedAddress}};
    if (plan.leftOut() > 0)
        lines << tr("%Ln left out:", nullptr, plan.leftOut());
    m_leftOut = new QTreeWidget(this);
    m_leftOut->setObjectName(QStringLiteral("leftOut"));
    m_leftOut->setHeaderLabels({tr("Who is left out, and why"), tr("Contacts")});
    m_leftOut->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const auto &[reason, count] : reasons) {
        if (count == 0)
            continue;
        const QString why = CampaignMemberBuilder::reasonText(reason, channel);
        lines << QStringLiteral("&nbsp;&nbsp;• %1").arg(tr("%1: %2").arg(locale.toString(count), why.toHtmlEscaped()));
        auto *group = new QTreeWidgetItem(m_leftOut, {why, locale.toString(count)});
        group->setData(0, Qt::UserRole, int(reason));
        int shown = 0;
        for (const LeftOutContact &c : plan.examples) {
            if (c.reason != reason)
                continue;
            new QTreeWidgetItem(group, {c.name});
            ++shown;
        }
        if (shown < count)
            new QTreeWidgetItem(group, {tr("… and %n more", nullptr, count - shown)});
    }
    m_leftOut->setVisible(plan.leftOut() > 0);
    m_summary = new QLabel(lines.join(QStringLiteral("<br>")), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = m_buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add %Ln Member(s)", nullptr, int(plan.toAdd.size())));
    add->setEnabled(!plan.toAdd.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_leftOut, 1);
    layout->addWidget(m_buttons);
    resize(QSize(480, plan.leftOut() > 0 ? 420 : 160));
}

QString MemberPlanDialog::summaryText() const
{
    QString text = m_summary->text();
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return text;
}

} // namespace rapport
