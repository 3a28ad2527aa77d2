#include "analytics/PipelineAnalytics.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rapport::analytics;
using Ids = std::vector<int>;

namespace {

qint64 at(int y, int m, int d, int hour = 12)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0)).toMSecsSinceEpoch();  // local, as the analytics read instants
}

// Pipeline p1: Qualify (s1) -> Propose (s2) -> Negotiate (s3) -> Won / Lost.
// Pipeline p2: Open (t1) -> Won (tw); its deals have no stage history at all.
//
// deal owner pipeline created      history                      now  amount prob expected
//  0 A ann   p1       2024-01-10  s1, s2, s3, won 02-10         won  1000
//  1 B ann   p1       2024-01-15  s1, s3 (skips s2)            s3   2000  50   2024-03-15
//  2 C bob   p1       2024-02-01  s1, lost 02-20               lost  500
//  3 D bob   p1       2024-02-10  s1 09:00, won 15:00          won   300
//  4 E bob   p1       2023-12-01  s1, s2                       s2    400  25   2024-01-31
//  5 F ann   p1       2024-03-01  created in s2                s2   1000  20   (none)
//  6 G ann   p1       2024-01-05  s1, s2, lost 2024-04-02      lost
//  7 H bob   p1       2024-03-20  s1                           s1   9999  90   2024-05-01
//  8 I ann   p2       2024-01-03  (none)                       t1    100  60   2024-03-02
//  9 J bob   p2       2024-01-04  (none), won the same instant tw    200
// 10 K ann   p1       2024-01-10  current stage no longer exists: left out everywhere
PipelineRecords records()
{
    PipelineRecords r;
    r.stages = {
        {"s1", "p1", "Qualify", 1, 10, StageKind::Open},  {"s2", "p1", "Propose", 2, 40, StageKind::Open},
        {"s3", "p1", "Negotiate", 3, 70, StageKind::Open}, {"sw", "p1", "Won", 4, 100, StageKind::Won},
        {"sl", "p1", "Lost", 5, 0, StageKind::Lost},       {"tw", "p2", "Won", 2, 100, StageKind::Won},
        {"t1", "p2", "Open", 1, 50, StageKind::Open},
    };
    const auto deal = [&](const char *name, const char *owner, const char *pipeline, const char *stage, double amount,
                          int probability, QDate expected, qint64 created, qint64 closed) {
        Deal d;
        d.id = QStringLiteral("d-%1").arg(QLatin1String(name));
        d.name = QString::fromLatin1(name);
        d.ownerId = QString::fromLatin1(owner);
        d.pipelineId = QString::fromLatin1(pipeline);
        d.stageId = QString::fromLatin1(stage);
        d.amount = amount;
        d.probability = probability;
        d.expectedClose = expected;
        d.createdAt = created;
        d.closedAt = closed;
        r.deals.push_back(d);
    };
    deal("A", "ann", "p1", "sw", 1000, 100, QDate(2024, 2, 10), at(2024, 1, 10), at(2024, 2, 10));
    deal("B", "ann", "p1", "s3", 2000, 50, QDate(2024, 3, 15), at(2024, 1, 15), 0);
    deal("C", "bob", "p1", "sl", 500, 0, QDate(2024, 3, 1), at(2024, 2, 1), at(2024, 2, 20));
    deal("D", "bob", "p1", "sw", 300, 100, QDate(2024, 2, 10), at(2024, 2, 10, 9), at(2024, 2, 10, 15));
    deal("E", "bob", "p1", "s2", 400, 25, QDate(2024, 1, 31), at(2023, 12, 1), 0);
    deal("F", "ann", "p1", "s2", 1000, 20, QDate(), at(2024, 3, 1), 0);
    deal("G", "ann", "p1", "sl", 700, 0, QDate(2024, 3, 31), at(2024, 1, 5), at(2024, 4, 2));
    deal("H", "bob", "p1", "s1", 9999, 90, QDate(2024, 5, 1), at(2024, 3, 20), 0);
    deal("I", "ann", "p2", "t1", 100, 60, QDate(2024, 3, 2), at(2024, 1, 3), 0);
    deal("J", "bob", "p2", "tw", 200, 100, QDate(2024, 1, 4), at(2024, 1, 4), at(2024, 1, 4));
    deal("K", "ann", "p1", "gone", 5000, 50, QDate(2024, 2, 1), at(2024, 1, 10), 0);
    r.moves = {
        {0, "", "s1", at(2024, 1, 10)}, {0, "s1", "s2", at(2024, 1, 20)}, {0, "s2", "s3", at(2024, 2, 1)}, {0, "s3", "sw", at(2024, 2, 10)},
        {1, "", "s1", at(2024, 1, 15)}, {1, "s1", "s3", at(2024, 2, 5)},
        {2, "", "s1", at(2024, 2, 1)},  {2, "s1", "sl", at(2024, 2, 20)},
        {3, "", "s1", at(2024, 2, 10, 9)}, {3, "s1", "sw", at(2024, 2, 10, 15)},
        {4, "", "s1", at(2023, 12, 1)}, {4, "s1", "s2", at(2023, 12, 10)},
        {5, "", "s2", at(2024, 3, 1)},
        {6, "", "s1", at(2024, 1, 5)},  {6, "s1", "s2", at(2024, 1, 25)}, {6, "s2", "sl", at(2024, 4, 2)},
        {7, "", "s1", at(2024, 3, 20)},
        {10, "", "s1", at(2024, 1, 10)},
    };
    return r;
}

