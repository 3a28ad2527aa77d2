// The fits maximise the likelihood over distinct customer summaries weighted
// by how many customers share each (BgNbdModel::DistinctHistories,
// GammaGammaModel::DistinctSpenders). These tests pin that objective to the
// published per-customer sum, so the compression can never change what is
// maximised.
#include "CdnowFiles.h"

#include "analytics/BgNbdModel.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/LifetimeAnalysis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace rapport::analytics;
using namespace rapport::analytics::lifetimetest;

namespace {

// Customers drawn so that summaries repeat: days from a short range, few
// purchase counts, spend in whole dollars over few counts; a third one-time buyers.
std::vector<CustomerRepeatPurchases> randomCustomers(unsigned seed, int n)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> firstDay(0, 30), count(1, 4), dollars(1, 40), coin(0, 2);
    std::vector<CustomerRepeatPurchases> out;
    for (int i = 0; i < n; ++i) {
        CustomerRepeatPurchases c;
        c.customer = i;
        const int T = firstDay(random);
        c.T = T / 7.0;
        if (coin(random) != 0 && T > 0) {
            c.x = count(random);
            c.tx = std::uniform_int_distribution<int>(1, T)(random) / 7.0;
            c.spendCount = c.x - (coin(random) == 0 ? 1 : 0);  // sometimes a free repeat day
            c.meanRepeatSpend = c.spendCount > 0 ? dollars(random) / double(c.spendCount) : 0;
        }
        out.push_back(c);
    }
    return out;
}

double relative(double mine, double reference)
{
    return std::fabs(mine - reference) / std::fabs(reference);
}

} // namespace

TEST(DistinctCustomersLikelihood, BgNbdWeightedSumIsThePerCustomerSum)
{
    for (unsigned seed : {1u, 2u, 3u}) {
        const std::vector<CustomerRepeatPurchases> customers = randomCustomers(seed, 5000);
        const BgNbdModel::DistinctHistories histories(customers);
        EXPECT_EQ(histories.customers(), customers.size());
        EXPECT_LT(histories.histories().size(), customers.size() / 2) << "the draw should repeat summaries";
        double weights = 0;
        for (const auto &h : histories.histories())
            weights += h.weight;
        EXPECT_EQ(weights, double(customers.size()));
        for (const BgNbdParameters &p : {BgNbdParameters{0.243, 4.414, 0.793, 2.426}, BgNbdParameters{1, 1, 1, 1},
                                         BgNbdParameters{3.5, 0.2, 0.05, 40}, BgNbdParameters{0.01, 80, 12, 0.3}}) {
            const BgNbdModel model(p);
            const double plain = model.logLikelihood(customers);
            ASSERT_TRUE(std::isfinite(plain));
            // Each term is the same number; only the order of 5000 additions differs.
            EXPECT_LT(relative(model.logLikelihood(histories), plain), 1e-12) << "seed " << seed << " r " << p.r;
        }
        EXPECT_TRUE(std::isnan(BgNbdModel({-1, 1, 1, 1}).logLikelihood(histories)));
    }
}

TEST(DistinctCustomersLikelihood, GammaGammaWeightedSumIsThePerCustomerSum)
{
    for (unsigned seed : {4u, 5u, 6u}) {
        const std::vector<CustomerRepeatPurchases> customers = randomCustomers(seed, 5000);
        const GammaGammaModel::DistinctSpenders spenders(customers);
        size_t positive = 0;
        for (const auto &c : customers)
            positive += c.spendCount > 0 && c.meanRepeatSpend > 0 ? 1 : 0;
        EXPECT_EQ(spenders.customers(), positive);
        EXPECT_LT(spenders.spenders().size(), positive / 2) << "the draw should repeat summaries";
        for (const GammaGammaParameters &p : {GammaGammaParameters{6.25, 3.74, 15.44}, GammaGammaParameters{1, 1, 1},
                                              GammaGammaParameters{0.3, 25, 0.01}, GammaGammaParameters{40, 0.5, 900}}) {
            const GammaGammaModel model(p);
            const double plain = model.logLikelihood(customers);
            ASSERT_TRUE(std::isfinite(plain));
            EXPECT_LT(relative(model.logLikelihood(spenders), plain), 1e-12) << "seed " << seed << " p " << p.p;
        }
        EXPECT_TRUE(std::isnan(GammaGammaModel({1, -1, 1}).logLikelihood(spenders)));
    }
}

