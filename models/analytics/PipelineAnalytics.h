#pragma once

#include "analytics/SalesRecords.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

// Which deals a pipeline report looks at. Dates are local calendar days of the
// instants (the records carry no time zone); an invalid bound is open.
struct PipelineFilter
{
    QDate from;                         // first day, inclusive
    QDate to;                           // last day, inclusive
    std::optional<QString> ownerId;     // only this owner's deals
    std::optional<QString> pipelineId;  // only this pipeline's deals and funnel
};

// One open stage of a funnel.
struct FunnelStage
{
    QString stageId;
    QString name;
    int position = 0;
    std::vector<int> deals;   // deals that reached the stage (ascending index into PipelineRecords::deals)
    // reached(next open stage) / reached(this stage); for the last open stage
    // the next step is winning: won / reached. Absent when nobody reached it.
    std::optional<double> toNextRate;
    // won / reached(this stage): how many of those who got this far were won.
    std::optional<double> toWonRate;
};

// The funnel of one pipeline over the deals created in the period.
//
// A deal has reached an open stage when its stage history (or its current
// stage) shows it in that stage or in any later one: a deal moved from
// "Qualify" straight to "Negotiate" has passed "Propose" too. Skipping is
// mostly bookkeeping (the move was not recorded when it happened), and only
// this rule keeps the funnel monotone, so every conversion rate is <= 1.
// - Every deal of the pipeline has reached its first open stage: being
//   created puts it in the funnel, whatever stage it was created in.
// - A won deal has reached every open stage; a lost deal the furthest open
//   stage it was in before it was lost (the first one if it has no history).
// - A deal without any recorded moves is judged by its current stage alone.
// - Moves into stages of other pipelines (a deal moved between pipelines)
//   are ignored.
struct PipelineFunnel
{
    QString pipelineId;
    std::vector<FunnelStage> stages;   // the open stages in position order
    std::vector<int> won;              // of the funnel's deals, those now in a won stage
    std::vector<int> lost;             // ... in a lost stage
};

// Open deals whose expected close falls in one calendar month.
struct ForecastMonth
{
    QDate month;                  // first day; invalid for the undated bucket
    std::vector<int> deals;       // ascending deal index
    double amount = 0;            // sum of amounts (unweighted)
    double weighted = 0;          // sum of amount x probability / 100
};

// The figures of one group of deals (all deals of the filter, or one owner's).
struct PipelineFigures
{
    QString ownerId;                          // per-owner rows; empty in the overall row
    std::vector<PipelineFunnel> funnels;      // one per pipeline (sorted by id), funnel cohort below

    // Forecast: deals whose current stage is open, by the month of their
    // expected close within the period (every month of the period is a row,
    // empty ones too; with an open bound the rows stop at the deals' months).
    // Weighted with the deal's own probability (clamped to 0..100), which
    // the editor starts from the stage default and the owner may change.
    // Open deals without an expected close go to `undated`, not to a month.
    std::vector<ForecastMonth> forecast;
    ForecastMonth undated;
    double forecastAmount = 0;                // months + undated
    double forecastWeighted = 0;

    // Deals closed in the period (closedAt's day within it), by the kind of
    // their current stage.
    std::vector<int> wonDeals;
    std::vector<int> lostDeals;
    double wonAmount = 0;
    // won / (won + lost) of the deals closed in the period; absent if none closed.
    std::optional<double> winRate;
    // Mean of (closing day - creation day) in whole calendar days over the
    // won deals closed in the period: a deal created and won the same day
    // takes 0 days. Absent without won deals.
    std::optional<double> averageDaysToClose;
    // wonAmount / number of won deals closed in the period; absent without any.
    std::optional<double> averageWonAmount;
};

struct PipelineResult
{
    PipelineFilter filter;
    PipelineFigures overall;
    std::vector<PipelineFigures> byOwner;     // every owner with a deal in the filter, sorted by id
};

// Pipeline figures on plain records. Three cohorts, each the natural one for
// its question (a deal counts in each it belongs to):
// - funnel: deals CREATED in the period (where did this period's deals get to?);
// - forecast: OPEN deals EXPECTED TO CLOSE in the period;
// - win rate, days to close, deal size: deals CLOSED in the period.
// The owner and pipeline filters apply to all three. Deals whose current
// stage is unknown are left out (they belong to no funnel and have no kind).
class PipelineAnalytics
{
public:
    static PipelineResult compute(const PipelineRecords &records, const PipelineFilter &filter);

    // The local calendar day of an instant (UTC milliseconds): the day the
    // user saw it happen, as orders' days are (AnalyticsInputLoader).
    static QDate localDay(qint64 instant);
};

} // namespace rapport::analytics
