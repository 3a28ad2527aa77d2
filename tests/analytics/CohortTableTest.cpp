#include "analytics/CohortTable.h"

#include "DescriptiveHistoryBuilder.h"

#include <gtest/gtest.h>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Ids = std::vector<int>;

namespace {

// A: 100 + 50 on 2023-01-10 (one day), 80 on 2023-03-05, 70 on 2024-03-20.
// B: one order of 200 on 2023-01-20.
// C: 30 on 2023-02-15, refund -30 on 2023-03-02, 40 on 2023-06-10.
// D: no orders. E: 500 on 2023-07-01, after the as-of dates used here.
struct Shop
{
    int a, b, c, d, e;
    PurchaseHistory history;
};

Shop shop()
{
    DescriptiveHistoryBuilder h;
    Shop s{};
    s.a = h.customer("A");
    s.b = h.customer("B");
    s.c = h.customer("C");
    s.d = h.customer("D");
    s.e = h.customer("E");
    h.buy(s.a, QDate(2023, 1, 10), 100).buy(s.a, QDate(2023, 1, 10), 50).buy(s.a, QDate(2023, 3, 5), 80);
    h.buy(s.a, QDate(2024, 3, 20), 70);
    h.buy(s.b, QDate(2023, 1, 20), 200);
    h.buy(s.c, QDate(2023, 2, 15), 30).buy(s.c, QDate(2023, 3, 2), -30).buy(s.c, QDate(2023, 6, 10), 40);
    h.buy(s.e, QDate(2023, 7, 1), 500);
    s.history = h.build();
    return s;
}

} // namespace

TEST(CohortTableTest, CohortsByFirstMonthWithRetentionAndRevenue)
{
    const Shop s = shop();
    const CohortTableResult r = CohortTable::compute(s.history, QDate(2023, 6, 15));
    // Two cohorts: January (A, B) and February (C); D never bought, E later.
    ASSERT_EQ(r.cohorts.size(), 2u);

    const Cohort &jan = r.cohorts[0];
    EXPECT_EQ(jan.month, QDate(2023, 1, 1));
    EXPECT_EQ(jan.customers, (Ids{s.a, s.b}));
    // Months 0..5 = January..June 2023; July onwards is absent, not zero.
    ASSERT_EQ(jan.cells.size(), 6u);
    // Month 0: both bought; 100 + 50 + 200 = 350, per customer 175.
    EXPECT_EQ(jan.cells[0].customers, (Ids{s.a, s.b}));
    EXPECT_DOUBLE_EQ(jan.cells[0].retention, 1.0);
    EXPECT_DOUBLE_EQ(jan.cells[0].revenue, 350.0);
    EXPECT_DOUBLE_EQ(jan.cells[0].cumulativeRevenuePerCustomer, 175.0);
    // Month 1 (February): nobody, nothing; cumulative unchanged.
    EXPECT_TRUE(jan.cells[1].customers.empty());
    EXPECT_DOUBLE_EQ(jan.cells[1].retention, 0.0);
    EXPECT_DOUBLE_EQ(jan.cells[1].revenue, 0.0);
    EXPECT_DOUBLE_EQ(jan.cells[1].cumulativeRevenuePerCustomer, 175.0);
    // Month 2 (March): A for 80; (350 + 80) / 2 = 215.
    EXPECT_EQ(jan.cells[2].customers, (Ids{s.a}));
    EXPECT_DOUBLE_EQ(jan.cells[2].retention, 0.5);
    EXPECT_DOUBLE_EQ(jan.cells[2].revenue, 80.0);
    EXPECT_DOUBLE_EQ(jan.cells[2].cumulativeRevenuePerCustomer, 215.0);
    // Month 5 (June, as-of month, cut at the 15th): nothing, partial.
    EXPECT_TRUE(jan.cells[5].customers.empty());
    EXPECT_TRUE(jan.cells[5].partial);
    EXPECT_FALSE(jan.cells[4].partial);
    EXPECT_DOUBLE_EQ(jan.cells[5].cumulativeRevenuePerCustomer, 215.0);

    const Cohort &feb = r.cohorts[1];
    EXPECT_EQ(feb.customers, (Ids{s.c}));
    ASSERT_EQ(feb.cells.size(), 5u);  // February..June
    EXPECT_DOUBLE_EQ(feb.cells[0].revenue, 30.0);
    // March: only the refund. Revenue -30, but a refund is not buying:
    // C is not retained in March, and cumulative per customer drops to 0.
    EXPECT_TRUE(feb.cells[1].customers.empty());
    EXPECT_DOUBLE_EQ(feb.cells[1].revenue, -30.0);
    EXPECT_DOUBLE_EQ(feb.cells[1].cumulativeRevenuePerCustomer, 0.0);
    // June 10 is before the as-of date: C is back, 40.
    EXPECT_EQ(feb.cells[4].customers, (Ids{s.c}));
    EXPECT_DOUBLE_EQ(feb.cells[4].retention, 1.0);
    EXPECT_DOUBLE_EQ(feb.cells[4].cumulativeRevenuePerCustomer, 40.0);
    for (int k = 0; k < 5; ++k)
        EXPECT_EQ(feb.cells[size_t(k)].monthsSince, k);
}

TEST(CohortTableTest, AsOfAtMonthEndIsNotPartialAndLaterPurchasesAreIgnored)
{
    const Shop s = shop();
    const CohortTableResult r = CohortTable::compute(s.history, QDate(2023, 6, 30));
    ASSERT_EQ(r.cohorts.size(), 2u);  // E's 2023-07-01 order is the next day
    EXPECT_FALSE(r.cohorts[0].cells.back().partial);
    // A's 2024 order must not reach the January cohort: total stays 430.
    EXPECT_DOUBLE_EQ(r.cohorts[0].cells.back().cumulativeRevenuePerCustomer, 215.0);

    const CohortTableResult later = CohortTable::compute(s.history, QDate(2024, 3, 31));
    ASSERT_EQ(later.cohorts.size(), 3u);  // July 2023: E
    EXPECT_EQ(later.cohorts[2].customers, (Ids{s.e}));
    // January 2023 .. March 2024 = 15 months; month 14 holds A's 70:
    // (430 + 70) / 2 = 250.
    ASSERT_EQ(later.cohorts[0].cells.size(), 15u);
    EXPECT_EQ(later.cohorts[0].cells[14].customers, (Ids{s.a}));
    EXPECT_DOUBLE_EQ(later.cohorts[0].cells[14].cumulativeRevenuePerCustomer, 250.0);

    EXPECT_TRUE(CohortTable::compute(s.history, QDate(2022, 12, 31)).cohorts.empty());
}
