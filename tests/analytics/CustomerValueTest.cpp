#include "analytics/CustomerValue.h"

#include "DescriptiveHistoryBuilder.h"

#include <gtest/gtest.h>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Ids = std::vector<int>;

namespace {

std::vector<int> customersOf(const std::vector<CustomerValueRow> &rows)
{
    std::vector<int> ids;
    for (const CustomerValueRow &row : rows)
        ids.push_back(row.customer);
    return ids;
}

} // namespace

TEST(CustomerValueTest, ParetoWhaleCurveAndCostToServeWithDefaultUnitCosts)
{
    DescriptiveHistoryBuilder h;
    const int big = h.customer("big");
    const int mid = h.customer("mid");
    const int small = h.customer("small");
    const int costly = h.customer("costly");
    const int refunded = h.customer("refunded");
    const int prospect = h.customer("prospect, no orders");
    const int later = h.customer("first order after as-of");
    const QDate asOf(2024, 6, 30);
    h.buy(big, QDate(2024, 1, 5), 600, 360).buy(big, QDate(2024, 1, 5), 400, 240);  // 1000, cost 600
    h.buy(mid, QDate(2024, 2, 1), 500, 200);
    h.buy(small, QDate(2024, 3, 1), 300, 100);
    h.buy(costly, QDate(2024, 4, 1), 150, 100);
    h.buy(refunded, QDate(2024, 5, 1), 100, 40).buy(refunded, QDate(2024, 5, 9), -50);  // 50, cost 40
    h.buy(later, QDate(2024, 7, 1), 9999, 1);

    const std::vector<ActivityCount> activities{
        {big, "visit", 2},      // 2 x 120 = 240
        {big, "call", 5},       // 5 x 8 = 40
        {big, "webinar", 3},    // not priced: 0
        {mid, "meeting", 1},    // 80
        {mid, "email", 10},     // 10 x 2 = 20
        {costly, "visit", 3},   // 360
        {costly, "note", 4},    // 0
        {costly, "task", 1},    // 5
        {prospect, "call", 2},  // 16, nobody to charge
        {later, "meeting", 1},  // 80, not a customer yet
    };
    const CustomerValueResult r = CustomerValue::compute(h.build(), asOf, activities);

    // Revenue: big 1000, mid 500, small 300, costly 150, refunded 50; total 2000.
    EXPECT_EQ(customersOf(r.byRevenue), (Ids{big, mid, small, costly, refunded}));
    EXPECT_DOUBLE_EQ(r.byRevenue[4].revenue, 50.0);
    EXPECT_DOUBLE_EQ(r.paretoCurve.total, 2000.0);
    ASSERT_TRUE(r.paretoCurve.sharesDefined);
    // Curve: 1000, 1500, 1800, 1950, 2000 of 2000.
    ASSERT_EQ(r.paretoCurve.points.size(), 6u);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[0].cumulativeShare, 0.0);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[1].customerShare, 0.2);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[1].cumulativeShare, 0.5);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[2].cumulativeShare, 0.75);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[3].cumulativeShare, 0.9);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[4].cumulativeShare, 0.975);
    EXPECT_DOUBLE_EQ(r.paretoCurve.points[5].cumulativeShare, 1.0);
    // Top 20 % of 5 customers = 1 customer = 1000 / 2000.
    EXPECT_EQ(r.top20Customers, (Ids{big}));
    EXPECT_DOUBLE_EQ(r.top20RevenueShare, 0.5);
    // Five customers: rank r goes to decile 2r + 1.
    ASSERT_EQ(r.revenueDeciles.size(), 10u);
    EXPECT_EQ(r.revenueDeciles[0].customers, (Ids{big}));
    EXPECT_DOUBLE_EQ(r.revenueDeciles[0].share, 0.5);
    EXPECT_TRUE(r.revenueDeciles[1].customers.empty());
    EXPECT_EQ(r.revenueDeciles[2].customers, (Ids{mid}));
    EXPECT_DOUBLE_EQ(r.revenueDeciles[6].share, 0.075);   // costly, 150 / 2000
    EXPECT_EQ(r.revenueDeciles[8].customers, (Ids{refunded}));
    EXPECT_DOUBLE_EQ(r.revenueDeciles[8].share, 0.025);

    // Profit = revenue - cost of goods - cost to serve:
    //   big 1000 - 600 - 280 = 120; mid 500 - 200 - 100 = 200;
    //   small 300 - 100 - 0 = 200; costly 150 - 100 - 365 = -315;
    //   refunded 50 - 40 - 0 = 10. Total 215.
    EXPECT_EQ(customersOf(r.byProfit), (Ids{mid, small, big, refunded, costly}));  // mid before small: tie, index
    EXPECT_DOUBLE_EQ(r.byProfit[2].costToServe, 280.0);
    EXPECT_DOUBLE_EQ(r.byProfit[2].profit, 120.0);
    EXPECT_DOUBLE_EQ(r.byProfit[4].costToServe, 365.0);
    EXPECT_DOUBLE_EQ(r.byProfit[4].profit, -315.0);
    EXPECT_DOUBLE_EQ(r.whaleCurve.total, 215.0);
    // Whale: cumulative 200, 400, 520, 530, 215 -> peak after 4 customers at
    // 530 / 215 = 246.5 % of the total profit, back to 100 % at the end.
    ASSERT_EQ(r.whaleCurve.points.size(), 6u);
    EXPECT_DOUBLE_EQ(r.whaleCurve.points[2].cumulative, 400.0);
    EXPECT_DOUBLE_EQ(r.whaleCurve.points[4].cumulative, 530.0);
    EXPECT_EQ(r.whaleCurve.peakCustomers, 4);
    EXPECT_DOUBLE_EQ(r.whaleCurve.peakShare, 530.0 / 215.0);
    EXPECT_GT(r.whaleCurve.peakShare, 1.0);
    EXPECT_DOUBLE_EQ(r.whaleCurve.points[5].cumulativeShare, 1.0);
    EXPECT_EQ(r.profitDeciles[8].customers, (Ids{costly}));
    EXPECT_DOUBLE_EQ(r.profitDeciles[8].amount, -315.0);
    // Activities of the prospect (16) and of the later customer (80).
    EXPECT_DOUBLE_EQ(r.unattributedCostToServe, 96.0);
}

