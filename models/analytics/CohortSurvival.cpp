#include "analytics/CohortSurvival.h"

#include <QCoreApplication>

namespace rapport::analytics {

CohortSurvivalResult CohortSurvival::compute(const CohortTableResult &table, int observedMonths, int horizonMonths)
{
    CohortSurvivalResult out;
    out.survivors.assign(size_t(observedMonths) + 1, 0.0);
    for (const Cohort &c : table.cohorts) {
        // Complete months after the cohort's own: cells minus the partial one.
        int complete = int(c.cells.size()) - 1;
        if (!c.cells.empty() && c.cells.back().partial)
            --complete;
        if (complete < observedMonths)
            continue;
        ++out.cohorts;
        // Each member's last month with a purchase, counted over the observed
        // months only (a purchase later still proves survival to the end).
        std::vector<int> lastMonth(c.customers.size(), 0);
        for (size_t k = 0; k < c.cells.size(); ++k)
            for (int customer : c.cells[k].customers) {
                const auto it = std::lower_bound(c.customers.begin(), c.customers.end(), customer);
                if (it != c.customers.end() && *it == customer)
                    lastMonth[size_t(it - c.customers.begin())] = int(k);
            }
        for (int last : lastMonth)
            for (int k = 0; k <= std::min(last, observedMonths); ++k)
                out.survivors[size_t(k)] += 1;
    }
    if (out.cohorts == 0) {
        out.fit.error = QCoreApplication::translate("CohortSurvival", "No cohort has %n complete month(s) of history yet.", nullptr,
                                                    observedMonths);
        return out;
    }
    out.fit = ShiftedBetaGeometric::fit(out.survivors);
    if (out.fit.model)
        out.projected = out.fit.model->projectSurvivors(out.survivors.front(), horizonMonths);
    return out;
}

} // namespace rapport::analytics
