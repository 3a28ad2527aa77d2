#include "PipelineDashboardPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "ResultTable.h"
#include "core/AppContext.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/PipelineAnalytics.h"
#include "store/queries/Directory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QValueAxis>

namespace rapport {

using namespace analytics;

struct PipelineDashboardPage::Figures {
    PipelineResult result;
    std::vector<QString> funnelNames;  // the pipeline of each of result.overall.funnels
    // The forecast looks ahead whatever the period: open deals expected to
    // close from three months ago (overdue ones) to a year ahead.
    PipelineResult forecast;
    int funnel = -1;   // the funnel shown unless the user chose another: the pipeline with the most deals
};

PipelineDashboardPage::PipelineDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent)
    : DashboardPage(context, source, true, parent)
{
    m_funnel = addCard(QStringLiteral("funnel"), tr("Funnel: deals created in the period that reached each stage"), 0, 0);
    m_pipelineChoice = new QComboBox(this);
    m_pipelineChoice->setObjectName(QStringLiteral("funnelPipeline"));
    m_pipelineChoice->setToolTip(tr("The pipeline whose funnel is shown"));
    m_pipelineChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineChoice->hide();
    m_funnel->addHeaderWidget(m_pipelineChoice);
    // A change made by the user (display() fills the box with signals
    // blocked): that pipeline stays chosen across filter changes.
    connect(m_pipelineChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_chosenPipeline = m_pipelineChoice->currentData().toString();
        if (m_figures)
            drawFunnel();
    });
    m_forecast = addCard(QStringLiteral("forecast"), tr("Forecast by month of expected close"), 0, 1);
    m_owners = addCard(QStringLiteral("owners"), tr("Per owner: deals closed in the period"), 1, 0, 1, 2);
    m_ownerTable = new QTableWidget(this);
    m_ownerTable->setObjectName(QStringLiteral("ownerTable"));
    m_ownerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ownerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ownerTable->verticalHeader()->hide();
    m_owners->setContent(m_ownerTable);
    connect(m_ownerTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_figures)
            return;
        const PipelineFigures &o = row == 0 ? m_figures->result.overall : m_figures->result.byOwner[size_t(row - 1)];
        std::vector<int> closed = o.wonDeals;
        closed.insert(closed.end(), o.lostDeals.begin(), o.lostDeals.end());
        std::sort(closed.begin(), closed.end());
        showDeals(tr("Deals closed: %1").arg(m_ownerTable->item(row, 0)->text()), closed);
    });
}

void PipelineDashboardPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            // Owner and segment through the scope (the deal's owner, the
            // account's segment); the period in the pipeline's own filter.
            AnalyticsScope customers = scope;
            customers.ownerId.clear();
            const AnalyticsInput scoped = customers.segment ? ScopedInput::restrict(input, customers) : AnalyticsInput();
            const PipelineRecords &records = customers.segment ? scoped.pipeline : input.pipeline;
            PipelineFilter filter;
            filter.from = scope.from;
            filter.to = scope.to;
            if (!scope.ownerId.isEmpty())
                filter.ownerId = scope.ownerId;
            Figures f;
            f.result = PipelineAnalytics::compute(records, filter);
            const QDate today = QDate::currentDate();
            PipelineFilter ahead = filter;
            ahead.from = QDate(today.year(), today.month(), 1).addMonths(-3);
            ahead.to = QDate(today.year(), today.month(), 1).addMonths(12).addDays(-1);
            f.forecast = PipelineAnalytics::compute(records, ahead);
            size_t most = 0;
            for (size_t i = 0; i < f.result.overall.funnels.size(); ++i) {
                const auto &stages = f.result.overall.funnels[i].stages;
                const size_t n = stages.empty() ? 0 : stages.front().deals.size();
                if (f.funnel < 0 || n > most) {
                    f.funnel = int(i);
                    most = n;
                }
            }
            for (const PipelineFunnel &fu : f.result.overall.funnels)
                f.funnelNames.push_back(records.pipelineNames.value(fu.pipelineId));
            // Deal indices refer to `records`; the drill-down reads the page's
            // input, so a segment-filtered run maps them back by id.
            if (customers.segment) {
                QHash<QString, int> index;
                for (size_t i = 0; i < input.pipeline.deals.size(); ++i)
                    index.insert(input.pipeline.deals[i].id, int(i));
                auto remap = [&](std::vector<int> &deals) {
                    for (int &d : deals)
                        d = index.value(records.deals[size_t(d)].id, d);
                    std::sort(deals.begin(), deals.end());
                };
                auto remapFigures = [&](PipelineFigures &p) {
                    for (PipelineFunnel &fu : p.funnels) {
                        for (FunnelStage &s : fu.stages)
                            remap(s.deals);
                        remap(fu.won);
                        remap(fu.lost);
                    }
                    for (ForecastMonth &m : p.forecast)
                        remap(m.deals);
                    remap(p.undated.deals);
                    remap(p.wonDeals);
                    remap(p.lostDeals);
                };
                for (PipelineResult *r : {&f.result, &f.forecast}) {
                    remapFigures(r->overall);
                    for (PipelineFigures &p : r->byOwner)
                        remapFigures(p);
                }
            }
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void PipelineDashboardPage::drawFunnel()
{
    const Figures &f = *m_figures;
    const PipelineFigures &all = f.result.overall;
    const int choice = m_pipelineChoice->currentIndex();
    const int shown = choice >= 0 && size_t(choice) < all.funnels.size() ? choice : f.funnel;
    QChart *funnel = ChartStyle::newChart(QString(), this);
    auto *reached = new QBarSet(tr("Deals that reached the stage"));
    QStringList stageNames;
    DataTable fdata;
    fdata.headers = {tr("Stage"), tr("Deals reached"), tr("Conversion to next stage"), tr("Conversion to won")};
    std::vector<const FunnelStage *> stages;
    if (shown >= 0)
        for (const FunnelStage &s : all.funnels[size_t(shown)].stages)
            stages.push_back(&s);
    for (auto it = stages.rbegin(); it != stages.rend(); ++it) {
        *reached << double((*it)->deals.size());
        stageNames << (*it)->name;
    }
    for (const FunnelStage *s : stages)
        fdata.rows << QVariantList{s->name, qlonglong(s->deals.size()), s->toNextRate ? QVariant(*s->toNextRate) : QVariant(),
                                   s->toWonRate ? QVariant(*s->toWonRate) : QVariant()};
    if (shown >= 0)
        fdata.rows << QVariantList{tr("Won"), qlonglong(all.funnels[size_t(shown)].won.size()), QVariant(), QVariant()};
    auto *fseries = new QHorizontalBarSeries;
    fseries->append(reached);
    funnel->addSeries(fseries);
    auto *fy = new QBarCategoryAxis;
    fy->append(stageNames);
    ChartStyle::titleAxis(fy, tr("Stage"));
    auto *fx = new QValueAxis;
    fx->setLabelFormat(QStringLiteral("%d"));
    ChartStyle::titleAxis(fx, tr("Deals"));
    funnel->addAxis(fy, Qt::AlignLeft);
    funnel->addAxis(fx, Qt::AlignBottom);
    fseries->attachAxis(fy);
    fseries->attachAxis(fx);
    ChartStyle::nice(fx);
    const int n = int(stages.size());
    ChartStyle::barTooltips(fseries, [stages, n](QBarSet *, int i) {
        const FunnelStage &s = *stages[size_t(n - 1 - i)];
        QString text = tr("%1: %Ln deal(s) reached it", nullptr, qlonglong(s.deals.size())).arg(s.name);
        if (s.toNextRate)
            text += QLatin1Char('\n') + tr("to the next stage: %1").arg(ChartStyle::percent(*s.toNextRate));
        if (s.toWonRate)
            text += QLatin1Char('\n') + tr("won: %1").arg(ChartStyle::percent(*s.toWonRate));
        return text;
    });
    connect(fseries, &QHorizontalBarSeries::clicked, this, [this, stages, n](int i, QBarSet *) {
        const FunnelStage &s = *stages[size_t(n - 1 - i)];
        showDeals(tr("Deals that reached %1").arg(s.name), s.deals);
    });
    m_funnel->setChart(funnel);
    m_funnel->setData(fdata);
    const QString pipelineName = shown >= 0 ? f.funnelNames[size_t(shown)] : QString();
    m_funnel->setTitle(pipelineName.isEmpty() ? tr("Funnel: deals created in the period that reached each stage")
                                              : tr("Funnel of %1: deals created in the period that reached each stage").arg(pipelineName));
    if (shown >= 0) {
        const auto &fu = all.funnels[size_t(shown)];
        const QString note = tr("%Ln won and %1 lost of these deals.", nullptr, qlonglong(fu.won.size())).arg(fu.lost.size());
        const bool none = fu.stages.empty() || fu.stages.front().deals.empty();
        m_funnel->setNote(none ? tr("No deal was created in this period.") : note);
    } else {
        m_funnel->setNote(tr("No deal was created in this period."));
    }
}

