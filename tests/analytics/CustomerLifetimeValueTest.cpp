#include "CdnowFiles.h"

#include "analytics/CustomerLifetimeValue.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rapport::analytics;
using namespace rapport::analytics::lifetimetest;

namespace {

const BgNbdModel kPurchases({0.2425982, 4.4136842, 0.7929899, 2.4261667});
const GammaGammaModel kSpend({6.25, 3.74, 15.44});

CustomerRepeatPurchases repeater()
{
    CustomerRepeatPurchases c;
    c.x = 4;
    c.tx = 20;
    c.T = 30;
    c.spendCount = 4;
    c.meanRepeatSpend = 50;
    return c;
}

} // namespace

TEST(CustomerLifetimeValue, OneUndiscountedWeekIsExpectedPurchasesTimesSpend)
{
    const CustomerRepeatPurchases c = repeater();
    const CustomerLifetime v = CustomerLifetimeValue(kPurchases, kSpend, 1, 0.0).valueOf(c);
    ASSERT_TRUE(v.error.isEmpty()) << v.error.toStdString();
    // Hand computation from the two models: E[Y(1)] x E[M].
    const double spend = (15.44 + 50 * 4) * 6.25 / (6.25 * 4 + 3.74 - 1);
    EXPECT_NEAR(v.expectedSpend, spend, 1e-12);
    EXPECT_NEAR(v.lifetimeValue, kPurchases.conditionalExpectedTransactions(1, 4, 20, 30) * spend, 1e-12);
    EXPECT_GT(v.lifetimeValue, 0);
}

TEST(CustomerLifetimeValue, DiscountsEachWeeksPurchases)
{
    const CustomerRepeatPurchases c = repeater();
    const double e1 = kPurchases.conditionalExpectedTransactions(1, 4, 20, 30);
    const double e2 = kPurchases.conditionalExpectedTransactions(2, 4, 20, 30);
    const double d = 0.10;
    const double weekly = std::pow(1.10, -7.0 / 365.25);
    const CustomerLifetime v = CustomerLifetimeValue(kPurchases, kSpend, 2, d).valueOf(c);
    EXPECT_NEAR(v.lifetimeValue, (e1 * weekly + (e2 - e1) * weekly * weekly) * v.expectedSpend, 1e-12);
    EXPECT_NEAR(v.expectedTransactions, e2, 1e-12);

    const double undiscounted = CustomerLifetimeValue(kPurchases, kSpend, 104, 0.0).valueOf(c).lifetimeValue;
    const double discounted = CustomerLifetimeValue(kPurchases, kSpend, 104, 0.15).valueOf(c).lifetimeValue;
    EXPECT_LT(discounted, undiscounted);
    EXPECT_NEAR(undiscounted, kPurchases.conditionalExpectedTransactions(104, 4, 20, 30) * v.expectedSpend, 1e-9);
}

TEST(CustomerLifetimeValue, ValueAtRiskFollowsTheChanceTheCustomerIsGone)
{
    const CustomerLifetimeValue clv(kPurchases, kSpend, 52, 0.1);
    CustomerRepeatPurchases newcomer;  // x = 0: P(alive) = 1 in BG/NBD
    newcomer.T = 10;
    const CustomerLifetime sure = clv.valueOf(newcomer);
    EXPECT_EQ(sure.probabilityAlive, 1.0);
    EXPECT_EQ(sure.valueAtRisk, 0.0);
    EXPECT_EQ(sure.expectedSpend, kSpend.populationMeanSpend());

    CustomerRepeatPurchases quiet = repeater();
    quiet.tx = 5;  // four purchases, then 25 silent weeks
    const CustomerLifetime risky = clv.valueOf(quiet);
    EXPECT_LT(risky.probabilityAlive, 0.5);
    EXPECT_NEAR(risky.valueAtRisk, risky.lifetimeValue * (1 - risky.probabilityAlive), 1e-12);
    EXPECT_GT(risky.valueAtRisk, 0);
}

TEST(CustomerLifetimeValue, ValuesTheWholeCdnowCohort)
{
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(loadCdnowSample(), QDate(1997, 9, 30));
    const std::vector<CustomerLifetime> values = CustomerLifetimeValue(kPurchases, kSpend, 52, 0.1).valueAll(summary);
    ASSERT_EQ(values.size(), 2357u);
    for (const CustomerLifetime &v : values) {
        ASSERT_TRUE(v.error.isEmpty()) << v.error.toStdString();
        ASSERT_TRUE(std::isfinite(v.lifetimeValue) && v.lifetimeValue >= 0) << v.customer;
        ASSERT_LE(v.valueAtRisk, v.lifetimeValue);
    }
}
