#include "CampaignDetailPanel.h"

#include "CampaignAttributionView.h"
#include "CampaignMembersView.h"
#include "core/AppContext.h"
#include "core/BackgroundReader.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "editors/CampaignEditor.h"
#include "editors/record/FigureTile.h"
#include "store/CampaignRepository.h"
#include "store/UserRepository.h"
#include "store/queries/CampaignAttribution.h"
#include "store/queries/CampaignMembersQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {

QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%') : QString();
}

// What the worker reads for the summary.
struct CampaignSummary {
    QHash<QString, qint64> counts;
    CampaignAttribution attribution;
    QString error;
};

} // namespace

CampaignDetailPanel::CampaignDetailPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_reader(new BackgroundReader(context.store(), this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("campaignDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setEnabled(false);
    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("editCampaign"));
    m_edit->setText(tr("Edit…"));
    connect(m_edit, &QToolButton::clicked, this, &CampaignDetailPanel::editCampaign);

    m_membersTile = new FigureTile(tr("Members"), this);
    m_sentTile = new FigureTile(tr("Sent"), this);
    m_respondedTile = new FigureTile(tr("Responded"), this);
    m_convertedTile = new FigureTile(tr("Converted"), this);
    m_wonTile = new FigureTile(tr("Brought in"), this);
    for (FigureTile *t : {m_membersTile, m_sentTile, m_respondedTile, m_convertedTile, m_wonTile})
        t->setMinimumWidth(110);

    m_members = new CampaignMembersView(context, this);
    m_attribution = new CampaignAttributionView(context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_attribution, tr("Opportunities and orders"));
    connect(m_members, &CampaignMembersView::openRecordRequested, this, &CampaignDetailPanel::openRecordRequested);
    connect(m_members, &CampaignMembersView::statusMessage, this, &CampaignDetailPanel::statusMessage);
    connect(m_attribution, &CampaignAttributionView::openRecordRequested, this, &CampaignDetailPanel::openRecordRequested);
    connect(m_attribution, &CampaignAttributionView::statusMessage, this, &CampaignDetailPanel::statusMessage);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    titles->addWidget(m_notes);
    head->addLayout(titles, 1);
    head->addWidget(m_edit, 0, Qt::AlignTop);
    auto *tiles = new QHBoxLayout;
    for (FigureTile *t : {m_membersTile, m_sentTile, m_respondedTile, m_convertedTile, m_wonTile})
        tiles->addWidget(t, 1);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(head);
    body->addLayout(tiles);
    body->addWidget(m_tabs, 1);
    m_empty = new QLabel(tr("Choose a campaign in the list, or make a new one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);
    showCampaign({});
}

FigureTile *CampaignDetailPanel::tile(const QString &status) const
{
    if (status == QLatin1String("sent"))
        return m_sentTile;
    if (status == QLatin1String("responded"))
        return m_respondedTile;
    if (status == QLatin1String("converted"))
        return m_convertedTile;
    if (status == QLatin1String("won"))
        return m_wonTile;
    return m_membersTile;
}

void CampaignDetailPanel::showCampaign(const QString &id)
{
    const std::optional<Campaign> campaign = id.isEmpty() ? std::nullopt : CampaignRepository(m_context.store()).get(id);
    m_campaign = campaign.value_or(Campaign{});
    m_body->setVisible(campaign.has_value());
    m_empty->setVisible(!campaign.has_value());
    showFields();
    m_members->setCampaign(m_campaign.id, m_campaign.name, m_campaign.channel);
    m_attribution->setCampaign(m_campaign.id, m_campaign.name);
    loadSummary();
}

void CampaignDetailPanel::reload()
{
    const QString id = m_campaign.id;
    if (const std::optional<Campaign> fresh = id.isEmpty() ? std::nullopt : CampaignRepository(m_context.store()).get(id)) {
        m_campaign = *fresh;
        showFields();
        m_members->setCampaign(id, m_campaign.name, m_campaign.channel);
        m_members->reload();
        m_attribution->setCampaign(id, m_campaign.name);
        loadSummary();
    } else {
        showCampaign({}); // deleted meanwhile
    }
}

void CampaignDetailPanel::showFields()
{
    const Campaign &c = m_campaign;
    m_title->setText(c.name);
    const QLocale locale;
    QStringList parts;
    if (!c.channel.isEmpty())
        parts << vocabularyLabel(c.channel);
    if (!c.status.isEmpty())
        parts << vocabularyLabel(c.status);
    if (c.startDate.isValid() || c.endDate.isValid())
        parts << tr("%1 – %2").arg(c.startDate.isValid() ? locale.toString(c.startDate, QLocale::ShortFormat) : QStringLiteral("…"),
                                   c.endDate.isValid() ? locale.toString(c.endDate, QLocale::ShortFormat) : QStringLiteral("…"));
    if (c.budget)
        parts << tr("budget %1").arg(formatMoney(*c.budget, c.currency));
    if (c.actualCost)
        parts << tr("spent %1").arg(formatMoney(*c.actualCost, c.currency));
    if (!c.ownerId.isEmpty())
        if (const auto owner = UserRepository(m_context.store()).get(c.ownerId))
            parts << (owner->displayName.isEmpty() ? owner->name : owner->displayName);
    m_details->setText(parts.join(QStringLiteral(" · ")));
    m_notes->setText(c.notes);
    m_notes->setVisible(!c.notes.isEmpty());
}

void CampaignDetailPanel::loadSummary()
{
    const int generation = ++m_generation;
    const QString id = m_campaign.id;
    if (id.isEmpty())
        return;
    for (FigureTile *t : {m_membersTile, m_sentTile, m_respondedTile, m_convertedTile, m_wonTile})
        if (t->figure().isEmpty())
            t->setFigure(QStringLiteral("…"));
    m_reader->submit([this, generation, id](Store &store) -> BackgroundReader::Done {
        CampaignSummary s;
        if (auto counts = CampaignMembersQuery(store).statusCounts(id))
            s.counts = *counts;
        else
            s.error = counts.error().message;
        if (auto a = CampaignAttributionQuery(store).read(id, CampaignAttributionView::ListLimit))
            s.attribution = *a;
        else
            s.error = a.error().message;
        return [this, generation, s] {
            if (generation != m_generation)
                return; // another campaign, or a newer read, is under way
            m_summaryGeneration = generation;
            if (!s.error.isEmpty())
                emit statusMessage(tr("Cannot read the campaign's figures: %1").arg(s.error));
            // Each status counts the members who got at least that far.
            const qint64 converted = s.counts.value(QStringLiteral("converted"));
            const qint64 responded = s.counts.value(QStringLiteral("responded")) + converted;
            const qint64 sent = s.counts.value(QStringLiteral("sent")) + responded;
            const qint64 all = s.counts.value(QStringLiteral("targeted")) + sent;
            const QLocale locale;
            m_membersTile->setFigure(locale.toString(all), tr("%L1 not sent yet").arg(all - sent));
            m_sentTile->setFigure(locale.toString(sent), percentOf(sent, all).isEmpty() ? QString() : tr("%1 of members").arg(percentOf(sent, all)));
            m_respondedTile->setFigure(locale.toString(responded),
                                       percentOf(responded, sent).isEmpty() ? QString() : tr("%1 response rate").arg(percentOf(responded, sent)));
            m_convertedTile->setFigure(locale.toString(converted),
                                       percentOf(converted, responded).isEmpty() ? QString()
                                                                                 : tr("%1 of responses").arg(percentOf(converted, responded)));
            const QString won = formatCurrencySums(s.attribution.opportunityTotals, true);
            const QString ordered = formatCurrencySums(s.attribution.orderTotals);
            m_wonTile->setFigure(ordered.isEmpty() ? (won.isEmpty() ? QStringLiteral("–") : won) : ordered,
                                 ordered.isEmpty() ? (won.isEmpty() ? QString() : tr("won opportunities"))
                                                   : tr("%Ln order(s)", nullptr, int(s.attribution.orderCount))
                                                         + (won.isEmpty() ? QString() : QStringLiteral(" · ") + tr("won %1").arg(won)));
            m_attribution->setAttribution(s.attribution);
            emit summaryLoaded();
        };
    });
}

void CampaignDetailPanel::editCampaign()
{
    if (m_campaign.id.isEmpty())
        return;
    auto *editor = new CampaignEditor(m_context, m_campaign.id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

} // namespace rapport
