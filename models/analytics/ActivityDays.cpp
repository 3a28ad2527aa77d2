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

namespace {

// The first group of `customer` (groups are in customer order).
template <typename Groups>
auto firstOf(Groups &groups, int customer)
{
    return std::lower_bound(groups.begin(), groups.end(), customer, [](const ActivityDays::Group &g, int c) { return g.customer < c; });
}

} // namespace

int ActivityDays::count(int customer, const QString &kind, qint32 julianDay) const
{
    for (auto g = firstOf(m_groups, customer); g != m_groups.end() && g->customer == customer; ++g) {
        if (m_kinds[size_t(g->kind)] != kind)
            continue;
        const auto begin = m_days.begin() + g->first;
        const auto range = std::equal_range(begin, begin + g->size, julianDay);
        return int(range.second - range.first);
    }
    return 0;
}

void ActivityDays::adjust(int customer, const QString &kind, qint32 julianDay, int delta)
{
    if (delta == 0)
        return;
    auto g = firstOf(m_groups, customer);
    // The customer's groups come in kind order, as a load reads them
    // (GROUP BY account, kind): the group of `kind`, or where it would go.
    for (; g != m_groups.end() && g->customer == customer; ++g)
        if (m_kinds[size_t(g->kind)] >= kind)
            break;
    const bool found = g != m_groups.end() && g->customer == customer && m_kinds[size_t(g->kind)] == kind;
    if (delta < 0) {
        if (!found)
            return;
        const auto begin = m_days.begin() + g->first;
        const auto at = std::lower_bound(begin, begin + g->size, julianDay);
        if (at == begin + g->size || *at != julianDay)
            return;
        m_days.erase(at);
        size_t after = size_t(g - m_groups.begin()) + 1;
        if (--g->size == 0) {
            m_groups.erase(g);  // a load would have no empty group
            --after;
        }
        for (size_t i = after; i < m_groups.size(); ++i)
            --m_groups[i].first;
        return;
    }
    if (!found) {
        auto known = std::find(m_kinds.begin(), m_kinds.end(), kind);
        if (known == m_kinds.end())
            known = m_kinds.insert(m_kinds.end(), kind);
        const quint32 first = g == m_groups.end() ? quint32(m_days.size()) : g->first;
        g = m_groups.insert(g, Group{customer, int(known - m_kinds.begin()), first, 0});
    }
    const auto begin = m_days.begin() + g->first;
    m_days.insert(std::upper_bound(begin, begin + g->size, julianDay), julianDay);
    ++g->size;
    // The groups after it start one day later in days().
    for (auto next = g + 1; next != m_groups.end(); ++next)
        ++next->first;
}

std::vector<ActivityCount> ActivityDays::counts(QDate from, QDate to, const std::vector<char> *customers) const
{
    const qint64 low = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 high = to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max();
    std::vector<ActivityCount> out;
    for (const Group &g : m_groups) {
        if (customers && (size_t(g.customer) >= customers->size() || !(*customers)[size_t(g.customer)]))
            continue;
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