PipelineFilter firstQuarter()
{
    return {QDate(2024, 1, 1), QDate(2024, 3, 31), std::nullopt, std::nullopt};
}

const PipelineFigures &ownerOf(const PipelineResult &r, const char *owner)
{
    for (const PipelineFigures &f : r.byOwner)
        if (f.ownerId == QLatin1String(owner))
            return f;
    throw std::runtime_error("owner not in result");
}

} // namespace

TEST(PipelineAnalyticsTest, FunnelCountsSkippedStagesAsPassed)
{
    const PipelineResult r = PipelineAnalytics::compute(records(), firstQuarter());
    ASSERT_EQ(r.overall.funnels.size(), 2u);
    const PipelineFunnel &p1 = r.overall.funnels[0];
    EXPECT_EQ(p1.pipelineId, QStringLiteral("p1"));
    ASSERT_EQ(p1.stages.size(), 3u);  // open stages only, by position
    EXPECT_EQ(p1.stages[0].name, QStringLiteral("Qualify"));
    EXPECT_EQ(p1.stages[2].name, QStringLiteral("Negotiate"));
    // Created in Q1: A B C D F G H (E was created in December, K has no stage).
    // Furthest: A won -> all; B s3 (skipped s2, counts as passed); C s1 (lost
    // from s1); D won the day it was created -> all; F created in s2 -> s1, s2;
    // G s2 (lost later); H s1.
    EXPECT_EQ(p1.stages[0].deals, (Ids{0, 1, 2, 3, 5, 6, 7}));
    EXPECT_EQ(p1.stages[1].deals, (Ids{0, 1, 3, 5, 6}));
    EXPECT_EQ(p1.stages[2].deals, (Ids{0, 1, 3}));
    EXPECT_EQ(p1.won, (Ids{0, 3}));
    EXPECT_EQ(p1.lost, (Ids{2, 6}));
    // Qualify: 5 of 7 went on, 2 of 7 won; Propose 3/5 and 2/5; Negotiate's
    // next step is winning: 2/3.
    EXPECT_DOUBLE_EQ(*p1.stages[0].toNextRate, 5.0 / 7.0);
    EXPECT_DOUBLE_EQ(*p1.stages[0].toWonRate, 2.0 / 7.0);
    EXPECT_DOUBLE_EQ(*p1.stages[1].toNextRate, 3.0 / 5.0);
    EXPECT_DOUBLE_EQ(*p1.stages[1].toWonRate, 2.0 / 5.0);
    EXPECT_DOUBLE_EQ(*p1.stages[2].toNextRate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*p1.stages[2].toWonRate, 2.0 / 3.0);

    // p2 has no history: I is judged by its current stage, J (won) passed it.
    const PipelineFunnel &p2 = r.overall.funnels[1];
    ASSERT_EQ(p2.stages.size(), 1u);
    EXPECT_EQ(p2.stages[0].deals, (Ids{8, 9}));
    EXPECT_EQ(p2.won, (Ids{9}));
    EXPECT_DOUBLE_EQ(*p2.stages[0].toNextRate, 0.5);
}

