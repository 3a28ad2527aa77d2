#include "analytics/ServiceAnalytics.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::analytics;
using Ids = std::vector<int>;

namespace {

qint64 at(int y, int m, int d, int hour = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0)).toMSecsSinceEpoch();  // local, as the analytics read instants
}

const qint64 asOf = at(2024, 3, 31, 12);

// Default service levels: urgent 4 h, high 24 h, normal 72 h, low 168 h.
//
// case cust priority opened            resolved          hours  due (level)        rating
//  0    0   urgent   2024-02-01 10:00  2024-02-01 13:00     3   02-01 14:00 within  5
//  1    0   high     2024-02-03 00:00  2024-02-05 00:00    48   02-04 00:00 late    2
//  2    1   normal   2024-02-20 12:00  2024-03-02 12:00   264   own dueAt 03-10 within (72 h would be late)
//  3    0   (none)   2024-03-01 00:00  never                    03-04 00:00 (normal) overdue
//  4    0   low      2024-03-30 00:00  never                    04-06 00:00 open, not overdue
//  5    2   normal   2024-03-05 00:00  2024-04-02 (after as-of: open) 03-08 overdue
//  6    1   urgent   2024-04-05 00:00  after the as-of instant: ignored
//  7   -1   high     2024-03-12 00:00  2024-03-12 10:00    10   within             4 (not 10 March: a DST change in some zones)
//  8    0   vip      2023-12-15 00:00  2024-02-10 00:00  1368   12-18 (vip unknown -> 72 h) late, rating 7 ignored
ServiceRecords records()
{
    ServiceRecords r;
    const auto add = [&](int customer, const char *priority, qint64 opened, qint64 resolved, int rating, qint64 due = 0) {
        ServiceCase c;
        c.customer = customer;
        c.priority = QString::fromLatin1(priority);
        c.openedAt = opened;
        c.resolvedAt = resolved;
        c.satisfaction = rating;
        c.dueAt = due;
        r.cases.push_back(c);
    };
    add(0, "urgent", at(2024, 2, 1, 10), at(2024, 2, 1, 13), 5);
    add(0, "high", at(2024, 2, 3), at(2024, 2, 5), 2);
    add(1, "normal", at(2024, 2, 20, 12), at(2024, 3, 2, 12), 0, at(2024, 3, 10, 12));
    add(0, "", at(2024, 3, 1), 0, 0);
    add(0, "low", at(2024, 3, 30), 0, 0);
    add(2, "normal", at(2024, 3, 5), at(2024, 4, 2), 0);
    add(1, "urgent", at(2024, 4, 5), 0, 0);
    add(-1, "high", at(2024, 3, 12), at(2024, 3, 12, 10), 4);
    add(0, "vip", at(2023, 12, 15), at(2024, 2, 10), 7);
    return r;
}

} // namespace

TEST(ServiceAnalyticsTest, MonthlyOpenedResolvedAndTimeToResolve)
{
    const ServiceResult r = ServiceAnalytics::compute(records(), asOf);
    ASSERT_EQ(r.months.size(), 4u);  // December 2023 .. March 2024
    EXPECT_EQ(r.months[0].month, QDate(2023, 12, 1));
    EXPECT_EQ(r.months[0].opened, (Ids{8}));
    EXPECT_TRUE(r.months[0].resolved.empty());

    // January: nothing happened; the row is there, without figures.
    const ServiceMonth &jan = r.months[1];
    EXPECT_TRUE(jan.opened.empty());
    EXPECT_FALSE(jan.medianHoursToResolve.has_value());
    EXPECT_FALSE(jan.withinLevel.share.has_value());
    EXPECT_FALSE(jan.averageSatisfaction.has_value());

    // February: resolved 0 (3 h), 1 (48 h), 8 (57 days = 1368 h).
    const ServiceMonth &feb = r.months[2];
    EXPECT_EQ(feb.opened, (Ids{0, 1, 2}));
    EXPECT_EQ(feb.resolved, (Ids{0, 1, 8}));
    EXPECT_DOUBLE_EQ(*feb.medianHoursToResolve, 48.0);
    EXPECT_DOUBLE_EQ(*feb.meanHoursToResolve, (3.0 + 48.0 + 1368.0) / 3.0);
    // March: resolved 2 (264 h) and 7 (10 h): median of an even count = mean of the two.
    const ServiceMonth &mar = r.months[3];
    EXPECT_EQ(mar.opened, (Ids{3, 4, 5, 7}));
    EXPECT_EQ(mar.resolved, (Ids{2, 7}));
    EXPECT_DOUBLE_EQ(*mar.medianHoursToResolve, 137.0);
    EXPECT_DOUBLE_EQ(*mar.meanHoursToResolve, 137.0);
}

