#include "analytics/ServiceAnalytics.h"

#include "analytics/LocalDays.h"

#include "analytics/CalendarMonth.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <numeric>

namespace rapport::analytics {

namespace {

constexpr double HourMs = double(ServiceLevels::HourMs);
constexpr qint64 DayMs = 24 * ServiceLevels::HourMs;

int monthOf(qint64 instant)
{
    return CalendarMonth::index(localDay(instant));  // local, as orders' days
}

QString priorityOf(const ServiceCase &c)
{
    return c.priority.isEmpty() ? QStringLiteral("normal") : c.priority;
}

void count(ServiceLevelShare &share, bool within)
{
    ++share.resolved;
    if (within)
        ++share.withinLevel;
    share.share = double(share.withinLevel) / share.resolved;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

bool rated(const ServiceCase &c)
{
    return c.satisfaction >= 1 && c.satisfaction <= 5;
}

} // namespace

qint64 ServiceAnalytics::dueAt(const ServiceCase &c, const ServiceLevels &levels)
{
    return c.dueAt != 0 ? c.dueAt : levels.dueAt(c.priority, c.openedAt);
}

ServiceResult ServiceAnalytics::compute(const ServiceRecords &records, qint64 asOf, const ServiceSettings &settings)
{
    ServiceResult result;
    result.asOf = asOf;
    const auto &cases = records.cases;
    // A case without an opening time (0) is bad data, not a case from 1970.
    const auto known = [asOf](const ServiceCase &c) { return c.openedAt > 0 && c.openedAt <= asOf; };
    const auto resolvedByAsOf = [asOf](const ServiceCase &c) { return c.resolvedAt != 0 && c.resolvedAt <= asOf; };

    QStringList priorities = ServiceLevels::priorities();
    QStringList others;
    int first = monthOf(asOf) + 1;
    for (const ServiceCase &c : cases) {
        if (!known(c))
            continue;
        first = std::min(first, monthOf(c.openedAt));
        if (!priorities.contains(priorityOf(c)) && !others.contains(priorityOf(c)))
            others.append(priorityOf(c));
    }
    others.sort();
    priorities += others;
    const int last = monthOf(asOf);
    for (int m = first; m <= last; ++m) {
        ServiceMonth month;
        month.month = CalendarMonth::firstDay(m);
        for (const QString &p : priorities)
            month.byPriority.push_back({p, 0, 0, std::nullopt});
        result.months.push_back(month);
    }

    std::vector<std::vector<double>> hours(result.months.size());
    std::vector<double> ratingSums(result.months.size(), 0.0);
    double ratingSum = 0;
    std::map<int, std::vector<int>> recentByCustomer;
    const qint64 windowStart = asOf - qint64(settings.repeatedWindowDays) * DayMs;
    for (size_t i = 0; i < cases.size(); ++i) {
        const ServiceCase &c = cases[i];
        if (!known(c))
            continue;
        const int index = int(i);
        result.months[size_t(monthOf(c.openedAt) - first)].opened.push_back(index);
        const qint64 due = dueAt(c, settings.levels);
        // A resolution before the case was opened is bad data (a skewed
        // clock, an import): the case counts as opened, not as resolved.
        if (resolvedByAsOf(c) && c.resolvedAt >= c.openedAt) {
            const size_t m = size_t(monthOf(c.resolvedAt) - first);
            ServiceMonth &month = result.months[m];
            month.resolved.push_back(index);
            hours[m].push_back(double(c.resolvedAt - c.openedAt) / HourMs);
            const bool within = c.resolvedAt <= due;
            count(month.withinLevel, within);
            count(month.byPriority[size_t(priorities.indexOf(priorityOf(c)))], within);
            if (rated(c)) {
                ++month.rated;
                ratingSums[m] += c.satisfaction;
            }
        } else {
            result.open.push_back(index);
            if (due < asOf)
                result.overdue.push_back(index);
        }
        if (rated(c)) {
            ++result.rated;
            ratingSum += c.satisfaction;
            ++result.satisfaction[size_t(c.satisfaction - 1)];
        }
        if (c.customer >= 0 && c.openedAt > windowStart)
            recentByCustomer[c.customer].push_back(index);
    }

    for (size_t m = 0; m < result.months.size(); ++m) {
        ServiceMonth &month = result.months[m];
        month.medianHoursToResolve = median(hours[m]);
        if (!hours[m].empty())
            month.meanHoursToResolve = std::accumulate(hours[m].begin(), hours[m].end(), 0.0) / double(hours[m].size());
        if (month.rated > 0)
            month.averageSatisfaction = ratingSums[m] / month.rated;
        std::sort(month.resolved.begin(), month.resolved.end());
    }
    if (result.rated > 0)
        result.averageSatisfaction = ratingSum / result.rated;

    for (auto &[customer, ids] : recentByCustomer)
        if (int(ids.size()) >= settings.repeatedCaseCount)
            result.repeated.push_back({customer, std::move(ids)});
    std::stable_sort(result.repeated.begin(), result.repeated.end(),
                     [](const RepeatedComplaints &a, const RepeatedComplaints &b) { return a.cases.size() > b.cases.size(); });
    return result;
}

} // namespace rapport::analytics