TEST(PipelineAnalyticsTest, ForecastByMonthOfExpectedClose)
{
    const PipelineResult r = PipelineAnalytics::compute(records(), firstQuarter());
    // Open deals: B (Mar), E (Jan), F (no date), H (May: outside), I (Mar).
    ASSERT_EQ(r.overall.forecast.size(), 3u);
    const ForecastMonth &jan = r.overall.forecast[0];
    EXPECT_EQ(jan.month, QDate(2024, 1, 1));
    EXPECT_EQ(jan.deals, (Ids{4}));
    EXPECT_DOUBLE_EQ(jan.amount, 400.0);
    EXPECT_DOUBLE_EQ(jan.weighted, 100.0);     // 400 x 25 %
    EXPECT_TRUE(r.overall.forecast[1].deals.empty());  // February is a row, empty
    const ForecastMonth &mar = r.overall.forecast[2];
    EXPECT_EQ(mar.deals, (Ids{1, 8}));
    EXPECT_DOUBLE_EQ(mar.amount, 2100.0);
    EXPECT_DOUBLE_EQ(mar.weighted, 1060.0);    // 2000 x 50 % + 100 x 60 %
    EXPECT_EQ(r.overall.undated.deals, (Ids{5}));
    EXPECT_DOUBLE_EQ(r.overall.undated.weighted, 200.0);  // 1000 x 20 %
    EXPECT_DOUBLE_EQ(r.overall.forecastAmount, 3500.0);   // 400 + 2100 + 1000
    EXPECT_DOUBLE_EQ(r.overall.forecastWeighted, 1360.0); // 100 + 1060 + 200

    // Without a period the months run from the first to the last expected
    // close: January (E) to May (H).
    const PipelineResult all = PipelineAnalytics::compute(records(), {});
    ASSERT_EQ(all.overall.forecast.size(), 5u);
    EXPECT_EQ(all.overall.forecast.back().month, QDate(2024, 5, 1));
    EXPECT_EQ(all.overall.forecast.back().deals, (Ids{7}));
}

TEST(PipelineAnalyticsTest, WinRateDaysToCloseAndDealSize)
{
    const PipelineResult r = PipelineAnalytics::compute(records(), firstQuarter());
    // Closed in Q1: A won (Jan 10 -> Feb 10: 31 days), C lost, D won the day
    // it was created (0 days), J won at creation (0 days); G closed in April.
    EXPECT_EQ(r.overall.wonDeals, (Ids{0, 3, 9}));
    EXPECT_EQ(r.overall.lostDeals, (Ids{2}));
    EXPECT_DOUBLE_EQ(*r.overall.winRate, 0.75);
    EXPECT_DOUBLE_EQ(*r.overall.averageDaysToClose, 31.0 / 3.0);
    EXPECT_DOUBLE_EQ(r.overall.wonAmount, 1500.0);
    EXPECT_DOUBLE_EQ(*r.overall.averageWonAmount, 500.0);
}

