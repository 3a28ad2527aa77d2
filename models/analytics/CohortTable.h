#pragma once

#include "analytics/PurchaseHistory.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

// One cohort in one month after its first: who bought, and what they spent.
struct CohortCell
{
    int monthsSince = 0;          // 0 = the cohort's own month
    std::vector<int> customers;   // cohort customers with a buying day in this month
    double retention = 0;         // customers.size() / cohort size
    double revenue = 0;           // net revenue of the cohort's customers in this month (refunds subtract)
    double cumulativeRevenuePerCustomer = 0;  // revenue of months 0..monthsSince / cohort size
    bool partial = false;         // the as-of month, cut short by the as-of date
};

struct Cohort
{
    QDate month;                  // first day of the month of the members' first purchase
    std::vector<int> customers;   // the cohort; its size is the cohort size
    // Months 0 .. as-of month, consecutive; months after the as-of date are
    // absent, not zero: nothing is known about them yet. A month inside the
    // range with no purchases is present with no customers and zero revenue.
    std::vector<CohortCell> cells;
};

struct CohortTableResult
{
    QDate asOf;
    // Ascending by month; only months in which somebody bought for the first
    // time (a cohort of nobody has no retention to show).
    std::vector<Cohort> cohorts;
};

// Acquisition cohorts: customers grouped by the calendar month of their first
// buying day (an entry with revenue >= 0, on or before the as-of date), and
// followed month by month. A refund is revenue of the month it happens in but
// does not count its customer as buying in that month. Entries before the
// first buying day (a refund with no sale before it) are ignored.
class CohortTable
{
public:
    static CohortTableResult compute(const PurchaseHistory &history, QDate asOf);
};

} // namespace rapport::analytics
