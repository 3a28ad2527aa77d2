#include "ActivityDays.h"

#include <algorithm>

namespace rapport::analytics {

void ActivityDays::add(int customer, const QString &kind, const std::vector<qint32> &julianDays)
{
    if (julianDays.empty())
        return;
    auto known = std::find(m_kinds.begin(), m_kinds.end(), kind);
    if (known == m_kinds.end())
        known = m_kinds.insert(m_kinds.end(), kind);
    m_groups.push_back({customer, int(known - m_kinds.begin()), quint32(m_days.size()), quint32(julianDays.size())});
    m_days.insert(m_days.end(), julianDays.begin(), julianDays.end());
}

std::vector<ActivityCount> ActivityDays::counts(QDate from, QDate to) const
{
    const qint64 low = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 high = to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max();
    std::vector<ActivityCount> out;
    for (const Group &g : m_groups) {
        const auto begin = m_days.begin() + g.first;
        const auto end = begin + g.size;
        const auto a = std::lower_bound(begin, end, low, [](qint32 day, qint64 v) { return day < v; });
        const auto b = std::upper_bound(a, end, high, [](qint64 v, qint32 day) { return v < day; });
        if (b > a)
            out.push_back({g.customer, m_kinds[size_t(g.kind)], int(b - a)});
    }
    return out;
}

ActivityDays ActivityDays::fromParts(std::vector<QString> kinds, std::vector<Group> groups, std::vector<qint32> days)
{
    ActivityDays out;
    out.m_kinds = std::move(kinds);
    out.m_groups = std::move(groups);
    out.m_days = std::move(days);
    return out;
}

} // namespace rapport::analytics
