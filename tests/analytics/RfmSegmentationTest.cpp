#include "analytics/RfmSegmentation.h"

#include "DescriptiveHistoryBuilder.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Ids = std::vector<int>;

TEST(RfmSegmentationTest, QuintileScoresCountStrictlyWorseCustomers)
{
    // Distinct values: one per score.
    EXPECT_EQ(RfmSegmentation::quintileScores({10, 20, 30, 40, 50}), (std::vector<int>{1, 2, 3, 4, 5}));
    // Ten values: two per score, 1 + floor(5 k / 10) for k = 0..9.
    EXPECT_EQ(RfmSegmentation::quintileScores({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
              (std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
    // Ties share the score of their lowest rank: {1, 1, 2, 3} has 0, 0, 2
    // and 3 strictly smaller values -> 1, 1, 1 + 10/4 = 3, 1 + 15/4 = 4;
    // the same in any input order.
    EXPECT_EQ(RfmSegmentation::quintileScores({1, 1, 2, 3}), (std::vector<int>{1, 1, 3, 4}));
    EXPECT_EQ(RfmSegmentation::quintileScores({3, 1, 2, 1}), (std::vector<int>{4, 1, 3, 1}));
    EXPECT_EQ(RfmSegmentation::quintileScores({5, 5, 5}), (std::vector<int>{1, 1, 1}));
    EXPECT_TRUE(RfmSegmentation::quintileScores({}).empty());
}

TEST(RfmSegmentationTest, EveryScoreTripleHasExactlyTheSegmentOfTheDocumentedGrid)
{
    // The header's grid, row R, column by FM = (F + M) / 2: < 2, < 3, < 4, >= 4.
    using S = RfmSegment;
    const S grid[5][4] = {
        {S::Lost, S::AtRisk, S::AtRisk, S::CantLoseThem},
        {S::Hibernating, S::NeedAttention, S::AtRisk, S::AtRisk},
        {S::Promising, S::NeedAttention, S::Loyal, S::Loyal},
        {S::Promising, S::PotentialLoyalists, S::Loyal, S::Champions},
        {S::New, S::PotentialLoyalists, S::Loyal, S::Champions},
    };
    std::set<S> reached;
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            for (int m = 1; m <= 5; ++m) {
                const double fm = (f + m) / 2.0;
                const int column = fm < 2 ? 0 : fm < 3 ? 1 : fm < 4 ? 2 : 3;
                const S segment = RfmSegmentation::segmentFor(r, f, m);
                EXPECT_EQ(segment, grid[r - 1][column]) << r << f << m;
                reached.insert(segment);
            }
        }
    }
    EXPECT_EQ(reached.size(), size_t(RfmSegmentCount));  // every segment is used
    // A few cells read off the table by hand.
    EXPECT_EQ(RfmSegmentation::segmentFor(5, 5, 5), S::Champions);
    EXPECT_EQ(RfmSegmentation::segmentFor(5, 1, 1), S::New);
    EXPECT_EQ(RfmSegmentation::segmentFor(5, 1, 2), S::New);            // FM 1.5
    EXPECT_EQ(RfmSegmentation::segmentFor(5, 1, 3), S::PotentialLoyalists);  // FM 2
    EXPECT_EQ(RfmSegmentation::segmentFor(1, 5, 3), S::CantLoseThem);   // FM 4
    EXPECT_EQ(RfmSegmentation::segmentFor(1, 5, 2), S::AtRisk);         // FM 3.5
    EXPECT_EQ(RfmSegmentation::segmentFor(1, 1, 1), S::Lost);
    EXPECT_EQ(RfmSegmentation::segmentFor(2, 1, 2), S::Hibernating);
}

TEST(RfmSegmentationTest, SegmentKeysAreDistinctAndInEnumOrder)
{
    std::set<std::string> keys;
    for (size_t i = 0; i < RfmSegments.size(); ++i) {
        EXPECT_EQ(size_t(RfmSegments[i].segment), i);
        keys.insert(RfmSegments[i].key);
    }
    EXPECT_EQ(keys.size(), RfmSegments.size());
    EXPECT_STREQ(rfmSegmentInfo(RfmSegment::CantLoseThem).key, "cant_lose_them");
    EXPECT_STREQ(rfmSegmentInfo(RfmSegment::CantLoseThem).label, "Can't lose them");
}

TEST(RfmSegmentationTest, HandMadeCustomersLandInTheirSegments)
{
    DescriptiveHistoryBuilder h;
    const int champion = h.customer("champion");
    const int cantLose = h.customer("cant lose");
    const int promising = h.customer("promising");
    const int attention = h.customer("need attention");
    const int loyal = h.customer("loyal");
    const int none = h.customer("no orders");
    const int later = h.customer("first order after as-of");
    const QDate asOf(2024, 1, 1);

    // champion: 5 days (two orders on 2023-12-31 count once), 6 x 100 = 600,
    // last 2023-12-31 -> 1 day; a 2024 order is after the as-of date.
    for (QDate d : {QDate(2023, 8, 1), QDate(2023, 9, 1), QDate(2023, 10, 1), QDate(2023, 11, 1),
                    QDate(2023, 12, 31), QDate(2023, 12, 31)})
        h.buy(champion, d, 100);
    h.buy(champion, QDate(2024, 2, 1), 1000);
    // cantLose: 4 days x 120 = 480, refund -80 on 2023-06-15 -> 400; last
    // purchase 2023-06-01 (the refund is not one) -> 214 days.
    for (QDate d : {QDate(2023, 1, 10), QDate(2023, 2, 10), QDate(2023, 3, 10), QDate(2023, 6, 1)})
        h.buy(cantLose, d, 120);
    h.buy(cantLose, QDate(2023, 6, 15), -80);
    // promising: one order, 30, 2023-12-20 -> 12 days.
    h.buy(promising, QDate(2023, 12, 20), 30);
    // attention: 2 days x 40 = 80, last 2023-10-01 -> 92 days.
    h.buy(attention, QDate(2023, 5, 1), 40).buy(attention, QDate(2023, 10, 1), 40);
    // loyal: 3 days x 50 = 150, last 2023-11-30 -> 32 days.
    for (QDate d : {QDate(2023, 9, 15), QDate(2023, 10, 15), QDate(2023, 11, 30)})
        h.buy(loyal, d, 50);
    h.buy(later, QDate(2024, 1, 5), 5000);

    const RfmResult r = RfmSegmentation::compute(h.build(), asOf);
    // Five scored customers (none and later do not exist), all values distinct,
    // so the scores are the ranks:
    //   recency 1 < 12 < 32 < 92 < 214 days -> R 5, 4, 3, 2, 1
    //   frequency 5 > 4 > 3 > 2 > 1 and monetary 600 > 400 > 150 > 80 > 30.
    ASSERT_EQ(r.customers.size(), 5u);
    struct Expected { int customer, recency, frequency; double monetary; int r, f, m; RfmSegment segment; };
    const Expected expected[] = {
        {champion, 1, 5, 600, 5, 5, 5, RfmSegment::Champions},         // FM 5
        {cantLose, 214, 4, 400, 1, 4, 4, RfmSegment::CantLoseThem},    // R 1, FM 4
        {promising, 12, 1, 30, 4, 1, 1, RfmSegment::Promising},        // R 4, FM 1
        {attention, 92, 2, 80, 2, 2, 2, RfmSegment::NeedAttention},    // R 2, FM 2
        {loyal, 32, 3, 150, 3, 3, 3, RfmSegment::Loyal},               // R 3, FM 3
    };
    for (size_t i = 0; i < 5; ++i) {
        const RfmCustomer &c = r.customers[i];
        const Expected &e = expected[i];
        SCOPED_TRACE(i);
        EXPECT_EQ(c.customer, e.customer);
        EXPECT_EQ(c.recencyDays, e.recency);
        EXPECT_EQ(c.frequency, e.frequency);
        EXPECT_DOUBLE_EQ(c.monetary, e.monetary);
        EXPECT_EQ(c.r, e.r);
        EXPECT_EQ(c.f, e.f);
        EXPECT_EQ(c.m, e.m);
        EXPECT_EQ(c.segment, e.segment);
    }
    for (const RfmCustomer &c : r.customers)
        EXPECT_TRUE(c.customer != none && c.customer != later);

    ASSERT_EQ(r.segments.size(), size_t(RfmSegmentCount));
    const auto &champions = r.segments[size_t(RfmSegment::Champions)];
    EXPECT_EQ(champions.customers, (Ids{champion}));
    EXPECT_DOUBLE_EQ(champions.revenue, 600.0);
    EXPECT_EQ(r.segments[size_t(RfmSegment::CantLoseThem)].customers, (Ids{cantLose}));
    EXPECT_DOUBLE_EQ(r.segments[size_t(RfmSegment::CantLoseThem)].revenue, 400.0);
    EXPECT_DOUBLE_EQ(r.segments[size_t(RfmSegment::NeedAttention)].revenue, 80.0);
    EXPECT_TRUE(r.segments[size_t(RfmSegment::Lost)].customers.empty());
    EXPECT_DOUBLE_EQ(r.segments[size_t(RfmSegment::Lost)].revenue, 0.0);
}
