#pragma once

#include "analytics/PurchaseHistory.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

// One calendar month of the customer base. Every count except activeAtStart
// is a list of customer indices (into PurchaseHistory::customers), ascending,
// so a dashboard can drill down from a bar to exactly those customers; the
// number is its size().
//
// Definitions (w = lost window in days, "buying day" = a day with an entry of
// revenue >= 0 on or before the as-of date; refunds are not buying days):
// - active on day d: has a buying day p with p <= d and d - p < w.
// - activeAtStart: active on the last day of the previous month (0 in the
//   first month). activeAtEnd: active on periodEnd (the month's last day, or
//   the as-of date in the as-of month).
// - newCustomers: first buying day in this month.
// - returning: bought in this month and had a buying day before the month
//   started (a customer new this month who buys again is not returning).
// - lost: their last buying day p is exactly w days before a day L of this
//   month (L = p + w <= periodEnd) with no buying day in (p, L]. A purchase on
//   day L itself keeps the customer.
// - reactivated: bought in this month on day q after having been lost, i.e.
//   the previous buying day is more than w days before q. Reactivated
//   customers are also returning; they are the ones that re-enter the active
//   set, so: activeAtEnd = activeAtStart + new + reactivated - lost.
// - churnRate = lost / activeAtStart; retentionRate = 1 - churnRate; both
//   absent when nobody was active at the start of the month.
// The identity, and lost being a subset of activeAtStart, need a window of at
// least 31 days (otherwise one customer could be lost twice in a month); a
// shorter window is raised to CustomerBaseSettings::MinimumLostWindowDays.
struct CustomerBaseMonth
{
    QDate month;      // first day of the month
    QDate periodEnd;  // last day counted: month end, or the as-of date
    // Only a count: the customers are the previous month's activeAtEnd.
    // Active lists are by far the largest (every customer in every month of an
    // episode), and repeating them would double the result's memory.
    int activeAtStart = 0;
    std::vector<int> newCustomers;
    std::vector<int> returning;
    std::vector<int> reactivated;
    std::vector<int> lost;
    std::vector<int> activeAtEnd;
    std::optional<double> churnRate;
    std::optional<double> retentionRate;
};

// The same series restricted to the customers with one value of a customer
// field (source or account type); customers with an empty value form the
// group with the empty key. Its months are the overall months, so charts align.
struct CustomerBaseGroup
{
    QString key;
    std::vector<CustomerBaseMonth> months;
};

struct CustomerBaseResult
{
    QDate asOf;
    int lostWindowDays = 365;
    // Calendar months from the month of the first purchase to the as-of
    // month, empty months included; empty if nobody had bought by the as-of date.
    std::vector<CustomerBaseMonth> months;
    std::vector<CustomerBaseGroup> bySource;   // sorted by key
    std::vector<CustomerBaseGroup> byType;     // sorted by key
};

struct CustomerBaseSettings
{
    static constexpr int MinimumLostWindowDays = 31;
    // A customer with no purchase for this many days is lost.
    int lostWindowDays = 365;
};

// Monthly counts of the customer base (active, new, returning, reactivated,
// lost, churn) as of a date.
class CustomerBaseSeries
{
public:
    static CustomerBaseResult compute(const PurchaseHistory &history, QDate asOf,
                                      CustomerBaseSettings settings = {});
};

} // namespace rapport::analytics
