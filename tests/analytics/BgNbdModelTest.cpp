#include "CdnowFiles.h"

#include "analytics/BgNbdModel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

using namespace rapport::analytics;
using namespace rapport::analytics::lifetimetest;

namespace {

// Fader, Hardie & Lee (2005), rounded as published.
const BgNbdParameters kPublished{0.243, 4.414, 0.793, 2.426};
// BTYD walkthrough, section 4: bgnbd.EstimateParameters on the same data.
const BgNbdParameters kBtyd{0.2425982, 4.4136842, 0.7929899, 2.4261667};
// CLVTools' own fit (test_correctness_bgnbd.R), which stops closer to the
// maximum than BTYD's optim run.
const BgNbdParameters kClvTools{0.2425945, 4.4136019, 0.7929199, 2.4258881};
// BTYD's walkthrough prints its parameters to 7 digits and sums the 2F1
// series itself; GSL's 2F1 agrees with an arbitrary-precision evaluation to
// 1e-14 here, so what is left is the walkthrough's rounding: 1e-5 relative.
constexpr double kWalkthroughRelative = 1e-5;

RepeatPurchaseSummary cdnowCalibration()
{
    return RepeatPurchaseSummary::summarise(loadCdnowSample(), QDate(1997, 9, 30));
}

} // namespace

TEST(BgNbdModel, FitReproducesFaderHardieLee2005OnCdnow)
{
    const RepeatPurchaseSummary summary = cdnowCalibration();
    ASSERT_EQ(summary.customers().size(), 2357u);
    const ModelFit<BgNbdModel> fit = BgNbdModel::fit(summary.customers());
    ASSERT_TRUE(fit.ok()) << fit.error.toStdString();
    const BgNbdParameters &p = fit.model->parameters();
    std::printf("BG/NBD fit: r=%.7f alpha=%.7f a=%.7f b=%.7f (published 0.243 4.414 0.793 2.426; BTYD 0.2425982 4.4136842 "
                "0.7929899 2.4261667)\n  LL=%.4f (published -9582.429), %d iterations\n",
                p.r, p.alpha, p.a, p.b, fit.logLikelihood, fit.iterations);
    EXPECT_NEAR(p.r, kPublished.r, 0.0005);
    EXPECT_NEAR(p.alpha, kPublished.alpha, 0.0005);
    EXPECT_NEAR(p.a, kPublished.a, 0.0005);
    EXPECT_NEAR(p.b, kPublished.b, 0.0005);
    EXPECT_NEAR(fit.logLikelihood, -9582.429, 0.001);
    // The maximum is at least as high as BTYD's point, and both agree to
    // four significant digits.
    EXPECT_GE(fit.logLikelihood, BgNbdModel(kBtyd).logLikelihood(summary.customers()) - 1e-6);
    EXPECT_NEAR(p.r / kBtyd.r, 1.0, 1e-3);
    EXPECT_NEAR(p.alpha / kBtyd.alpha, 1.0, 1e-3);
    EXPECT_NEAR(p.a / kBtyd.a, 1.0, 1e-3);
    EXPECT_NEAR(p.b / kBtyd.b, 1.0, 1e-3);
    EXPECT_NEAR(p.r / kClvTools.r, 1.0, 5e-5);
    EXPECT_NEAR(p.alpha / kClvTools.alpha, 1.0, 5e-5);
    EXPECT_NEAR(p.a / kClvTools.a, 1.0, 5e-5);
    EXPECT_NEAR(p.b / kClvTools.b, 1.0, 5e-5);
}

TEST(BgNbdModel, LogLikelihoodAtBtydParametersIsTheirs)
{
    EXPECT_NEAR(BgNbdModel(kBtyd).logLikelihood(cdnowCalibration().customers()), -9582.429, 0.001);
}

TEST(BgNbdModel, FitOnTheRoundedLifetimesSummary)
{
    // cdnow_customers_summary_with_transactions.csv rounds t_x and T to two
    // decimals, so only the published three decimals are expected.
    const ModelFit<BgNbdModel> fit = BgNbdModel::fit(loadCdnowSummaryWithSpend());
    ASSERT_TRUE(fit.ok()) << fit.error.toStdString();
    EXPECT_NEAR(fit.model->parameters().r, kPublished.r, 0.0005);
    EXPECT_NEAR(fit.model->parameters().alpha, kPublished.alpha, 0.0005);
    EXPECT_NEAR(fit.model->parameters().a, kPublished.a, 0.0005);
    EXPECT_NEAR(fit.model->parameters().b, kPublished.b, 0.0005);
    EXPECT_NEAR(fit.logLikelihood, -9582.4, 0.05);
}

// Hardie's spreadsheet values (lifetimes test_estimation.py, which compares
// them, at 3 decimals, with its own maximum-likelihood fit): E[X(t)] at the MLE.
// They are not reproducible from the rounded parameters (1.8605 at t = 78).
TEST(BgNbdModel, UnconditionalExpectation)
{
    const ModelFit<BgNbdModel> fit = BgNbdModel::fit(cdnowCalibration().customers());
    ASSERT_TRUE(fit.ok()) << fit.error.toStdString();
    const BgNbdModel &model = *fit.model;
    const double t[] = {0.1429, 1, 3, 31.8571, 32, 78};
    const double expected[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < 6; ++i) {
        QString error;
        const double mine = model.expectedTransactions(t[i], &error);
        std::printf("E[X(%g)] = %.5f (published %.4f)\n", t[i], mine, expected[i]);
        EXPECT_NEAR(mine, expected[i], 0.0005) << "t=" << t[i] << " " << error.toStdString();
    }
    EXPECT_EQ(model.expectedTransactions(0), 0.0);
    // BTYD walkthrough: bgnbd.Expectation(params, t=52).
    EXPECT_NEAR(BgNbdModel(kBtyd).expectedTransactions(52) / 1.444004, 1.0, kWalkthroughRelative);
}