TEST(ServiceAnalyticsTest, WithinServiceLevelOverallAndPerPriority)
{
    const ServiceResult r = ServiceAnalytics::compute(records(), asOf);
    const ServiceMonth &feb = r.months[2];
    // February: only case 0 in time -> 1 of 3.
    EXPECT_EQ(feb.withinLevel.resolved, 3);
    EXPECT_EQ(feb.withinLevel.withinLevel, 1);
    EXPECT_DOUBLE_EQ(*feb.withinLevel.share, 1.0 / 3.0);
    // Known priorities first, then the unknown "vip".
    ASSERT_EQ(feb.byPriority.size(), 5u);
    EXPECT_EQ(feb.byPriority[0].priority, QStringLiteral("urgent"));
    EXPECT_DOUBLE_EQ(*feb.byPriority[0].share, 1.0);
    EXPECT_DOUBLE_EQ(*feb.byPriority[1].share, 0.0);               // high: 48 h > 24 h
    EXPECT_FALSE(feb.byPriority[2].share.has_value());            // normal: none resolved
    EXPECT_EQ(feb.byPriority[4].priority, QStringLiteral("vip"));
    EXPECT_DOUBLE_EQ(*feb.byPriority[4].share, 0.0);
    // March: case 2 made its own due date (the 72 h level would have failed
    // it), case 7 took 10 of 24 h.
    EXPECT_DOUBLE_EQ(*r.months[3].withinLevel.share, 1.0);
    EXPECT_DOUBLE_EQ(*r.months[3].byPriority[2].share, 1.0);

    // Open at the as-of instant: 3, 4 and 5 (resolved only after it); 3 and 5
    // are past due, 4 (low, 7 days) is not yet.
    EXPECT_EQ(r.open, (Ids{3, 4, 5}));
    EXPECT_EQ(r.overdue, (Ids{3, 5}));
}

TEST(ServiceAnalyticsTest, SatisfactionIgnoresUnratedCases)
{
    const ServiceResult r = ServiceAnalytics::compute(records(), asOf);
    // Rated: 0 (5), 1 (2), 7 (4); 0 = unrated, 7 = out of range.
    EXPECT_EQ(r.rated, 3);
    EXPECT_DOUBLE_EQ(*r.averageSatisfaction, 11.0 / 3.0);
    EXPECT_EQ(r.satisfaction, (std::array<int, 5>{0, 1, 0, 1, 1}));
    EXPECT_EQ(r.months[2].rated, 2);  // by month of resolution
    EXPECT_DOUBLE_EQ(*r.months[2].averageSatisfaction, 3.5);
    EXPECT_DOUBLE_EQ(*r.months[3].averageSatisfaction, 4.0);
}

TEST(ServiceAnalyticsTest, RepeatedComplaints)
{
    // The last 90 days: from 2024-01-01 12:00. Customer 0 has cases 0, 1, 3
    // and 4 there (8 is older); customer 1 only 2 (6 comes after the as-of).
    const ServiceResult r = ServiceAnalytics::compute(records(), asOf);
    ASSERT_EQ(r.repeated.size(), 1u);
    EXPECT_EQ(r.repeated[0].customer, 0);
    EXPECT_EQ(r.repeated[0].cases, (Ids{0, 1, 3, 4}));

    ServiceSettings anyCase;
    anyCase.repeatedCaseCount = 1;
    const ServiceResult all = ServiceAnalytics::compute(records(), asOf, anyCase);
    ASSERT_EQ(all.repeated.size(), 3u);  // most cases first, then by customer; no -1
    EXPECT_EQ(all.repeated[0].customer, 0);
    EXPECT_EQ(all.repeated[1].customer, 1);
    EXPECT_EQ(all.repeated[2].customer, 2);
}

TEST(ServiceAnalyticsTest, NoCases)
{
    const ServiceResult r = ServiceAnalytics::compute({}, asOf);
    EXPECT_TRUE(r.months.empty());
    EXPECT_TRUE(r.open.empty());
    EXPECT_EQ(r.rated, 0);
    EXPECT_FALSE(r.averageSatisfaction.has_value());
    EXPECT_TRUE(r.repeated.empty());
    // Cases that all come after the as-of instant count as none.
    EXPECT_TRUE(ServiceAnalytics::compute(records(), at(2023, 1, 1)).months.empty());
    // A case without an opening time does not start the series in 1970.
    ServiceRecords undated;
    undated.cases.push_back({});
    EXPECT_TRUE(ServiceAnalytics::compute(undated, asOf).months.empty());
}
