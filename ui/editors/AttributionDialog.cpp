#include "AttributionDialog.h"

#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "fields/RecordPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

AttributionDialog::AttributionDialog(Store &store, const QString &campaignId, const QString &campaignName, QWidget *parent)
    : QDialog(parent), m_store(store), m_campaignId(campaignId)
{
    setObjectName(QStringLiteral("AttributionDialog"));
    setWindowTitle(tr("Attribute to %1").arg(campaignName));
    m_account = new RecordPicker(store, QStringLiteral("account"), this);
    m_account->setObjectName(QStringLiteral("account"));
    m_candidates = new QTreeWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setHeaderLabels({tr("Opportunity or order"), tr("Kind"), tr("Amount"), tr("Date"), tr("Stage"), tr("Credited to")});
    m_candidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_note = new QLabel(tr("Pick the account the campaign won business from."), this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Attribute"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_account, &RecordPicker::recordChanged, this, &AttributionDialog::showAccount);
    connect(m_candidates, &QTreeWidget::itemChanged, this, &AttributionDialog::updateOk);

    auto *form = new QFormLayout;
    form->addRow(tr("&Account"), m_account);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    updateOk();
    resize(760, 420);
}

void AttributionDialog::showAccount(const QString &accountId)
{
    const QSignalBlocker block(m_candidates);
    m_candidates->clear();
    m_items.clear();
    if (!accountId.isEmpty()) {
        const Result<QList<AttributedItem>> items = CampaignAttributionQuery(m_store).candidatesOfAccount(accountId, CandidateLimit);
        if (!items) {
            m_note->setText(tr("Cannot read the account's records: %1").arg(items.error().message));
        } else {
            m_items = *items;
            const QLocale locale;
            for (const AttributedItem &i : std::as_const(m_items)) {
                const bool opportunity = i.kind == AttributedItem::Kind::Opportunity;
                auto *row = new QTreeWidgetItem(m_candidates);
                row->setText(0, i.title.isEmpty() ? tr("(no number)") : i.title);
                row->setText(1, opportunity ? tr("Opportunity") : tr("Order"));
                row->setText(2, i.amount ? formatMoney(i.amount->minor, i.amount->currency) : QString());
                row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                row->setText(3, locale.toString(fromUtcMillis(i.at).toLocalTime().date(), QLocale::ShortFormat));
                row->setText(4, opportunity ? i.state : QString());
                row->setText(5, i.campaignId == m_campaignId ? tr("this campaign") : i.campaignName);
                const bool already = i.campaignId == m_campaignId;
                row->setFlags(already ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable));
                row->setCheckState(0, Qt::Unchecked);
            }
            m_note->setText(m_items.isEmpty() ? tr("The account has no opportunities or orders.")
                                              : tr("Its newest %1 opportunities and %1 orders at most; "
                                                   "crediting one already credited to another campaign moves the credit here.")
                                                    .arg(CandidateLimit));
        }
    }
    updateOk();
}

QList<AttributedItem> AttributionDialog::chosen() const
{
    QList<AttributedItem> out;
    for (int i = 0; i < m_candidates->topLevelItemCount() && i < m_items.size(); ++i)
        if (m_candidates->topLevelItem(i)->checkState(0) == Qt::Checked)
            out << m_items.at(i);
    return out;
}

void AttributionDialog::updateOk()
{
    const int n = int(chosen().size());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(n > 0);
    ok->setText(n > 0 ? tr("Attribute %n", nullptr, n) : tr("Attribute"));
}

} // namespace rapport