TEST(BgNbdModel, ConditionalExpectationAndProbabilityAlive)
{
    // Hardie's spreadsheet (lifetimes): x=2, t_x=30.43, T=38.86.
    EXPECT_NEAR(BgNbdModel(kPublished).conditionalExpectedTransactions(39, 2, 30.43, 38.86), 1.226, 0.0005);

    // BTYD walkthrough, customer 1516.
    const BgNbdModel btyd(kBtyd);
    EXPECT_NEAR(btyd.conditionalExpectedTransactions(52, 26, 30.85714, 31) / 25.75659, 1.0, kWalkthroughRelative);
    EXPECT_NEAR(btyd.probabilityAlive(26, 30.85714, 31) / 0.9688523, 1.0, kWalkthroughRelative);

    // The "increasing frequency paradox": more purchases with the same
    // recency means a likelier dropout, so fewer expected purchases.
    const int x[] = {10, 15, 20, 25};
    const double expected[] = {0.3474606, 0.04283391, 0.004158973, 0.0003583685};
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(btyd.conditionalExpectedTransactions(52, x[i], 20, 39) / expected[i], 1.0, kWalkthroughRelative) << "x=" << x[i];
}

TEST(BgNbdModel, ProbabilityOfTransactions)
{
    const BgNbdModel model(kPublished);
    EXPECT_NEAR(model.probabilityOfTransactions(10, 2) / 1.07869e-07, 1.0, 1e-5);
    EXPECT_NEAR(model.probabilityOfTransactions(0, 39), 0.5737864, 5e-8);
    EXPECT_NEAR(model.probabilityOfTransactions(11, 30), 0.0019995214, 5e-11);
    EXPECT_NEAR(model.probabilityOfTransactions(12, 30), 0.0015170236, 5e-11);
    // A distribution: the probabilities over n sum to one.
    double total = 0;
    for (int n = 0; n < 2000; ++n)
        total += model.probabilityOfTransactions(n, 39);
    EXPECT_NEAR(total, 1.0, 1e-6);
}

TEST(BgNbdModel, ExpectationIsContinuousAcrossAEqualsOne)
{
    // a = 1 is a removable 0/0 in equations 7 and 10.
    for (double a : {1.0 - 1e-3, 1.0, 1.0 + 1e-3}) {
        const BgNbdModel m({0.3, 4.0, a, 2.5});
        const BgNbdModel near({0.3, 4.0, 1.0 + 2e-3, 2.5});
        EXPECT_NEAR(m.expectedTransactions(20), near.expectedTransactions(20), 1e-3) << a;
        EXPECT_NEAR(m.conditionalExpectedTransactions(20, 3, 10, 30), near.conditionalExpectedTransactions(20, 3, 10, 30), 1e-3) << a;
        EXPECT_TRUE(std::isfinite(m.expectedTransactions(20)));
    }
}

TEST(BgNbdModel, RefusesDataWithoutRepeatPurchases)
{
    // Three one-time buyers, one of whom bought twice on the same day (one
    // transaction), and a later purchase after the as-of date (not seen).
    PurchaseHistory history;
    for (int i = 0; i < 3; ++i)
        history.customers.push_back({QString::number(i), {}, {}, {}, {}});
    history.purchases = {{0, QDate(2024, 1, 3), 10, 0}, {1, QDate(2024, 2, 1), 20, 0}, {1, QDate(2024, 2, 1), 5, 0},
                         {2, QDate(2024, 1, 9), 30, 0}, {2, QDate(2024, 6, 1), 30, 0}};
    history.sort();
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(history, QDate(2024, 3, 31));
    ASSERT_EQ(summary.customers().size(), 3u);
    ASSERT_EQ(summary.repeaters(), 0);
    const ModelFit<BgNbdModel> fit = BgNbdModel::fit(summary.customers());
    EXPECT_FALSE(fit.ok());
    EXPECT_FALSE(fit.model.has_value());
    EXPECT_TRUE(fit.error.contains(QLatin1String("bought again"))) << fit.error.toStdString();

    const ModelFit<BgNbdModel> empty = BgNbdModel::fit({});
    EXPECT_FALSE(empty.ok());
    EXPECT_FALSE(empty.error.isEmpty());
}

TEST(BgNbdModel, LongHorizonsStayWithinGslsDomain)
{
    // 2F1's argument t / (alpha + t) approaches 1 for horizons of years.
    const BgNbdModel model(kBtyd);
    double previous = 0;
    for (double t : {52.0, 104.0, 520.0, 2600.0}) {
        QString error;
        const double e = model.expectedTransactions(t, &error);
        EXPECT_TRUE(error.isEmpty()) << t << ": " << error.toStdString();
        EXPECT_GT(e, previous) << t;
        previous = e;
        const double y = model.conditionalExpectedTransactions(t, 26, 30.85714, 31, &error);
        EXPECT_TRUE(std::isfinite(y) && error.isEmpty()) << t << ": " << error.toStdString();
    }
}

TEST(BgNbdModel, ConditionalExpectationOfANewCustomerIsTheUnconditionalOne)
{
    // x = 0, t_x = 0, T = 0 is someone who has just bought for the first time.
    const BgNbdModel model(kBtyd);
    EXPECT_NEAR(model.conditionalExpectedTransactions(52, 0, 0, 0), model.expectedTransactions(52), 1e-9);
    EXPECT_EQ(model.probabilityAlive(0, 0, 30), 1.0);
}
