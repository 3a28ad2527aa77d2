#include "analytics/PipelineAnalytics.h"

#include "analytics/LocalDays.h"

#include "analytics/CalendarMonth.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <climits>
#include <map>

namespace rapport::analytics {

namespace {

// What the groups share: stage lookups, each pipeline's open stages in
// order, and per deal its kind and how far it got in its funnel (computed
// once, whatever the number of owners).
struct Context
{
    const PipelineRecords &records;
    const PipelineFilter &filter;
    QHash<QString, int> stageOf;                         // stage id -> index into records.stages
    std::map<QString, std::vector<int>> openStages;      // pipeline id -> open stage indexes in order
    QHash<int, int> rankOf;                              // open stage index -> its rank in its pipeline
    std::vector<int> furthestRank;                       // per deal; -1 outside every funnel
    std::vector<StageKind> kind;                         // per deal, of its current stage

    bool inPeriod(QDate day) const
    {
        return day.isValid() && (!filter.from.isValid() || day >= filter.from) && (!filter.to.isValid() || day <= filter.to);
    }
};

// The rank of an open stage of `pipelineId`, or -1 for any other stage.
int openRank(const Context &c, const QString &stageId, const QString &pipelineId)
{
    const auto it = c.stageOf.constFind(stageId);
    if (it == c.stageOf.cend())
        return -1;
    const PipelineStageInfo &stage = c.records.stages[size_t(*it)];
    if (stage.kind != StageKind::Open || stage.pipelineId != pipelineId)
        return -1;
    return c.rankOf.value(*it, -1);
}

void furthestStages(Context &c)
{
    const auto &deals = c.records.deals;
    c.furthestRank.assign(deals.size(), -1);
    c.kind.assign(deals.size(), StageKind::Open);
    for (size_t d = 0; d < deals.size(); ++d) {
        const auto stage = c.stageOf.constFind(deals[d].stageId);
        if (stage == c.stageOf.cend())
            continue;
        c.kind[d] = c.records.stages[size_t(*stage)].kind;
        const auto open = c.openStages.find(deals[d].pipelineId);
        if (open == c.openStages.end() || open->second.empty())
            continue;
        // Created = in the funnel's first stage at least; won = through all.
        int rank = c.kind[d] == StageKind::Won ? int(open->second.size()) - 1 : 0;
        rank = std::max(rank, openRank(c, deals[d].stageId, deals[d].pipelineId));
        c.furthestRank[d] = rank;
    }
    for (const DealStageMove &move : c.records.moves) {
        if (move.deal < 0 || size_t(move.deal) >= deals.size() || c.furthestRank[size_t(move.deal)] < 0)
            continue;
        const QString &pipeline = deals[size_t(move.deal)].pipelineId;
        int &rank = c.furthestRank[size_t(move.deal)];
        // A move out of a stage shows the deal was in it as much as a move in.
        rank = std::max({rank, openRank(c, move.fromStageId, pipeline), openRank(c, move.toStageId, pipeline)});
    }
}

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

PipelineFunnel funnelOf(const Context &c, const QString &pipelineId, const std::vector<int> &openStages,
                        const std::vector<int> &deals)
{
    PipelineFunnel funnel;
    funnel.pipelineId = pipelineId;
    for (int s : openStages) {
        const PipelineStageInfo &info = c.records.stages[size_t(s)];
        funnel.stages.push_back({info.id, info.name, info.position, {}, std::nullopt, std::nullopt});
    }
    for (int d : deals) {
        const Deal &deal = c.records.deals[size_t(d)];
        if (deal.pipelineId != pipelineId || c.furthestRank[size_t(d)] < 0 || !c.inPeriod(PipelineAnalytics::localDay(deal.createdAt)))
            continue;
        for (int r = 0; r <= c.furthestRank[size_t(d)]; ++r)
            funnel.stages[size_t(r)].deals.push_back(d);
        if (c.kind[size_t(d)] == StageKind::Won)
            funnel.won.push_back(d);
        else if (c.kind[size_t(d)] == StageKind::Lost)
            funnel.lost.push_back(d);
    }
    for (size_t r = 0; r < funnel.stages.size(); ++r) {
        FunnelStage &stage = funnel.stages[r];
        const double reached = double(stage.deals.size());
        const double next = r + 1 < funnel.stages.size() ? double(funnel.stages[r + 1].deals.size()) : double(funnel.won.size());
        stage.toNextRate = ratio(next, reached);
        stage.toWonRate = ratio(double(funnel.won.size()), reached);
    }
    return funnel;
}

void addToForecast(ForecastMonth &month, const Deal &deal, int index)
{
    month.deals.push_back(index);
    month.amount += deal.amount;
    month.weighted += deal.amount * std::clamp(deal.probability, 0, 100) / 100.0;
}

void forecastOf(const Context &c, const std::vector<int> &deals, PipelineFigures &out)
{
    std::vector<int> dated;
    int lo = c.filter.from.isValid() ? CalendarMonth::index(c.filter.from) : INT_MAX;
    int hi = c.filter.to.isValid() ? CalendarMonth::index(c.filter.to) : INT_MIN;
    for (int d : deals) {
        const Deal &deal = c.records.deals[size_t(d)];
        if (c.kind[size_t(d)] != StageKind::Open)
            continue;
        if (!deal.expectedClose.isValid()) {
            addToForecast(out.undated, deal, d);
        } else if (c.inPeriod(deal.expectedClose)) {
            dated.push_back(d);
            const int m = CalendarMonth::index(deal.expectedClose);
            if (!c.filter.from.isValid())
                lo = std::min(lo, m);
            if (!c.filter.to.isValid())
                hi = std::max(hi, m);
        }
    }
    for (int m = lo; m <= hi && lo != INT_MAX; ++m)
        out.forecast.push_back({CalendarMonth::firstDay(m), {}, 0, 0});
    for (int d : dated) {
        const Deal &deal = c.records.deals[size_t(d)];
        addToForecast(out.forecast[size_t(CalendarMonth::index(deal.expectedClose) - lo)], deal, d);
    }
    out.forecastAmount = out.undated.amount;
    out.forecastWeighted = out.undated.weighted;
    for (const ForecastMonth &month : out.forecast) {
        out.forecastAmount += month.amount;
        out.forecastWeighted += month.weighted;
    }
}

void closedOf(const Context &c, const std::vector<int> &deals, PipelineFigures &out)
{
    double days = 0;
    for (int d : deals) {
        const Deal &deal = c.records.deals[size_t(d)];
        if (deal.closedAt == 0 || c.kind[size_t(d)] == StageKind::Open || !c.inPeriod(PipelineAnalytics::localDay(deal.closedAt)))
            continue;
        if (c.kind[size_t(d)] == StageKind::Lost) {
            out.lostDeals.push_back(d);
            continue;
        }
        out.wonDeals.push_back(d);
        out.wonAmount += deal.amount;
        days += double(PipelineAnalytics::localDay(deal.createdAt).daysTo(PipelineAnalytics::localDay(deal.closedAt)));
    }
    const double won = double(out.wonDeals.size());
    out.winRate = ratio(won, won + double(out.lostDeals.size()));
    out.averageDaysToClose = ratio(days, won);
    out.averageWonAmount = ratio(out.wonAmount, won);
}

PipelineFigures figuresOf(const Context &c, const QString &ownerId, const std::vector<int> &deals)
{
    PipelineFigures out;
    out.ownerId = ownerId;
    for (const auto &[pipelineId, openStages] : c.openStages)
        out.funnels.push_back(funnelOf(c, pipelineId, openStages, deals));
    forecastOf(c, deals, out);
    closedOf(c, deals, out);
    return out;
}

} // namespace

QDate PipelineAnalytics::localDay(qint64 instant)
{
    return analytics::localDay(instant);  // cached per quarter hour: 50k deals are read several times
}

PipelineResult PipelineAnalytics::compute(const PipelineRecords &records, const PipelineFilter &filter)
{
    PipelineResult result;
    result.filter = filter;
    Context c{records, filter, {}, {}, {}, {}, {}};
    for (size_t s = 0; s < records.stages.size(); ++s) {
        const PipelineStageInfo &stage = records.stages[s];
        c.stageOf.insert(stage.id, int(s));
        if (filter.pipelineId && stage.pipelineId != *filter.pipelineId)
            continue;
        std::vector<int> &open = c.openStages[stage.pipelineId];  // a pipeline without open stages still has a funnel
        if (stage.kind == StageKind::Open)
            open.push_back(int(s));
    }
    for (auto &[pipelineId, open] : c.openStages) {
        std::stable_sort(open.begin(), open.end(),
                         [&](int a, int b) { return records.stages[size_t(a)].position < records.stages[size_t(b)].position; });
        for (size_t r = 0; r < open.size(); ++r)
            c.rankOf.insert(open[r], int(r));
    }
    furthestStages(c);

    std::vector<int> deals;
    std::map<QString, std::vector<int>> byOwner;
    for (size_t d = 0; d < records.deals.size(); ++d) {
        const Deal &deal = records.deals[d];
        if (!c.stageOf.contains(deal.stageId) || (filter.pipelineId && deal.pipelineId != *filter.pipelineId)
            || (filter.ownerId && deal.ownerId != *filter.ownerId))
            continue;
        deals.push_back(int(d));
        byOwner[deal.ownerId].push_back(int(d));
    }
    result.overall = figuresOf(c, QString(), deals);
    for (const auto &[owner, ownDeals] : byOwner)
        result.byOwner.push_back(figuresOf(c, owner, ownDeals));
    return result;
}

} // namespace rapport::analytics