TEST(PipelineAnalyticsTest, PerOwnerAndFilters)
{
    const PipelineResult r = PipelineAnalytics::compute(records(), firstQuarter());
    ASSERT_EQ(r.byOwner.size(), 2u);
    const PipelineFigures &ann = ownerOf(r, "ann");
    // ann: A won (31 days, 1000); funnel p1 over A B F G.
    EXPECT_DOUBLE_EQ(*ann.winRate, 1.0);
    EXPECT_DOUBLE_EQ(*ann.averageDaysToClose, 31.0);
    EXPECT_DOUBLE_EQ(*ann.averageWonAmount, 1000.0);
    EXPECT_EQ(ann.funnels[0].stages[0].deals, (Ids{0, 1, 5, 6}));
    EXPECT_EQ(ann.funnels[0].stages[2].deals, (Ids{0, 1}));
    EXPECT_DOUBLE_EQ(ann.forecastWeighted, 1260.0);  // B 1000 + I 60 + F 200
    const PipelineFigures &bob = ownerOf(r, "bob");
    // bob: C lost, D won (300, 0 days), J won (200, 0 days).
    EXPECT_DOUBLE_EQ(*bob.winRate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*bob.averageDaysToClose, 0.0);
    EXPECT_DOUBLE_EQ(*bob.averageWonAmount, 250.0);
    EXPECT_EQ(bob.forecast[0].deals, (Ids{4}));

    PipelineFilter onlyBob = firstQuarter();
    onlyBob.ownerId = QStringLiteral("bob");
    const PipelineResult b = PipelineAnalytics::compute(records(), onlyBob);
    ASSERT_EQ(b.byOwner.size(), 1u);
    EXPECT_EQ(b.overall.wonDeals, (Ids{3, 9}));

    PipelineFilter onlyP2 = firstQuarter();
    onlyP2.pipelineId = QStringLiteral("p2");
    const PipelineResult p = PipelineAnalytics::compute(records(), onlyP2);
    ASSERT_EQ(p.overall.funnels.size(), 1u);
    EXPECT_EQ(p.overall.funnels[0].pipelineId, QStringLiteral("p2"));
    EXPECT_EQ(p.overall.wonDeals, (Ids{9}));
    EXPECT_EQ(p.overall.forecast[2].deals, (Ids{8}));
}

TEST(PipelineAnalyticsTest, EmptyInputAndEmptyPeriod)
{
    const PipelineResult none = PipelineAnalytics::compute({}, firstQuarter());
    EXPECT_TRUE(none.overall.funnels.empty());
    EXPECT_TRUE(none.byOwner.empty());
    EXPECT_EQ(none.overall.forecast.size(), 3u);  // the period's months, all empty
    EXPECT_FALSE(none.overall.winRate.has_value());
    EXPECT_FALSE(none.overall.averageDaysToClose.has_value());
    EXPECT_FALSE(none.overall.averageWonAmount.has_value());
    EXPECT_DOUBLE_EQ(none.overall.forecastWeighted, 0.0);

    // A period in which nothing happened: the funnels keep their stages, with
    // no deals and no rates (not zero: nothing was measured).
    const PipelineResult quiet = PipelineAnalytics::compute(records(), {QDate(2025, 6, 1), QDate(2025, 6, 30), std::nullopt, std::nullopt});
    ASSERT_EQ(quiet.overall.funnels.size(), 2u);
    EXPECT_TRUE(quiet.overall.funnels[0].stages[0].deals.empty());
    EXPECT_FALSE(quiet.overall.funnels[0].stages[0].toNextRate.has_value());
    EXPECT_FALSE(quiet.overall.winRate.has_value());
    ASSERT_EQ(quiet.overall.forecast.size(), 1u);
    EXPECT_TRUE(quiet.overall.forecast[0].deals.empty());
    EXPECT_EQ(quiet.overall.undated.deals, (Ids{5}));  // undated deals have no month to fall outside of
}
