#include "analytics/CohortTable.h"

#include "analytics/AsOfPurchases.h"
#include "analytics/CalendarMonth.h"

#include <map>

namespace rapport::analytics {

CohortTableResult CohortTable::compute(const PurchaseHistory &history, QDate asOf)
{
    CohortTableResult result;
    result.asOf = asOf;
    const AsOfPurchases known(history, asOf);
    const int asOfMonth = CalendarMonth::index(asOf);
    const bool asOfMonthComplete = asOf == CalendarMonth::lastDay(asOfMonth);

    std::map<int, Cohort> byMonth;
    for (const CustomerPurchases &c : known.customers()) {
        const int first = CalendarMonth::index(c.firstDay());
        auto [it, inserted] = byMonth.try_emplace(first);
        Cohort &cohort = it->second;
        if (inserted) {
            cohort.month = CalendarMonth::firstDay(first);
            cohort.cells.resize(size_t(asOfMonth - first + 1));
            for (size_t k = 0; k < cohort.cells.size(); ++k) {
                cohort.cells[k].monthsSince = int(k);
                cohort.cells[k].partial = !asOfMonthComplete && first + int(k) == asOfMonth;
            }
        }
        cohort.customers.push_back(c.customer);
        for (const Purchase &p : c.entries) {
            const int k = CalendarMonth::index(p.day) - first;
            if (k >= 0)
                cohort.cells[size_t(k)].revenue += p.revenue;
        }
        int lastMonth = -1;
        for (const QDate &d : c.buyingDays) {
            const int k = CalendarMonth::index(d) - first;
            if (k != lastMonth)
                cohort.cells[size_t(k)].customers.push_back(c.customer);
            lastMonth = k;
        }
    }

    for (auto &[month, cohort] : byMonth) {
        const double size = double(cohort.customers.size());
        double cumulative = 0;
        for (CohortCell &cell : cohort.cells) {
            cell.retention = double(cell.customers.size()) / size;
            cumulative += cell.revenue;
            cell.cumulativeRevenuePerCustomer = cumulative / size;
        }
        result.cohorts.push_back(std::move(cohort));
    }
    return result;
}

} // namespace rapport::analytics
