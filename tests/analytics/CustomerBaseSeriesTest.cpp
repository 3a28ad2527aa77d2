#include "analytics/CustomerBaseSeries.h"

#include "DescriptiveHistoryBuilder.h"

#include <gtest/gtest.h>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Ids = std::vector<int>;

namespace {

// A: two orders on 2023-01-10 (one buying day), 2023-03-05, then nothing
//    until 2024-03-20.
// B: one order, 2023-01-20.
// C: 2023-02-15, a refund on 2023-03-02 (not a buying day), 2023-06-10.
// D: no orders. E: first order 2024-05-01, after the as-of date.
struct Base
{
    int a, b, c, d, e;
    PurchaseHistory history;
};

Base base()
{
    DescriptiveHistoryBuilder h;
    Base s{};
    s.a = h.customer("A", "web", "customer");
    s.b = h.customer("B", "fair", "customer");
    s.c = h.customer("C", "web", "partner");
    s.d = h.customer("D", "web", "prospect");
    s.e = h.customer("E", "referral", "prospect");
    h.buy(s.a, QDate(2023, 1, 10), 100).buy(s.a, QDate(2023, 1, 10), 50).buy(s.a, QDate(2023, 3, 5), 80);
    h.buy(s.a, QDate(2024, 3, 20), 70);
    h.buy(s.b, QDate(2023, 1, 20), 200);
    h.buy(s.c, QDate(2023, 2, 15), 30).buy(s.c, QDate(2023, 3, 2), -30).buy(s.c, QDate(2023, 6, 10), 40);
    h.buy(s.e, QDate(2024, 5, 1), 500);
    s.history = h.build();
    return s;
}

const CustomerBaseMonth &monthOf(const std::vector<CustomerBaseMonth> &months, int year, int month)
{
    for (const CustomerBaseMonth &m : months)
        if (m.month == QDate(year, month, 1))
            return m;
    throw std::runtime_error("month not in series");
}

void expectIdentity(const std::vector<CustomerBaseMonth> &months)
{
    for (const CustomerBaseMonth &m : months) {
        SCOPED_TRACE(m.month.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(m.activeAtEnd.size() + m.lost.size(),
                  size_t(m.activeAtStart) + m.newCustomers.size() + m.reactivated.size());
    }
}

} // namespace

TEST(CustomerBaseSeriesTest, DefaultWindowCountsNewReturningLostAndReactivated)
{
    const Base s = base();
    const CustomerBaseResult r = CustomerBaseSeries::compute(s.history, QDate(2024, 3, 31));
    EXPECT_EQ(r.lostWindowDays, 365);
    // Jan 2023 (first purchase) .. Mar 2024 (as-of month) = 15 months; E's
    // 2024-05 order neither adds months nor a customer.
    ASSERT_EQ(r.months.size(), 15u);
    EXPECT_EQ(r.months.front().month, QDate(2023, 1, 1));
    EXPECT_EQ(r.months.back().periodEnd, QDate(2024, 3, 31));
    expectIdentity(r.months);

    const auto &jan23 = monthOf(r.months, 2023, 1);
    EXPECT_EQ(jan23.activeAtStart, 0);
    EXPECT_EQ(jan23.newCustomers, (Ids{s.a, s.b}));
    EXPECT_TRUE(jan23.returning.empty());  // A's two orders fall on one day
    EXPECT_EQ(jan23.activeAtEnd, (Ids{s.a, s.b}));
    EXPECT_FALSE(jan23.churnRate.has_value());  // nobody active at the start

    const auto &feb23 = monthOf(r.months, 2023, 2);
    EXPECT_EQ(feb23.newCustomers, (Ids{s.c}));
    EXPECT_EQ(feb23.activeAtEnd, (Ids{s.a, s.b, s.c}));
    ASSERT_TRUE(feb23.churnRate.has_value());
    EXPECT_DOUBLE_EQ(*feb23.churnRate, 0.0);
    EXPECT_DOUBLE_EQ(*feb23.retentionRate, 1.0);

    // March 2023: A returns; C's refund does not make C returning.
    EXPECT_EQ(monthOf(r.months, 2023, 3).returning, (Ids{s.a}));

    // April 2023 has no purchase at all: still a row, nothing moves.
    const auto &apr23 = monthOf(r.months, 2023, 4);
    EXPECT_TRUE(apr23.newCustomers.empty());
    EXPECT_TRUE(apr23.returning.empty());
    EXPECT_TRUE(apr23.lost.empty());
    EXPECT_EQ(apr23.activeAtEnd, (Ids{s.a, s.b, s.c}));

    EXPECT_EQ(monthOf(r.months, 2023, 6).returning, (Ids{s.c}));

    // B's only purchase 2023-01-20 + 365 days = 2024-01-20: lost in January,
    // 1 of the 3 active at the start.
    const auto &jan24 = monthOf(r.months, 2024, 1);
    EXPECT_EQ(monthOf(r.months, 2023, 12).activeAtEnd, (Ids{s.a, s.b, s.c}));
    EXPECT_EQ(jan24.activeAtStart, 3);
    EXPECT_EQ(jan24.lost, (Ids{s.b}));
    EXPECT_EQ(jan24.activeAtEnd, (Ids{s.a, s.c}));
    EXPECT_DOUBLE_EQ(*jan24.churnRate, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*jan24.retentionRate, 2.0 / 3.0);

    // A: 2023-03-05 + 365 = 2024-03-04 (2024 has 29 Feb), lost; buys again
    // 2024-03-20, 381 days after the last purchase: reactivated (and
    // returning) in the same month, active at both ends.
    const auto &mar24 = monthOf(r.months, 2024, 3);
    EXPECT_EQ(monthOf(r.months, 2024, 2).activeAtEnd, (Ids{s.a, s.c}));
    EXPECT_EQ(mar24.activeAtStart, 2);
    EXPECT_EQ(mar24.lost, (Ids{s.a}));
    EXPECT_EQ(mar24.reactivated, (Ids{s.a}));
    EXPECT_EQ(mar24.returning, (Ids{s.a}));
    EXPECT_EQ(mar24.activeAtEnd, (Ids{s.a, s.c}));
    EXPECT_DOUBLE_EQ(*mar24.churnRate, 0.5);

    // Neither D (no orders) nor E (first order after the as-of date) is ever counted.
    for (const CustomerBaseMonth &m : r.months)
        for (int id : m.activeAtEnd)
            EXPECT_TRUE(id != s.d && id != s.e);
}

TEST(CustomerBaseSeriesTest, NinetyDayWindow)
{
    const Base s = base();
    const CustomerBaseResult r = CustomerBaseSeries::compute(s.history, QDate(2024, 3, 31), {90});
    EXPECT_EQ(r.lostWindowDays, 90);
    ASSERT_EQ(r.months.size(), 15u);
    expectIdentity(r.months);

    // B: 2023-01-20 + 90 days = 2023-04-20 (11 + 28 + 31 + 20).
    const auto &apr23 = monthOf(r.months, 2023, 4);
    EXPECT_EQ(apr23.activeAtStart, 3);
    EXPECT_EQ(apr23.lost, (Ids{s.b}));
    EXPECT_DOUBLE_EQ(*apr23.churnRate, 1.0 / 3.0);

    // C: 2023-02-15 + 90 = 2023-05-16 (13 + 31 + 30 + 16), before the next
    // purchase on 2023-06-10 (115 days later): lost in May...
    const auto &may23 = monthOf(r.months, 2023, 5);
    EXPECT_EQ(may23.lost, (Ids{s.c}));
    EXPECT_EQ(may23.activeAtEnd, (Ids{s.a}));
    EXPECT_DOUBLE_EQ(*may23.churnRate, 0.5);

    // ...reactivated in June; A (2023-03-05 + 90 = 2023-06-03) lost in June.
    const auto &jun23 = monthOf(r.months, 2023, 6);
    EXPECT_EQ(jun23.activeAtStart, 1);  // A: May's activeAtEnd
    EXPECT_EQ(jun23.lost, (Ids{s.a}));
    EXPECT_EQ(jun23.reactivated, (Ids{s.c}));
    EXPECT_EQ(jun23.returning, (Ids{s.c}));
    EXPECT_EQ(jun23.activeAtEnd, (Ids{s.c}));
    EXPECT_DOUBLE_EQ(*jun23.churnRate, 1.0);

    // C: 2023-06-10 + 90 = 2023-09-08 (20 + 31 + 31 + 8): lost in September,
    // after which nobody is active and churn is undefined.
    const auto &sep23 = monthOf(r.months, 2023, 9);
    EXPECT_EQ(sep23.lost, (Ids{s.c}));
    EXPECT_TRUE(sep23.activeAtEnd.empty());
    EXPECT_FALSE(monthOf(r.months, 2023, 12).churnRate.has_value());

    // A comes back 2024-03-20 into an empty base.
    const auto &mar24 = monthOf(r.months, 2024, 3);
    EXPECT_EQ(mar24.activeAtStart, 0);
    EXPECT_TRUE(mar24.lost.empty());
    EXPECT_EQ(mar24.reactivated, (Ids{s.a}));
    EXPECT_EQ(mar24.activeAtEnd, (Ids{s.a}));
}

TEST(CustomerBaseSeriesTest, PurchaseExactlyOnTheLostDayKeepsTheCustomer)
{
    DescriptiveHistoryBuilder h;
    const int kept = h.customer("kept");
    const int back = h.customer("back");
    // 2023-01-01 + 90 days = 2023-04-01 (31 + 28 + 31).
    h.buy(kept, QDate(2023, 1, 1), 10).buy(kept, QDate(2023, 4, 1), 10);
    h.buy(back, QDate(2023, 1, 1), 10).buy(back, QDate(2023, 4, 2), 10);
    const CustomerBaseResult r = CustomerBaseSeries::compute(h.build(), QDate(2023, 4, 30), {90});
    const auto &apr = monthOf(r.months, 2023, 4);
    EXPECT_EQ(apr.lost, (Ids{back}));
    EXPECT_EQ(apr.reactivated, (Ids{back}));
    EXPECT_EQ(apr.returning, (Ids{kept, back}));
    EXPECT_EQ(apr.activeAtEnd, (Ids{kept, back}));
    expectIdentity(r.months);
}

TEST(CustomerBaseSeriesTest, BreakdownsBySourceAndTypeCoverOnlyExistingCustomers)
{
    const Base s = base();
    const CustomerBaseResult r = CustomerBaseSeries::compute(s.history, QDate(2024, 3, 31));
    // Sources of customers who have bought: fair (B), web (A, C); D (web, no
    // orders) and E (referral, later) add nothing, so no "referral" group.
    ASSERT_EQ(r.bySource.size(), 2u);
    EXPECT_EQ(r.bySource[0].key, QStringLiteral("fair"));
    EXPECT_EQ(r.bySource[1].key, QStringLiteral("web"));
    ASSERT_EQ(r.bySource[0].months.size(), 15u);  // the overall months, so charts align
    const auto &fairJan24 = monthOf(r.bySource[0].months, 2024, 1);
    EXPECT_EQ(fairJan24.lost, (Ids{s.b}));
    EXPECT_DOUBLE_EQ(*fairJan24.churnRate, 1.0);
    const auto &webJan24 = monthOf(r.bySource[1].months, 2024, 1);
    EXPECT_EQ(webJan24.activeAtStart, 2);  // A, C
    EXPECT_DOUBLE_EQ(*webJan24.churnRate, 0.0);
    // Source Feb 2023: C is new to web, fair has nothing new.
    EXPECT_EQ(monthOf(r.bySource[1].months, 2023, 2).newCustomers, (Ids{s.c}));
    EXPECT_TRUE(monthOf(r.bySource[0].months, 2023, 2).newCustomers.empty());

    ASSERT_EQ(r.byType.size(), 2u);
    EXPECT_EQ(r.byType[0].key, QStringLiteral("customer"));
    EXPECT_EQ(r.byType[1].key, QStringLiteral("partner"));
    const auto &customerJan24 = monthOf(r.byType[0].months, 2024, 1);
    EXPECT_EQ(customerJan24.activeAtStart, 2);  // A, B
    EXPECT_DOUBLE_EQ(*customerJan24.churnRate, 0.5);
    for (const auto &group : r.bySource)
        expectIdentity(group.months);
}

TEST(CustomerBaseSeriesTest, AsOfCutsTheSeriesAndShortWindowsAreRaised)
{
    const Base s = base();
    // As of 2023-02-10: only A and B exist, the as-of month ends on the 10th.
    const CustomerBaseResult r = CustomerBaseSeries::compute(s.history, QDate(2023, 2, 10), {10});
    EXPECT_EQ(r.lostWindowDays, CustomerBaseSettings::MinimumLostWindowDays);
    ASSERT_EQ(r.months.size(), 2u);
    EXPECT_EQ(r.months[1].periodEnd, QDate(2023, 2, 10));
    EXPECT_TRUE(r.months[1].newCustomers.empty());  // C starts on the 15th
    // 31-day window: B (2023-01-20) is still active on 2023-02-10; A
    // (2023-01-10 + 31 = 2023-02-10) is lost on the as-of day itself.
    EXPECT_EQ(r.months[1].lost, (Ids{s.a}));
    EXPECT_EQ(r.months[1].activeAtEnd, (Ids{s.b}));

    EXPECT_TRUE(CustomerBaseSeries::compute(s.history, QDate(2022, 12, 31)).months.empty());
    EXPECT_TRUE(CustomerBaseSeries::compute(PurchaseHistory{}, QDate(2024, 1, 1)).months.empty());
}