void PipelineDashboardPage::display(const Figures &figures)
{
    m_figures = std::make_shared<const Figures>(figures);
    const Figures &f = *m_figures;
    const PipelineFigures &all = f.result.overall;
    const QString cur = currency();
    QLocale locale;

    // Funnel: the pipeline the user chose if it still has a funnel, else the
    // one with the most deals (which may change with the filter).
    const QString chosen = m_chosenPipeline;
    {
        const QSignalBlocker block(m_pipelineChoice);
        m_pipelineChoice->clear();
        for (size_t i = 0; i < all.funnels.size(); ++i) {
            const auto &stagesOf = all.funnels[i].stages;
            const qlonglong deals = stagesOf.empty() ? 0 : qlonglong(stagesOf.front().deals.size());
            const QString name = f.funnelNames[i].isEmpty() ? tr("Pipeline %1").arg(i + 1) : f.funnelNames[i];
            m_pipelineChoice->addItem(tr("%1 (%Ln deal(s))", nullptr, deals).arg(name), all.funnels[i].pipelineId);
        }
        const int again = chosen.isEmpty() ? -1 : m_pipelineChoice->findData(chosen);
        m_pipelineChoice->setCurrentIndex(again >= 0 ? again : f.funnel);
        m_pipelineChoice->setVisible(all.funnels.size() > 1);
    }
    drawFunnel();

    // Forecast.
    QChart *forecast = ChartStyle::newChart(QString(), this);
    auto *weighted = new QBarSet(tr("Weighted by probability"));
    auto *amount = new QBarSet(tr("Amount"));
    QStringList months;
    DataTable data;
    data.headers = {tr("Month"), tr("Deals"), tr("Amount"), tr("Weighted")};
    const PipelineFigures &ahead = f.forecast.overall;
    for (const ForecastMonth &m : ahead.forecast) {
        *weighted << m.weighted;
        *amount << m.amount;
        months << locale.toString(m.month, QStringLiteral("yy-MM"));
        data.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), qlonglong(m.deals.size()), m.amount, m.weighted};
    }
    data.rows << QVariantList{tr("No expected close"), qlonglong(ahead.undated.deals.size()), ahead.undated.amount, ahead.undated.weighted};
    auto *series = new QBarSeries;
    series->append(amount);
    series->append(weighted);
    forecast->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    ChartStyle::titleAxis(x, tr("Month of expected close"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::titleAxis(y, tr("Amount (%1)").arg(cur));
    forecast->addAxis(x, Qt::AlignBottom);
    forecast->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::nice(y);
    const std::vector<ForecastMonth> forecastMonths = ahead.forecast;
    ChartStyle::barTooltips(series, [forecastMonths, cur](QBarSet *, int i) {
        const ForecastMonth &m = forecastMonths[size_t(i)];
        return tr("%1: %Ln open deal(s)\nAmount %2, weighted %3", nullptr, qlonglong(m.deals.size()))
            .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), ChartStyle::money(m.amount, cur), ChartStyle::money(m.weighted, cur));
    });
    connect(series, &QBarSeries::clicked, this, [this, forecastMonths](int i, QBarSet *) {
        const ForecastMonth &m = forecastMonths[size_t(i)];
        showDeals(tr("Open deals expected to close in %1").arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy"))), m.deals);
    });
    m_forecast->setChart(forecast);
    m_forecast->setData(data);
    m_forecast->setNote(tr("Open deals expected from three months ago to a year ahead: %1, weighted %2.")
                            .arg(ChartStyle::money(ahead.forecastAmount, cur), ChartStyle::money(ahead.forecastWeighted, cur)));

    // Per owner.
    QHash<QString, QString> names;
    if (const auto users = Directory(context().store()).users(true))
        for (const User &u : *users)
            names.insert(u.id, u.displayName.isEmpty() ? u.name : u.displayName);
    const QList<TableColumn> columns{{tr("Owner")},           {tr("Won"), true},        {tr("Lost"), true},
                                     {tr("Win rate"), true},   {tr("Average days to close"), true},
                                     {tr("Average won deal"), true}, {tr("Won amount"), true}, {tr("Weighted forecast"), true}};
    QList<QStringList> cells;
    DataTable odata;
    for (const TableColumn &c : columns)
        odata.headers << c.header;
    QHash<QString, double> aheadByOwner;
    for (const PipelineFigures &p : f.forecast.byOwner)
        aheadByOwner.insert(p.ownerId, p.forecastWeighted);
    auto row = [&](bool total, const QString &owner, const PipelineFigures &p) {
        const double weightedAhead = total ? ahead.forecastWeighted : aheadByOwner.value(p.ownerId);
        cells << QStringList{owner,
                             locale.toString(qlonglong(p.wonDeals.size())),
                             locale.toString(qlonglong(p.lostDeals.size())),
                             p.winRate ? ChartStyle::percent(*p.winRate) : tr("n/a"),
                             p.averageDaysToClose ? ChartStyle::number(*p.averageDaysToClose, 1) : tr("n/a"),
                             p.averageWonAmount ? ChartStyle::number(*p.averageWonAmount, 2) : tr("n/a"),
                             ChartStyle::number(p.wonAmount, 2),
                             ChartStyle::number(weightedAhead, 2)};
        odata.rows << QVariantList{owner,
                                   qlonglong(p.wonDeals.size()),
                                   qlonglong(p.lostDeals.size()),
                                   p.winRate ? QVariant(*p.winRate) : QVariant(),
                                   p.averageDaysToClose ? QVariant(*p.averageDaysToClose) : QVariant(),
                                   p.averageWonAmount ? QVariant(*p.averageWonAmount) : QVariant(),
                                   p.wonAmount,
                                   weightedAhead};
    };
    row(true, tr("Total"), all);
    for (const PipelineFigures &p : f.result.byOwner)
        row(false, names.value(p.ownerId, p.ownerId.isEmpty() ? tr("(nobody)") : p.ownerId), p);
    fillResultTable(m_ownerTable, columns, cells, 0);
    m_owners->setData(odata);
    m_owners->setNote(tr("Win rate = won / (won + lost) among deals closed in the period; days to close from creation. "
                         "Double-click a row for its deals."));
}

} // namespace rapport
