#include "CampaignDashboardPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "ResultTable.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/CampaignAnalytics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace rapport {

using namespace analytics;

struct CampaignDashboardPage::Figures {
    CampaignResult result;
    std::vector<CampaignInfo> campaigns;
    // The campaigns in the charts: the most revenue first, at most 12.
    std::vector<int> charted;   // indices into result.campaigns
};

namespace {
constexpr int Charted = 12;
}

CampaignDashboardPage::CampaignDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent)
    : DashboardPage(context, source, true, parent)
{
    m_roi = addCard(QStringLiteral("campaignRoi"), tr("Return on investment by campaign"), 0, 0);
    m_response = addCard(QStringLiteral("campaignResponse"), tr("Response and conversion rate by campaign"), 0, 1);
    m_campaigns = addCard(QStringLiteral("campaignTable"), tr("Campaigns started in the period"), 1, 0, 1, 2);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a campaign to open it"));
    m_campaigns->setContent(m_table);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_figures || row < 0 || row >= int(m_figures->result.campaigns.size()))
            return;
        const int c = m_figures->result.campaigns[size_t(row)].campaign;
        emit openRecordRequested({QStringLiteral("campaign"), m_figures->campaigns[size_t(c)].id});
    });
}

void CampaignDashboardPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            Figures f;
            const bool all = scope.coversAllCustomers();
            const AnalyticsInput scoped = all ? AnalyticsInput() : ScopedInput::restrict(input, scope);
            const AnalyticsInput &in = all ? input : scoped;
            CampaignFilter filter;
            filter.from = scope.from;
            filter.to = scope.to;
            f.result = CampaignAnalytics::compute(in.campaigns, in.pipeline, in.purchases, filter);
            f.campaigns = input.campaigns.campaigns;
            for (size_t i = 0; i < f.result.campaigns.size(); ++i)
                f.charted.push_back(int(i));
            std::stable_sort(f.charted.begin(), f.charted.end(), [&f](int a, int b) {
                return f.result.campaigns[size_t(a)].revenue > f.result.campaigns[size_t(b)].revenue;
            });
            if (f.charted.size() > size_t(Charted))
                f.charted.resize(size_t(Charted));
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void CampaignDashboardPage::display(const Figures &figures)
{
    m_figures = std::make_shared<const Figures>(figures);
    const auto shared = m_figures;
    const Figures &f = *m_figures;
    const QString cur = currency();
    auto nameOf = [&f](const CampaignFigures &c) { return f.campaigns[size_t(c.campaign)].name; };

    // ROI: horizontal bars, best revenue on top. A campaign without a known
    // cost has no ROI, and is left out rather than drawn as a 0 % bar.
    QChart *roi = ChartStyle::newChart(QString(), this);
    auto *roiSet = new QBarSet(tr("ROI"));
    QStringList roiNames;
    std::vector<int> withRoi;
    for (int i : f.charted)
        if (f.result.campaigns[size_t(i)].roi)
            withRoi.push_back(i);
    DataTable rdata;
    rdata.headers = {tr("Campaign"), tr("Revenue"), tr("Cost"), tr("ROI")};
    for (auto it = withRoi.rbegin(); it != withRoi.rend(); ++it) {
        const CampaignFigures &c = f.result.campaigns[size_t(*it)];
        *roiSet << 100.0 * *c.roi;
        roiNames << nameOf(c);
    }
    QStringList names;
    for (auto it = f.charted.rbegin(); it != f.charted.rend(); ++it)
        names << nameOf(f.result.campaigns[size_t(*it)]);
    for (int i : withRoi) {
        const CampaignFigures &c = f.result.campaigns[size_t(i)];
        rdata.rows << QVariantList{nameOf(c), c.revenue, c.cost, *c.roi};
    }
    auto *roiSeries = new QHorizontalBarSeries;
    roiSeries->append(roiSet);
    roi->addSeries(roiSeries);
    auto *ry = new QBarCategoryAxis;
    ry->append(roiNames);
    ChartStyle::titleAxis(ry, tr("Campaign"));
    auto *rx = new QValueAxis;
    rx->setLabelFormat(QStringLiteral("%.0f%%"));
    ChartStyle::titleAxis(rx, tr("(Revenue − cost) / cost"));
    roi->addAxis(ry, Qt::AlignLeft);
    roi->addAxis(rx, Qt::AlignBottom);
    roiSeries->attachAxis(ry);
    roiSeries->attachAxis(rx);
    ChartStyle::nice(rx);
    const int n = int(f.charted.size());
    const int nRoi = int(withRoi.size());
    ChartStyle::barTooltips(roiSeries, [shared, withRoi, nRoi, cur](QBarSet *, int i) {
        const CampaignFigures &c = shared->result.campaigns[size_t(withRoi[size_t(nRoi - 1 - i)])];
        return tr("%1\nRevenue %2, cost %3\nROI %4; %Ln new customer(s)", nullptr, qlonglong(c.newCustomers.size()))
            .arg(shared->campaigns[size_t(c.campaign)].name, ChartStyle::money(c.revenue, cur), ChartStyle::money(c.cost, cur),
                 ChartStyle::percent(c.roi.value_or(0)));
    });
    connect(roiSeries, &QHorizontalBarSeries::clicked, this, [this, shared, withRoi, nRoi](int i, QBarSet *) {
        const CampaignFigures &c = shared->result.campaigns[size_t(withRoi[size_t(nRoi - 1 - i)])];
        showCustomers(tr("New customers from %1").arg(shared->campaigns[size_t(c.campaign)].name), c.newCustomers);
    });
    m_roi->setChart(roi);
    m_roi->setData(rdata);
    QString roiNote = n == 0 ? tr("No campaign started in this period.")
                             : tr("The %n campaign(s) with the most revenue; click a bar for the customers it acquired.", nullptr, n);
    if (nRoi < n)
        roiNote += QLatin1Char(' ') + tr("%n without a known cost (no ROI) not shown.", nullptr, n - nRoi);
    m_roi->setNote(roiNote);

    // Response and conversion.
    QChart *response = ChartStyle::newChart(QString(), this);
    auto *responded = new QBarSet(tr("Response rate"));
    auto *converted = new QBarSet(tr("Conversion rate"));
    DataTable sdata;
    sdata.headers = {tr("Campaign"), tr("Sent"), tr("Responded"), tr("Converted"), tr("Response rate"), tr("Conversion rate")};
    for (auto it = f.charted.rbegin(); it != f.charted.rend(); ++it) {
        const CampaignFigures &c = f.result.campaigns[size_t(*it)];
        *responded << 100.0 * c.responseRate.value_or(0);
        *converted << 100.0 * c.conversionRate.value_or(0);
    }
    for (int i : f.charted) {
        const CampaignFigures &c = f.result.campaigns[size_t(i)];
        sdata.rows << QVariantList{nameOf(c), c.sent, c.responded, c.converted, c.responseRate ? QVariant(*c.responseRate) : QVariant(),
                                   c.conversionRate ? QVariant(*c.conversionRate) : QVariant()};
    }
    auto *rseries = new QHorizontalBarSeries;
    rseries->append(converted);
    rseries->append(responded);
    response->addSeries(rseries);
    auto *sy = new QBarCategoryAxis;
    sy->append(names);
    ChartStyle::titleAxis(sy, tr("Campaign"));
    auto *sx = new QValueAxis;
    sx->setLabelFormat(QStringLiteral("%.0f%%"));
    ChartStyle::titleAxis(sx, tr("Share of members sent to"));
    response->addAxis(sy, Qt::AlignLeft);
    response->addAxis(sx, Qt::AlignBottom);
    rseries->attachAxis(sy);
    rseries->attachAxis(sx);
    ChartStyle::nice(sx);
    ChartStyle::barTooltips(rseries, [shared, n](QBarSet *, int i) {
        const CampaignFigures &c = shared->result.campaigns[size_t(shared->charted[size_t(n - 1 - i)])];
        return tr("%1\n%2 sent, %3 responded (%4), %5 converted (%6)")
            .arg(shared->campaigns[size_t(c.campaign)].name)
            .arg(c.sent)
            .arg(c.responded)
            .arg(c.responseRate ? ChartStyle::percent(*c.responseRate) : tr("n/a"))
            .arg(c.converted)
            .arg(c.conversionRate ? ChartStyle::percent(*c.conversionRate) : tr("n/a"));
    });
    connect(rseries, &QHorizontalBarSeries::clicked, this, [this, shared, n, responded](int i, QBarSet *set) {
        const CampaignFigures &c = shared->result.campaigns[size_t(shared->charted[size_t(n - 1 - i)])];
        const QString name = shared->campaigns[size_t(c.campaign)].name;
        if (set == responded)
            showCustomers(tr("Responded to %1").arg(name), c.responders);
        else
            showCustomers(tr("Converted by %1").arg(name), c.converters);
    });
    m_response->setChart(response);
    m_response->setData(sdata);

    // Every campaign of the period, the totals last.
    const QList<TableColumn> columns{{tr("Campaign")},           {tr("Members"), true},  {tr("Sent"), true},
                                     {tr("Responded"), true},    {tr("Converted"), true}, {tr("Response rate"), true},
                                     {tr("Revenue"), true},      {tr("Cost"), true},      {tr("ROI"), true},
                                     {tr("New customers"), true}, {tr("Cost per new customer"), true}};
    QList<QStringList> cells;
    DataTable tdata;
    for (const TableColumn &c : columns)
        tdata.headers << c.header;
    QLocale locale;
    auto row = [&](const QString &name, const CampaignFigures &c) {
        cells << QStringList{name,
                             locale.toString(c.members),
                             locale.toString(c.sent),
                             locale.toString(c.responded),
                             locale.toString(c.converted),
                             c.responseRate ? ChartStyle::percent(*c.responseRate) : tr("n/a"),
                             ChartStyle::number(c.revenue, 2),
                             ChartStyle::number(c.cost, 2) + (c.costFromBudget ? tr(" (budget)") : QString()),
                             c.roi ? ChartStyle::percent(*c.roi) : tr("n/a"),
                             locale.toString(qlonglong(c.newCustomers.size())),
                             c.costPerNewCustomer ? ChartStyle::number(*c.costPerNewCustomer, 2) : tr("n/a")};
        tdata.rows << QVariantList{name,
                                   c.members,
                                   c.sent,
                                   c.responded,
                                   c.converted,
                                   c.responseRate ? QVariant(*c.responseRate) : QVariant(),
                                   c.revenue,
                                   c.cost,
                                   c.roi ? QVariant(*c.roi) : QVariant(),
                                   qlonglong(c.newCustomers.size()),
                                   c.costPerNewCustomer ? QVariant(*c.costPerNewCustomer) : QVariant()};
    };
    for (const CampaignFigures &c : f.result.campaigns)
        row(nameOf(c), c);
    row(tr("All campaigns"), f.result.totals);
    fillResultTable(m_table, columns, cells, int(f.result.campaigns.size()));
    m_campaigns->setData(tdata);
    m_campaigns->setNote(tr("Revenue: orders attributed to the campaign, or its won deals when larger, per customer. "
                            "Cost: actual cost, else the budget. A new customer's first purchase was attributed to the campaign."));
}

} // namespace rapport
