#pragma once

#include "analytics/CostToServe.h"

#include <QDate>
#include <QString>

#include <vector>

namespace rapport::analytics {

// The done activities per customer and kind, by the local day each started
// on: enough to count those of any period (the cost to serve of the Value
// page's period) without going back to the store, and small enough to keep
// (4 bytes an activity). Groups in customer order, each group's days
// ascending and laid out one group after another in days().
class ActivityDays
{
public:
    struct Group
    {
        int customer = 0;       // index into PurchaseHistory::customers
        int kind = 0;           // index into kinds()
        quint32 first = 0;      // its days are days()[first, first + size)
        quint32 size = 0;

        bool operator==(const Group &) const = default;
    };

    // Appends one customer's activities of one kind; `julianDays` ascending.
    // Groups must come in (customer, kind) order, each once.
    void add(int customer, const QString &kind, const std::vector<qint32> &julianDays);

    // How many of the customer's activities of this kind started on `julianDay`.
    int count(int customer, const QString &kind, qint32 julianDay) const;
    // One activity more (delta > 0) or fewer (delta < 0) on that day: an
    // activity logged, done, moved or deleted since the load. Keeps the layout
    // a load makes (a customer's groups in kind order, no empty group).
    // Removing one that is not there does nothing (the caller checks with
    // count()).
    void adjust(int customer, const QString &kind, qint32 julianDay, int delta);

    // Activities per customer and kind that started in [from, to] (an
    // invalid bound is open), in (customer, kind) order; none with count 0.
    // With `customers`, only the customers it holds a non-zero entry for
    // (ScopedInput::customersInScope), without copying their days.
    std::vector<ActivityCount> counts(QDate from = {}, QDate to = {}, const std::vector<char> *customers = nullptr) const;
    // Only the customers for which keep(customer) is true, days unchanged.
    template <typename Keep>
    ActivityDays filtered(Keep keep) const
    {
        ActivityDays out;
        out.m_kinds = m_kinds;
        for (const Group &g : m_groups) {
            if (!keep(g.customer))
                continue;
            out.m_groups.push_back({g.customer, g.kind, quint32(out.m_days.size()), g.size});
            out.m_days.insert(out.m_days.end(), m_days.begin() + g.first, m_days.begin() + g.first + g.size);
        }
        return out;
    }

    size_t activityCount() const { return m_days.size(); }
    bool empty() const { return m_days.empty(); }

    const std::vector<QString> &kinds() const { return m_kinds; }
    const std::vector<Group> &groups() const { return m_groups; }
    const std::vector<qint32> &days() const { return m_days; }
    // For a saved copy (AnalyticsSnapshot): takes the parts as they were.
    bool operator==(const ActivityDays &) const = default;

    static ActivityDays fromParts(std::vector<QString> kinds, std::vector<Group> groups, std::vector<qint32> days);

private:
    std::vector<QString> m_kinds;     // distinct kinds, in order of first use
    std::vector<Group> m_groups;
    std::vector<qint32> m_days;       // QDate::toJulianDay()
};

} // namespace rapport::analytics
