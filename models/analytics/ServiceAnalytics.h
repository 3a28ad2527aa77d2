#pragma once

#include "analytics/SalesRecords.h"
#include "domain/ServiceLevels.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace rapport::analytics {

// Resolution within the service level, for one group of resolved cases.
struct ServiceLevelShare
{
    QString priority;                 // empty for all priorities together
    int resolved = 0;
    int withinLevel = 0;              // resolved at or before their due time
    std::optional<double> share;      // withinLevel / resolved; absent if none resolved
};

// One local calendar month (of the instants). Case lists are ascending case
// indexes into ServiceRecords::cases, for drill-down.
struct ServiceMonth
{
    QDate month;                          // first day
    std::vector<int> opened;              // opened in the month
    std::vector<int> resolved;            // resolved in the month (whenever opened)
    // Hours from opening to resolution of the cases resolved in the month;
    // absent without any. The median of an even count is the mean of the two
    // middle values.
    std::optional<double> medianHoursToResolve;
    std::optional<double> meanHoursToResolve;
    ServiceLevelShare withinLevel;                 // all resolved cases of the month
    std::vector<ServiceLevelShare> byPriority;     // every priority seen in the records, see below
    int rated = 0;                                 // resolved in the month with a rating
    std::optional<double> averageSatisfaction;     // of those; absent without any
};

// Customers with many cases in a short time: candidates for a call from
// their account manager.
struct RepeatedComplaints
{
    int customer = 0;                     // index into PurchaseHistory::customers
    std::vector<int> cases;               // the cases in the window, ascending index
};

struct ServiceSettings
{
    ServiceLevels levels = ServiceLevels::defaults();
    int repeatedCaseCount = 3;            // at least this many cases ...
    int repeatedWindowDays = 90;          // ... opened in the last this many days
};

struct ServiceResult
{
    qint64 asOf = 0;
    // Months from the first case's opening to the as-of month, empty months
    // included; empty when no case was opened by the as-of instant.
    std::vector<ServiceMonth> months;
    std::vector<int> open;                // open at the as-of instant
    std::vector<int> overdue;             // of those, past their due time
    // Satisfaction of every case opened by the as-of instant that has a
    // rating 1..5 (0 = not rated; other values are ignored).
    int rated = 0;
    std::optional<double> averageSatisfaction;
    std::array<int, 5> satisfaction{};    // [0] = rated 1 ... [4] = rated 5
    // Customers with >= repeatedCaseCount cases opened in
    // (asOf - repeatedWindowDays x 24 h, asOf], most cases first (ties: lower
    // customer index first). Cases without a customer are not grouped.
    std::vector<RepeatedComplaints> repeated;
};

// Case figures as of an instant (UTC ms): only what was known then counts, so
// a case opened after it (or without an opening time) is ignored and one
// resolved after it is still open.
//
// - Resolved: resolvedAt set (resolving and closing both set it); the status
//   text is not read.
// - Due time: the case's own dueAt when set (someone agreed a date with the
//   customer), else openedAt + the service level of its priority.
//   Within the level: resolvedAt <= due. Overdue: open at the as-of instant
//   and due < asOf.
// - Priorities: a case without one is a "normal" case (as ServiceLevels
//   handles it). byPriority lists ServiceLevels::priorities() in their order,
//   then any other priority found in the records (sorted), each every month.
class ServiceAnalytics
{
public:
    static ServiceResult compute(const ServiceRecords &records, qint64 asOf, const ServiceSettings &settings = {});

    // The due time of a case, as defined above.
    static qint64 dueAt(const ServiceCase &c, const ServiceLevels &levels);
};

} // namespace rapport::analytics
