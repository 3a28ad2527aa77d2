// Done activities kept by day count those of any period: the Value page's
// cost to serve over its filter period.
#include "analytics/ActivityDays.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace rapport::analytics;

namespace {

qint32 jd(int y, int m, int d)
{
    return qint32(QDate(y, m, d).toJulianDay());
}

} // namespace

TEST(ActivityDays, CountsThePeriodWithBothEndsIncluded)
{
    ActivityDays days;
    days.add(0, QStringLiteral("call"), {jd(2024, 1, 1), jd(2024, 1, 31), jd(2024, 2, 1), jd(2024, 2, 1)});
    days.add(0, QStringLiteral("visit"), {jd(2024, 3, 5)});
    days.add(2, QStringLiteral("call"), {jd(2023, 12, 31)});

    const std::vector<ActivityCount> all = days.counts();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].count, 4);
    EXPECT_EQ(all[1].kind, QStringLiteral("visit"));
    EXPECT_EQ(all[2].customer, 2);
    EXPECT_EQ(days.activityCount(), 6u);
    EXPECT_EQ(days.kinds().size(), 2u); // "call" kept once

    // January: both of its calls, nobody else.
    const std::vector<ActivityCount> january = days.counts(QDate(2024, 1, 1), QDate(2024, 1, 31));
    ASSERT_EQ(january.size(), 1u);
    EXPECT_EQ(january[0].customer, 0);
    EXPECT_EQ(january[0].count, 2);

    // One day with two calls on it; an open start.
    const std::vector<ActivityCount> first = days.counts(QDate(2024, 2, 1), QDate(2024, 2, 1));
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].count, 2);
    const std::vector<ActivityCount> upTo = days.counts({}, QDate(2024, 1, 1));
    ASSERT_EQ(upTo.size(), 2u);
    EXPECT_EQ(upTo[0].count, 1);
    EXPECT_EQ(upTo[1].customer, 2);

    // An empty period, and one after everything.
    EXPECT_TRUE(days.counts(QDate(2024, 2, 2), QDate(2024, 3, 4)).empty());
    EXPECT_TRUE(days.counts(QDate(2025, 1, 1), {}).empty());
}

TEST(ActivityDays, FilteredKeepsTheChosenCustomersDays)
{
    ActivityDays days;
    days.add(0, QStringLiteral("call"), {jd(2024, 1, 1)});
    days.add(1, QStringLiteral("email"), {jd(2024, 1, 2), jd(2024, 1, 3)});
    days.add(1, QStringLiteral("call"), {jd(2024, 1, 4)});
    days.add(2, QStringLiteral("visit"), {});   // nothing: no group

    const ActivityDays one = days.filtered([](int customer) { return customer == 1; });
    const std::vector<ActivityCount> counts = one.counts(QDate(2024, 1, 3), {});
    ASSERT_EQ(counts.size(), 2u);
    EXPECT_EQ(counts[0].kind, QStringLiteral("email"));
    EXPECT_EQ(counts[0].count, 1);
    EXPECT_EQ(counts[1].kind, QStringLiteral("call"));
    EXPECT_EQ(one.activityCount(), 3u);
    EXPECT_EQ(days.groups().size(), 3u);
    // The same counts without a copy: the customers as a mask.
    const std::vector<char> onlyOne{0, 1, 0};
    const std::vector<ActivityCount> masked = days.counts(QDate(2024, 1, 3), {}, &onlyOne);
    ASSERT_EQ(masked.size(), counts.size());
    for (size_t i = 0; i < masked.size(); ++i) {
        EXPECT_EQ(masked[i].customer, counts[i].customer);
        EXPECT_EQ(masked[i].kind, counts[i].kind);
        EXPECT_EQ(masked[i].count, counts[i].count);
    }
}

TEST(ActivityDays, AdjustAddsAndRemovesOneActivityKeepingTheOthers)
{
    ActivityDays days;
    days.add(0, QStringLiteral("call"), {jd(2024, 1, 1)});
    days.add(2, QStringLiteral("call"), {jd(2024, 1, 5), jd(2024, 1, 9)});
    days.add(4, QStringLiteral("visit"), {jd(2024, 2, 1)});

    days.adjust(2, QStringLiteral("call"), jd(2024, 1, 7), +1);       // into an existing group
    days.adjust(3, QStringLiteral("email"), jd(2024, 1, 3), +1);      // a new group between customers
    days.adjust(2, QStringLiteral("visit"), jd(2024, 1, 2), +1);      // a new kind for a customer
    days.adjust(0, QStringLiteral("call"), jd(2024, 1, 1), -1);       // the only one
    days.adjust(4, QStringLiteral("visit"), jd(2024, 3, 1), -1);      // not there: nothing

    EXPECT_EQ(days.count(2, QStringLiteral("call"), jd(2024, 1, 7)), 1);
    EXPECT_EQ(days.count(0, QStringLiteral("call"), jd(2024, 1, 1)), 0);
    EXPECT_EQ(days.activityCount(), 6u);
    const std::vector<ActivityCount> all = days.counts();
    std::vector<std::tuple<int, QString, int>> got;
    for (const ActivityCount &c : all)
        got.emplace_back(c.customer, c.kind, c.count);
    const std::vector<std::tuple<int, QString, int>> expected{
        {2, QStringLiteral("call"), 3}, {2, QStringLiteral("visit"), 1}, {3, QStringLiteral("email"), 1}, {4, QStringLiteral("visit"), 1}};
    EXPECT_EQ(got, expected);
    // The days stay laid out group after group, each ascending.
    quint32 next = 0;
    for (const ActivityDays::Group &g : days.groups()) {
        EXPECT_EQ(g.first, next);
        next += g.size;
        EXPECT_TRUE(std::is_sorted(days.days().begin() + g.first, days.days().begin() + g.first + g.size));
    }
    EXPECT_EQ(next, days.days().size());
    const std::vector<ActivityCount> early = days.counts(QDate(2024, 1, 1), QDate(2024, 1, 6));
    ASSERT_EQ(early.size(), 3u);  // 2's call on the 5th, 2's visit on the 2nd, 3's email
    EXPECT_EQ(early[0].count, 1);
}