TEST(CustomerValueTest, DecilesOfTwentyCustomersHoldTwoEach)
{
    DescriptiveHistoryBuilder h;
    for (int i = 1; i <= 20; ++i)
        h.buy(h.customer(QString::number(i)), QDate(2024, 1, 1), i);  // revenue 1..20, total 210
    const CustomerValueResult r = CustomerValue::compute(h.build(), QDate(2024, 1, 1));
    for (const ValueDecile &d : r.revenueDeciles)
        EXPECT_EQ(d.customers.size(), 2u);
    EXPECT_DOUBLE_EQ(r.revenueDeciles[0].amount, 39.0);  // 20 + 19
    EXPECT_DOUBLE_EQ(r.revenueDeciles[0].share, 39.0 / 210.0);
    EXPECT_DOUBLE_EQ(r.revenueDeciles[9].amount, 3.0);   // 2 + 1
    // Top 20 %: 4 customers, 20 + 19 + 18 + 17 = 74.
    EXPECT_EQ(r.top20Customers.size(), 4u);
    EXPECT_DOUBLE_EQ(r.top20RevenueShare, 74.0 / 210.0);
    // Unit costs are settings: doubling the visit cost changes profit.
    CostToServe costs;
    costs.unitCostByKind[QStringLiteral("visit")] = 240;
    const CustomerValueResult priced = CustomerValue::compute(h.build(), QDate(2024, 1, 1), {{19, "visit", 1}}, costs);
    EXPECT_EQ(priced.byProfit.back().customer, 19);  // revenue 20 - 240 = -220
    EXPECT_DOUBLE_EQ(priced.byProfit.back().profit, -220.0);
}

TEST(CustomerValueTest, LossMakingBaseHasNoShares)
{
    DescriptiveHistoryBuilder h;
    const int only = h.customer("only");
    h.buy(only, QDate(2024, 1, 1), 10);
    // 10 - 120 (one visit) = -110: a total profit below zero has no shares.
    const CustomerValueResult r = CustomerValue::compute(h.build(), QDate(2024, 1, 1), {{only, "visit", 1}});
    EXPECT_FALSE(r.whaleCurve.sharesDefined);
    EXPECT_DOUBLE_EQ(r.whaleCurve.points[1].cumulative, -110.0);
    EXPECT_DOUBLE_EQ(r.whaleCurve.points[1].cumulativeShare, 0.0);
    EXPECT_DOUBLE_EQ(r.profitDeciles[0].share, 0.0);
    EXPECT_TRUE(r.paretoCurve.sharesDefined);

    const CustomerValueResult none = CustomerValue::compute(h.build(), QDate(2023, 12, 31));
    EXPECT_TRUE(none.byRevenue.empty());
    EXPECT_TRUE(none.top20Customers.empty());
    EXPECT_EQ(none.paretoCurve.points.size(), 1u);
}
