#include "analytics/CustomerBaseSeries.h"

#include "analytics/AsOfPurchases.h"
#include "analytics/CalendarMonth.h"

#include <algorithm>
#include <map>

namespace rapport::analytics {

namespace {

// One customer's events as month offsets from the first month of the series.
struct CustomerEvents
{
    int customer = 0;
    int newMonth = 0;
    std::vector<int> returningMonths;
    std::vector<int> reactivatedMonths;
    std::vector<int> lostMonths;
    std::vector<int> activeAtEndMonths;
};

CustomerEvents eventsOf(const CustomerPurchases &c, int firstMonth, int monthCount, QDate asOf, int window)
{
    CustomerEvents e;
    e.customer = c.customer;
    const std::vector<QDate> &days = c.buyingDays;
    e.newMonth = CalendarMonth::index(days.front()) - firstMonth;
    for (const QDate &d : days) {
        const int m = CalendarMonth::index(d) - firstMonth;
        if (m != e.newMonth && (e.returningMonths.empty() || e.returningMonths.back() != m))
            e.returningMonths.push_back(m);
    }

    // Walk the active episodes: an episode starts on a buying day (the first,
    // or a reactivation) and ends on the day it is lost (exclusive), or stays
    // open past the as-of date.
    auto markActive = [&](QDate start, std::optional<QDate> lostDay) {
        for (int m = CalendarMonth::index(start) - firstMonth; m < monthCount; ++m) {
            const QDate end = CalendarMonth::periodEnd(m + firstMonth, asOf);
            if (lostDay && end >= *lostDay)
                break;
            e.activeAtEndMonths.push_back(m);
        }
    };
    QDate episodeStart = days.front();
    for (size_t i = 0; i < days.size(); ++i) {
        const QDate lostDay = days[i].addDays(window);
        const bool gapFollows = i + 1 < days.size() && days[i].daysTo(days[i + 1]) > window;
        if (gapFollows) {
            markActive(episodeStart, lostDay);
            e.lostMonths.push_back(CalendarMonth::index(lostDay) - firstMonth);
            episodeStart = days[i + 1];
            e.reactivatedMonths.push_back(CalendarMonth::index(episodeStart) - firstMonth);
        } else if (i + 1 == days.size()) {
            if (lostDay <= asOf) {
                markActive(episodeStart, lostDay);
                e.lostMonths.push_back(CalendarMonth::index(lostDay) - firstMonth);
            } else {
                markActive(episodeStart, std::nullopt);
            }
        }
    }
    return e;
}

std::vector<CustomerBaseMonth> monthsFor(const std::vector<const CustomerEvents *> &customers, int firstMonth,
                                         int monthCount, QDate asOf)
{
    std::vector<CustomerBaseMonth> months(static_cast<size_t>(monthCount));
    for (int m = 0; m < monthCount; ++m) {
        months[size_t(m)].month = CalendarMonth::firstDay(firstMonth + m);
        months[size_t(m)].periodEnd = CalendarMonth::periodEnd(firstMonth + m, asOf);
    }
    // Customers arrive in ascending index order, so every list stays sorted.
    for (const CustomerEvents *e : customers) {
        months[size_t(e->newMonth)].newCustomers.push_back(e->customer);
        for (int m : e->returningMonths)
            months[size_t(m)].returning.push_back(e->customer);
        for (int m : e->reactivatedMonths)
            months[size_t(m)].reactivated.push_back(e->customer);
        for (int m : e->lostMonths)
            months[size_t(m)].lost.push_back(e->customer);
        for (int m : e->activeAtEndMonths)
            months[size_t(m)].activeAtEnd.push_back(e->customer);
    }
    for (size_t m = 1; m < months.size(); ++m)
        months[m].activeAtStart = int(months[m - 1].activeAtEnd.size());
    for (CustomerBaseMonth &month : months) {
        if (month.activeAtStart > 0) {
            month.churnRate = double(month.lost.size()) / double(month.activeAtStart);
            month.retentionRate = 1.0 - *month.churnRate;
        }
    }
    return months;
}

template <typename KeyOf>
std::vector<CustomerBaseGroup> groupsBy(const std::vector<CustomerEvents> &events, KeyOf keyOf, int firstMonth,
                                        int monthCount, QDate asOf)
{
    std::map<QString, std::vector<const CustomerEvents *>> members;
    for (const CustomerEvents &e : events)
        members[keyOf(e.customer)].push_back(&e);
    std::vector<CustomerBaseGroup> groups;
    for (const auto &[key, customers] : members)
        groups.push_back({key, monthsFor(customers, firstMonth, monthCount, asOf)});
    return groups;
}

} // namespace

CustomerBaseResult CustomerBaseSeries::compute(const PurchaseHistory &history, QDate asOf, CustomerBaseSettings settings)
{
    CustomerBaseResult result;
    result.asOf = asOf;
    result.lostWindowDays = std::max(settings.lostWindowDays, int(CustomerBaseSettings::MinimumLostWindowDays));
    const AsOfPurchases known(history, asOf);
    if (known.customers().empty())
        return result;

    int firstMonth = CalendarMonth::index(asOf);
    for (const CustomerPurchases &c : known.customers())
        firstMonth = std::min(firstMonth, CalendarMonth::index(c.firstDay()));
    const int monthCount = CalendarMonth::index(asOf) - firstMonth + 1;

    std::vector<CustomerEvents> events;
    events.reserve(known.customers().size());
    for (const CustomerPurchases &c : known.customers())
        events.push_back(eventsOf(c, firstMonth, monthCount, asOf, result.lostWindowDays));

    std::vector<const CustomerEvents *> everyone;
    for (const CustomerEvents &e : events)
        everyone.push_back(&e);
    result.months = monthsFor(everyone, firstMonth, monthCount, asOf);
    result.bySource = groupsBy(
        events, [&](int c) { return history.customers.at(size_t(c)).source; }, firstMonth, monthCount, asOf);
    result.byType = groupsBy(
        events, [&](int c) { return history.customers.at(size_t(c)).type; }, firstMonth, monthCount, asOf);
    return result;
}

} // namespace rapport::analytics
