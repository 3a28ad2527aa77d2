#include "CdnowFiles.h"

#include "analytics/RepeatPurchaseSummary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace rapport::analytics;
using namespace rapport::analytics::lifetimetest;

namespace {

const QDate kCalibrationEnd(1997, 9, 30);
const QDate kHoldoutEnd(1998, 6, 30);

PurchaseHistory historyOf(int customers, std::initializer_list<Purchase> purchases)
{
    PurchaseHistory h;
    for (int i = 0; i < customers; ++i)
        h.customers.push_back({QString::number(i), {}, {}, {}, {}});
    h.purchases = purchases;
    h.sort();
    return h;
}

const CustomerRepeatPurchases *find(const RepeatPurchaseSummary &s, int customer)
{
    for (const auto &c : s.customers())
        if (c.customer == customer)
            return &c;
    return nullptr;
}

} // namespace

// BTYD walkthrough (section 4), reproduced from the raw CDNOW sample.
TEST(RepeatPurchaseSummary, ReproducesTheCdnowCalibrationAndHoldoutCounts)
{
    const PurchaseHistory history = loadCdnowSample();
    ASSERT_EQ(history.purchases.size(), 6919u);
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(history, kCalibrationEnd);
    EXPECT_EQ(summary.customers().size(), 2357u);
    EXPECT_EQ(summary.excludedCustomers(), 0);
    EXPECT_EQ(summary.repeaters(), 946);
    EXPECT_EQ(summary.repeatTransactions(), 2457);

    const std::vector<int> holdout = summary.holdoutTransactions(history, kHoldoutEnd);
    ASSERT_EQ(holdout.size(), summary.customers().size());
    EXPECT_EQ(std::accumulate(holdout.begin(), holdout.end(), 0), 1882);

    // Mean holdout transactions by calibration frequency 0..6, 7+.
    const double publishedMean[] = {0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359};
    const int publishedSize[] = {1411, 439, 214, 100, 62, 38, 29, 64};
    double sum[8] = {};
    int size[8] = {};
    for (size_t i = 0; i < holdout.size(); ++i) {
        const int bin = std::min(summary.customers()[i].x, 7);
        sum[bin] += holdout[i];
        ++size[bin];
    }
    for (int bin = 0; bin < 8; ++bin) {
        EXPECT_EQ(size[bin], publishedSize[bin]) << "bin " << bin;
        EXPECT_NEAR(sum[bin] / size[bin], publishedMean[bin], 0.0005) << "bin " << bin;
    }
}

// Every customer's x, t_x, T and zbar against the lifetimes/Hardie summary
// (rounded there to 2 decimals), so the day arithmetic and the spend mean are
// checked customer by customer, not only in total.
TEST(RepeatPurchaseSummary, MatchesThePublishedPerCustomerSummary)
{
    const PurchaseHistory history = loadCdnowSample();
    const std::vector<CustomerRepeatPurchases> published = loadCdnowSummaryWithSpend();
    ASSERT_EQ(published.size(), 2357u);
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(history, kCalibrationEnd);
    ASSERT_EQ(summary.customers().size(), published.size());
    int mismatches = 0;
    for (size_t i = 0; i < published.size(); ++i) {
        const CustomerRepeatPurchases &mine = summary.customers()[i];
        const CustomerRepeatPurchases &theirs = published[i];
        ASSERT_EQ(history.customers[static_cast<size_t>(mine.customer)].id.toInt(), theirs.customer);
        const bool same = mine.x == theirs.x && std::fabs(mine.tx - theirs.tx) <= 0.0051 && std::fabs(mine.T - theirs.T) <= 0.0051
            && std::fabs(mine.meanRepeatSpend - theirs.meanRepeatSpend) <= 0.0051;
        if (!same && ++mismatches <= 5)
            ADD_FAILURE() << "customer " << theirs.customer << ": x " << mine.x << "/" << theirs.x << " t_x " << mine.tx << "/" << theirs.tx
                          << " T " << mine.T << "/" << theirs.T << " zbar " << mine.meanRepeatSpend << "/" << theirs.meanRepeatSpend;
    }
    EXPECT_EQ(mismatches, 0);
}

// Fader, Hardie & Lee (2005, "RFM and CLV"): spend of the 946 repeaters.
TEST(RepeatPurchaseSummary, RepeatSpendMatchesThePublishedDistribution)
{
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(loadCdnowSample(), kCalibrationEnd);
    std::vector<double> spend;
    for (const auto &c : summary.customers())
        if (c.x > 0)
            spend.push_back(c.meanRepeatSpend);
    ASSERT_EQ(spend.size(), 946u);
    const double mean = std::accumulate(spend.begin(), spend.end(), 0.0) / spend.size();
    double squares = 0;
    for (double s : spend)
        squares += (s - mean) * (s - mean);
    std::sort(spend.begin(), spend.end());
    EXPECT_NEAR(mean, 35, 0.5);
    EXPECT_NEAR(std::sqrt(squares / (spend.size() - 1)), 30, 0.5);
    EXPECT_NEAR(spend.front(), 3, 0.5);
    EXPECT_NEAR(0.5 * (spend[472] + spend[473]), 27, 0.5);
    EXPECT_NEAR(spend.back(), 300, 0.5);
}

