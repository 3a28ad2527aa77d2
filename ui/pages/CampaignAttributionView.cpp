#include "CampaignAttributionView.h"

#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "editors/AttributionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
} // namespace

QString formatCurrencySums(const QList<CurrencySum> &sums, bool won)
{
    QStringList parts;
    for (const CurrencySum &s : sums)
        if (!won || s.won != 0)
            parts << formatMoney(won ? s.won : s.amount, s.currency);
    return parts.join(QStringLiteral(" · "));
}

CampaignAttributionView::CampaignAttributionView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("attributionTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attribute = new QToolButton(this);
    m_attribute->setObjectName(QStringLiteral("attribute"));
    m_attribute->setText(tr("Attribute…"));
    m_attribute->setToolTip(tr("Credit opportunities and orders of an account to this campaign"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeAttribution"));
    m_remove->setText(tr("Remove credit"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("attributedTree"));
    m_tree->setHeaderLabels({tr("Opportunity or order"), tr("Account"), tr("Amount"), tr("Date"), tr("Stage")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(0, 220);
    m_tree->header()->resizeSection(1, 180);
    m_tree->header()->resizeSection(2, 120);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_totals, 1);
    bar->addWidget(m_attribute);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_attribute, &QToolButton::clicked, this, &CampaignAttributionView::attribute);
    connect(m_remove, &QToolButton::clicked, this, &CampaignAttributionView::removeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!selectedItems().isEmpty()); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant kind = item->data(0, KindRole);
        if (!kind.isValid())
            return;
        const QList<AttributedItem> &list = kind.toInt() == int(AttributedItem::Kind::Opportunity) ? m_attribution.opportunities
                                                                                                    : m_attribution.orders;
        const int i = item->data(0, IndexRole).toInt();
        if (i >= 0 && i < list.size())
            emit openRecordRequested({kind.toInt() == int(AttributedItem::Kind::Opportunity) ? QStringLiteral("opportunity")
                                                                                              : QStringLiteral("order"),
                                      list.at(i).id});
    });
    m_remove->setEnabled(false);
    m_attribute->setEnabled(false);
}

void CampaignAttributionView::setCampaign(const QString &campaignId, const QString &name)
{
    m_campaignName = name;
    m_attribute->setEnabled(!campaignId.isEmpty());
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    m_attribution = {};
    m_tree->clear();
    m_totals->setText(campaignId.isEmpty() ? QString() : tr("Reading…"));
}

void CampaignAttributionView::setAttribution(const CampaignAttribution &a)
{
    m_attribution = a;
    m_tree->clear();
    const QLocale locale;
    auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_tree, {title});
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        g->setFlags(Qt::ItemIsEnabled);
        g->setExpanded(true);
        return g;
    };
    auto addRows = [&](QTreeWidgetItem *parent, const QList<AttributedItem> &items, AttributedItem::Kind kind) {
        for (int i = 0; i < items.size(); ++i) {
            const AttributedItem &it = items.at(i);
            auto *row = new QTreeWidgetItem(parent);
            row->setText(0, it.title.isEmpty() ? tr("(no number)") : it.title);
            row->setText(1, it.accountName);
            row->setText(2, it.amount ? formatMoney(it.amount->minor, it.amount->currency) : QString());
            row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            row->setText(3, locale.toString(fromUtcMillis(it.at).toLocalTime().date(), QLocale::ShortFormat));
            // "Signed (won)": the outcome beside a stage name that does not say it already.
            const QString outcome = vocabularyLabel(it.stageKind);
            const bool saysOutcome = it.stageKind.isEmpty() || it.stageKind == QLatin1String("open")
                                     || it.state.compare(outcome, Qt::CaseInsensitive) == 0;
            row->setText(4, saysOutcome ? it.state : tr("%1 (%2)").arg(it.state, outcome.toLower()));
            row->setData(0, KindRole, int(kind));
            row->setData(0, IndexRole, i);
        }
        if (items.size() >= ListLimit)
            new QTreeWidgetItem(parent, {tr("Only the newest %1 are listed.").arg(ListLimit)});
    };
    QTreeWidgetItem *opportunities = group(tr("Opportunities (%L1)").arg(a.opportunityCount));
    addRows(opportunities, a.opportunities, AttributedItem::Kind::Opportunity);
    QTreeWidgetItem *orders = group(tr("Orders (%L1)").arg(a.orderCount));
    addRows(orders, a.orders, AttributedItem::Kind::Order);
    opportunities->setExpanded(true);
    orders->setExpanded(true);
    m_totals->setText(totalsText());
}

QString CampaignAttributionView::totalsText() const
{
    const CampaignAttribution &a = m_attribution;
    QString opportunities = tr("%Ln opportunity(ies)", nullptr, int(a.opportunityCount));
    if (!a.opportunityTotals.isEmpty())
        opportunities += QStringLiteral(": ") + formatCurrencySums(a.opportunityTotals);
    if (const QString won = formatCurrencySums(a.opportunityTotals, true); !won.isEmpty())
        opportunities += QStringLiteral(" ") + tr("(won %1)").arg(won);
    QString orders = tr("%Ln order(s)", nullptr, int(a.orderCount));
    if (!a.orderTotals.isEmpty())
        orders += QStringLiteral(": ") + formatCurrencySums(a.orderTotals);
    return opportunities + QStringLiteral("\n") + orders;
}

QList<AttributedItem> CampaignAttributionView::selectedItems() const
{
    QList<AttributedItem> out;
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QVariant kind = item->data(0, KindRole);
        if (!kind.isValid())
            continue;
        const QList<AttributedItem> &list = kind.toInt() == int(AttributedItem::Kind::Opportunity) ? m_attribution.opportunities
                                                                                                    : m_attribution.orders;
        const int i = item->data(0, IndexRole).toInt();
        if (i >= 0 && i < list.size())
            out << list.at(i);
    }
    return out;
}

void CampaignAttributionView::attribute()
{
    if (m_campaignId.isEmpty())
        return;
    m_dialog = new AttributionDialog(m_context.store(), m_campaignId, m_campaignName, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    AttributionDialog *dialog = m_dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (m_dialog == dialog)
            m_dialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        const QList<AttributedItem> items = dialog->chosen();
        // A handful of records in one change set: quick enough here.
        const Result<qint64> change = attributeToCampaign(m_context.store(), m_campaignId, items,
                                                          tr("Attribute %n record(s) to %1", nullptr, int(items.size())).arg(m_campaignName));
        if (!change)
            QMessageBox::warning(this, tr("Attribute"), tr("Nothing was credited: %1").arg(change.error().message));
        else
            emit statusMessage(tr("%n record(s) credited to %1.", nullptr, int(items.size())).arg(m_campaignName));
    });
    dialog->open();
}

void CampaignAttributionView::removeSelected()
{
    const QList<AttributedItem> items = selectedItems();
    if (items.isEmpty())
        return;
    const Result<qint64> change =
        attributeToCampaign(m_context.store(), QString(), items, tr("Remove the credit of %n record(s) from %1", nullptr, int(items.size())).arg(m_campaignName));
    if (!change)
        QMessageBox::warning(this, tr("Remove credit"), tr("Nothing was changed: %1").arg(change.error().message));
}

} // namespace rapport