TEST(DistinctCustomersLikelihood, CdnowWeightedSumsAreThePublishedOnes)
{
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(loadCdnowSample(), QDate(1997, 9, 30));
    ASSERT_EQ(summary.customers().size(), 2357u);
    const BgNbdModel bg({0.2425982, 4.4136842, 0.7929899, 2.4261667});
    EXPECT_LT(relative(bg.logLikelihood(BgNbdModel::DistinctHistories(summary.customers())), bg.logLikelihood(summary.customers())), 1e-12);
    const GammaGammaModel gg({6.25, 3.74, 15.44});
    EXPECT_LT(relative(gg.logLikelihood(GammaGammaModel::DistinctSpenders(summary.customers())), gg.logLikelihood(summary.customers())),
              1e-12);
}

TEST(DistinctCustomersLikelihood, LifetimeAnalysisValuesEveryCustomerAsValueAllDoes)
{
    // compute() values each distinct summary once, on several threads, and
    // copies the result: the numbers must be valueAll's, in its order.
    const PurchaseHistory cdnow = loadCdnowSample();
    ASSERT_EQ(cdnow.customers.size(), 2357u);
    const LifetimeAnalysis lifetime = LifetimeAnalysis::compute(cdnow, QDate(1997, 9, 30));
    ASSERT_TRUE(lifetime.purchases.ok()) << lifetime.purchases.error.toStdString();
    ASSERT_TRUE(lifetime.spend.ok()) << lifetime.spend.error.toStdString();
    const std::vector<CustomerLifetime> reference =
        CustomerLifetimeValue(*lifetime.purchases.model, *lifetime.spend.model, lifetime.settings.horizonWeeks, lifetime.settings.annualDiscountRate)
            .valueAll(lifetime.summary);
    ASSERT_EQ(lifetime.values.size(), reference.size());
    for (size_t i = 0; i < reference.size(); ++i) {
        const CustomerLifetime &mine = lifetime.values[i];
        const CustomerLifetime &theirs = reference[i];
        ASSERT_EQ(mine.customer, theirs.customer) << i;
        ASSERT_EQ(mine.expectedTransactions, theirs.expectedTransactions) << i;
        ASSERT_EQ(mine.expectedSpend, theirs.expectedSpend) << i;
        ASSERT_EQ(mine.probabilityAlive, theirs.probabilityAlive) << i;
        ASSERT_EQ(mine.lifetimeValue, theirs.lifetimeValue) << i;
        ASSERT_EQ(mine.valueAtRisk, theirs.valueAtRisk) << i;
        ASSERT_EQ(mine.error, theirs.error) << i;
    }
}

TEST(DistinctCustomersLikelihood, RevalueAfterNewPurchasesIsValueAllWithTheSameParameters)
{
    // After new orders the fit is kept and only the changed customers are
    // valued again: the result must be valueAll's with the kept parameters.
    PurchaseHistory cdnow = loadCdnowSample();
    const QDate asOf(1997, 9, 30);
    const LifetimeAnalysis fitted = LifetimeAnalysis::compute(cdnow, asOf);
    ASSERT_TRUE(fitted.purchases.model && fitted.spend.model);
    // Two customers buy again (one of them a one-time buyer until now), one
    // customer's first purchase ever.
    cdnow.purchases.push_back({0, QDate(1997, 9, 1), 25.0, 0.0});
    cdnow.purchases.push_back({5, QDate(1997, 8, 15), 40.0, 0.0});
    cdnow.purchases.push_back({7, QDate(1997, 9, 30), 12.5, 0.0});
    cdnow.sort();
    const LifetimeAnalysis revalued = LifetimeAnalysis::revalue(fitted, cdnow, asOf);
    EXPECT_EQ(revalued.purchases.model->parameters().r, fitted.purchases.model->parameters().r);
    const std::vector<CustomerLifetime> reference =
        CustomerLifetimeValue(*fitted.purchases.model, *fitted.spend.model, fitted.settings.horizonWeeks, fitted.settings.annualDiscountRate)
            .valueAll(RepeatPurchaseSummary::summarise(cdnow, asOf));
    ASSERT_EQ(revalued.values.size(), reference.size());
    int changed = 0;
    for (size_t i = 0; i < reference.size(); ++i) {
        ASSERT_EQ(revalued.values[i].customer, reference[i].customer) << i;
        ASSERT_EQ(revalued.values[i].lifetimeValue, reference[i].lifetimeValue) << i;
        ASSERT_EQ(revalued.values[i].probabilityAlive, reference[i].probabilityAlive) << i;
        if (i < fitted.values.size() && fitted.values[i].customer == reference[i].customer
            && fitted.values[i].lifetimeValue != reference[i].lifetimeValue)
            ++changed;
    }
    EXPECT_GE(changed, 2);  // the new purchases moved their customers' values
}