TEST(RepeatPurchaseSummary, FindsBtydCustomer1516)
{
    const PurchaseHistory history = loadCdnowSample();
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(history, kCalibrationEnd);
    const auto it = std::find_if(summary.customers().begin(), summary.customers().end(), [&](const CustomerRepeatPurchases &c) {
        return history.customers[static_cast<size_t>(c.customer)].id == QLatin1String("1516");
    });
    ASSERT_NE(it, summary.customers().end());
    EXPECT_EQ(it->x, 26);
    EXPECT_NEAR(it->tx, 30.85714, 1e-5);
    EXPECT_NEAR(it->T, 31.0, 1e-12);
}

TEST(RepeatPurchaseSummary, OneOrderIsNoRepeat)
{
    const auto s = RepeatPurchaseSummary::summarise(historyOf(1, {{0, QDate(2024, 1, 1), 50, 20}}), QDate(2024, 1, 15));
    ASSERT_EQ(s.customers().size(), 1u);
    EXPECT_EQ(s.customers()[0].x, 0);
    EXPECT_EQ(s.customers()[0].tx, 0);
    EXPECT_EQ(s.customers()[0].T, 2.0);
    EXPECT_EQ(s.customers()[0].spendCount, 0);
    EXPECT_EQ(s.customers()[0].meanRepeatSpend, 0);
}

TEST(RepeatPurchaseSummary, OrdersOnOneDayAreOneTransaction)
{
    const auto s = RepeatPurchaseSummary::summarise(historyOf(1, {{0, QDate(2024, 1, 1), 10, 0},
                                                                  {0, QDate(2024, 1, 1), 15, 0},
                                                                  {0, QDate(2024, 1, 8), 20, 0},
                                                                  {0, QDate(2024, 1, 8), 30, 0},
                                                                  {0, QDate(2024, 1, 22), 40, 0}}),
                                                    QDate(2024, 1, 29));
    ASSERT_EQ(s.customers().size(), 1u);
    const auto &c = s.customers()[0];
    EXPECT_EQ(c.x, 2);
    EXPECT_DOUBLE_EQ(c.tx, 3.0);
    EXPECT_DOUBLE_EQ(c.T, 4.0);
    EXPECT_EQ(c.spendCount, 2);
    EXPECT_DOUBLE_EQ(c.meanRepeatSpend, (50.0 + 40.0) / 2);  // first day's 25 is not a repeat
}

TEST(RepeatPurchaseSummary, RefundsReduceTheLatestTransactionAndAreNoPurchases)
{
    const auto s = RepeatPurchaseSummary::summarise(historyOf(1, {{0, QDate(2024, 1, 1), 100, 0},
                                                                  {0, QDate(2024, 1, 8), 60, 0},
                                                                  {0, QDate(2024, 1, 10), -20, 0},  // partly refunds 8 Jan
                                                                  {0, QDate(2024, 1, 15), 30, 0},
                                                                  {0, QDate(2024, 1, 15), -30, 0},  // 15 Jan fully refunded
                                                                  {0, QDate(2024, 1, 20), -5, 0}}), // again 15 Jan: a refund day is no transaction
                                                    QDate(2024, 1, 29));
    ASSERT_EQ(s.customers().size(), 1u);
    const auto &c = s.customers()[0];
    EXPECT_EQ(c.x, 2);                 // 8 and 15 Jan; the refund-only days 10 and 20 Jan are not purchases
    EXPECT_DOUBLE_EQ(c.tx, 2.0);       // last purchase 15 Jan, not the 20 Jan refund
    EXPECT_EQ(c.spendCount, 1);        // 15 Jan nets to -5: no spend observation
    EXPECT_DOUBLE_EQ(c.meanRepeatSpend, 40.0);
}

TEST(RepeatPurchaseSummary, OnlyWhatWasKnownOnTheAsOfDateCounts)
{
    const PurchaseHistory h = historyOf(3, {{0, QDate(2024, 1, 1), 10, 0},
                                            {0, QDate(2024, 1, 8), 10, 0},
                                            {0, QDate(2024, 2, 5), 10, 0},    // after as-of: holdout
                                            {0, QDate(2024, 2, 5), 10, 0},    // same day: one holdout transaction
                                            {0, QDate(2024, 1, 12), -10, 0},  // refund before as-of reduces 8 Jan
                                            {0, QDate(2024, 2, 6), -10, 0},   // refund after as-of: ignored
                                            {1, QDate(2024, 2, 1), 99, 0},    // first order after as-of
                                            {2, QDate(2024, 1, 29), 5, 0}});  // first order on the as-of day
    const auto s = RepeatPurchaseSummary::summarise(h, QDate(2024, 1, 29));
    EXPECT_EQ(s.customers().size(), 2u);
    EXPECT_EQ(s.excludedCustomers(), 1);
    EXPECT_EQ(find(s, 1), nullptr);
    const auto *first = find(s, 0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->x, 1);
    EXPECT_DOUBLE_EQ(first->tx, 1.0);
    EXPECT_DOUBLE_EQ(first->T, 4.0);
    EXPECT_EQ(first->spendCount, 0);  // 8 Jan netted to zero before the as-of date
    const auto *third = find(s, 2);
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(third->x, 0);
    EXPECT_EQ(third->T, 0.0);
    EXPECT_EQ(s.holdoutTransactions(h, QDate(2024, 3, 1)), (std::vector<int>{1, 0}));
    EXPECT_EQ(s.holdoutTransactions(h, QDate(2024, 2, 4)), (std::vector<int>{0, 0}));
}
