#pragma once

#include "analytics/CohortTable.h"
#include "analytics/ModelFit.h"
#include "analytics/ShiftedBetaGeometric.h"

#include <vector>

namespace rapport::analytics {

// Retention projected from purchase cohorts with the shifted-beta-geometric
// model. Buyers have no contract to cancel, so "still a customer after k
// months" is read off the history: a cohort member survives month k if they
// bought in month k or later (they were evidently still there). That count can
// only fall with k, which is what sBG needs.
//
// Cohorts with at least `observedMonths` complete months after their first
// (the as-of month is partial and does not count) are pooled, so the survivor
// counts at 0..observedMonths are over the same customers; sBG is fitted on
// them and projected to `horizonMonths`.
struct CohortSurvivalResult
{
    int cohorts = 0;                  // cohorts pooled
    std::vector<double> survivors;    // observed, months 0..observedMonths
    std::vector<double> projected;    // fitted model, months 0..horizonMonths (empty without a fit)
    ModelFit<ShiftedBetaGeometric> fit;
};

class CohortSurvival
{
public:
    static CohortSurvivalResult compute(const CohortTableResult &cohorts, int observedMonths = 12, int horizonMonths = 36);
};

} // namespace rapport::analytics
