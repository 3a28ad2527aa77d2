#include "analytics/AnalyticsScope.h"
#include "analytics/RfmSegmentation.h"

#include <gtest/gtest.h>

using namespace rapport::analytics;

namespace {

// Six customers, five of whom bought, with distinct recency, frequency and
// monetary values, so the quintile scores are simply 1 + rank from worst:
//   A (u1): 5 days, 500, last 2024-12-20 → R5 F5 M5 → Champions
//   B (u2): 4 days, 320, last 2024-12-01 → R4 F4 M4 → Champions
//   C (u1): 3 days, 210, last 2024-11-15 → R3 F3 M3 → Loyal (and one order after the as-of date)
//   D (u2): 2 days, 120, last 2024-10-01 → R2 F2 M2 → Need attention
//   E (u1): 1 day,   50, last 2023-06-01 → R1 F1 M1 → Lost
//   F (u1): never bought → no segment
const QDate AsOf(2024, 12, 31);

AnalyticsInput handMadeInput()
{
    AnalyticsInput in;
    in.currency = QStringLiteral("EUR");
    const char *names[] = {"A", "B", "C", "D", "E", "F"};
    const char *owners[] = {"u1", "u2", "u1", "u2", "u1", "u1"};
    for (int i = 0; i < 6; ++i)
        in.purchases.customers.push_back({QStringLiteral("acc-%1").arg(i), QString::fromLatin1(names[i]), QStringLiteral("customer"),
                                          QStringLiteral("web"), QString::fromLatin1(owners[i])});
    auto buy = [&in](int customer, QDate day, double revenue) { in.purchases.purchases.push_back({customer, day, revenue, revenue / 2}); };
    for (QDate d : {QDate(2024, 8, 1), QDate(2024, 9, 1), QDate(2024, 10, 1), QDate(2024, 11, 1), QDate(2024, 12, 20)})
        buy(0, d, 100);
    for (QDate d : {QDate(2024, 3, 1), QDate(2024, 6, 1), QDate(2024, 10, 15), QDate(2024, 12, 1)})
        buy(1, d, 80);
    for (QDate d : {QDate(2024, 2, 1), QDate(2024, 5, 1), QDate(2024, 11, 15), QDate(2025, 1, 10)})
        buy(2, d, 70);
    for (QDate d : {QDate(2024, 1, 15), QDate(2024, 10, 1)})
        buy(3, d, 60);
    buy(4, QDate(2023, 6, 1), 50);
    in.purchases.sort();

    in.products.push_back({QStringLiteral("p0"), QStringLiteral("P0"), QStringLiteral("Beans"), QStringLiteral("Coffee")});
    for (const Purchase &p : in.purchases.purchases)
        in.lines.push_back({p.customer, 0, p.day, 1, p.revenue});
    for (int c = 0; c < 6; ++c)
        in.activities.add(c, QStringLiteral("call"), std::vector<qint32>(size_t(c + 1), qint32(QDate(2023, 1, 2).toJulianDay())));

    // Deals: owner and customer deliberately disagree for d2 (deal owned by
    // u1 for D, whose account u2 owns); d3 has no customer.
    in.pipeline.stages.push_back({QStringLiteral("s1"), QStringLiteral("p"), QStringLiteral("Lead"), 0, 10, StageKind::Open});
    in.pipeline.stages.push_back({QStringLiteral("s2"), QStringLiteral("p"), QStringLiteral("Won"), 1, 100, StageKind::Won});
    const int customers[] = {0, 1, 3, -1};
    const char *dealOwners[] = {"u1", "u2", "u1", "u2"};
    for (int d = 0; d < 4; ++d) {
        Deal deal;
        deal.id = QStringLiteral("deal-%1").arg(d);
        deal.customer = customers[d];
        deal.ownerId = QString::fromLatin1(dealOwners[d]);
        deal.amount = 1000.0 * (d + 1);
        in.pipeline.deals.push_back(deal);
        in.pipeline.moves.push_back({d, QString(), QStringLiteral("s1"), 1000 + d});
        in.pipeline.moves.push_back({d, QStringLiteral("s1"), QStringLiteral("s2-of-deal-%1").arg(d), 2000 + d});
    }

    in.campaigns.campaigns.push_back({QStringLiteral("c0"), QStringLiteral("Mailing"), QStringLiteral("email"), QStringLiteral("active"),
                                      QStringLiteral("u1"), 100, 90, QDate(2024, 1, 1), QDate(2024, 2, 1)});
    for (int c : {0, 1, 2, -1})
        in.campaigns.members.push_back({0, QStringLiteral("contact-%1").arg(c), c, MemberStatus::Sent, 1, 2, 0, 0});
    in.campaigns.orders.push_back({0, 0, QDate(2024, 8, 1), 100});
    in.campaigns.orders.push_back({0, 1, QDate(2024, 3, 1), 80});

    for (int c : {0, 3, -1}) {
        ServiceCase sc;
        sc.id = QStringLiteral("case-%1").arg(c);
        sc.customer = c;
        in.service.cases.push_back(sc);
    }
    return in;
}

std::vector<char> flags(std::initializer_list<int> values)
{
    std::vector<char> out;
    for (int v : values)
        out.push_back(char(v));
    return out;
}

} // namespace

TEST(AnalyticsScope, TheHandMadeCustomersFallInTheExpectedSegments)
{
    // The premise of the segment tests below, checked on its own.
    const RfmResult rfm = RfmSegmentation::compute(handMadeInput().purchases, AsOf);
    ASSERT_EQ(rfm.customers.size(), 5u);
    const RfmSegment expected[] = {RfmSegment::Champions, RfmSegment::Champions, RfmSegment::Loyal, RfmSegment::NeedAttention,
                                   RfmSegment::Lost};
    for (size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(rfm.customers[i].customer, int(i));
        EXPECT_EQ(rfm.customers[i].segment, expected[i]) << "customer " << i;
    }
}

TEST(AnalyticsScope, NoFilterKeepsEveryCustomer)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    EXPECT_TRUE(scope.coversAllCustomers());
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({1, 1, 1, 1, 1, 1}));
}

TEST(AnalyticsScope, OwnerFilterKeepsTheOwnersAccountsOnly)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    scope.ownerId = QStringLiteral("u1");
    EXPECT_FALSE(scope.coversAllCustomers());
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({1, 0, 1, 0, 1, 1}));
    scope.ownerId = QStringLiteral("u2");
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 1, 0, 1, 0, 0}));
    scope.ownerId = QStringLiteral("nobody");
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 0, 0, 0, 0, 0}));
}

TEST(AnalyticsScope, SegmentFilterKeepsTheSegmentsCustomersAndCombinesWithTheOwner)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    scope.segment = RfmSegment::Champions;
    EXPECT_FALSE(scope.coversAllCustomers());
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({1, 1, 0, 0, 0, 0}));
    scope.segment = RfmSegment::Lost;
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 0, 0, 0, 1, 0})); // F never bought: in no segment
    scope.segment = RfmSegment::AtRisk;
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 0, 0, 0, 0, 0}));
    // Both: the intersection (segments still computed on the whole base).
    scope.segment = RfmSegment::Champions;
    scope.ownerId = QStringLiteral("u1");
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({1, 0, 0, 0, 0, 0}));
    scope.ownerId = QStringLiteral("u2");
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 1, 0, 0, 0, 0}));
}

TEST(AnalyticsScope, SegmentIsTakenAsOfTheEndOfThePeriod)
{
    const AnalyticsInput in = handMadeInput();
    // As of mid-2023 only E had bought: E is the one scored customer and, all
    // tied, scores 1 everywhere → Lost; nobody is a champion.
    AnalyticsScope scope;
    scope.to = QDate(2023, 12, 31);
    scope.segment = RfmSegment::Champions;
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 0, 0, 0, 0, 0}));
    scope.segment = RfmSegment::Lost;
    EXPECT_EQ(ScopedInput::customersInScope(in, scope), flags({0, 0, 0, 0, 1, 0}));
}

TEST(AnalyticsScope, PurchasesUpToTheEndAndOptionallyFromTheStartOfThePeriod)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.from = QDate(2024, 10, 1);
    scope.to = AsOf;
    const std::vector<char> all(6, 1);

    const PurchaseHistory upToEnd = ScopedInput::purchases(in, all, scope, false);
    EXPECT_EQ(upToEnd.customers.size(), 6u); // indices unchanged
    EXPECT_EQ(upToEnd.purchases.size(), 15u); // C's order of 2025-01-10 is after the period
    for (const Purchase &p : upToEnd.purchases)
        EXPECT_LE(p.day, AsOf);

    const PurchaseHistory inPeriod = ScopedInput::purchases(in, all, scope, true);
    // A: 10-01, 11-01, 12-20; B: 10-15, 12-01; C: 11-15; D: 10-01 (the first day counts).
    ASSERT_EQ(inPeriod.purchases.size(), 7u);
    double revenue = 0;
    for (const Purchase &p : inPeriod.purchases) {
        EXPECT_GE(p.day, scope.from);
        EXPECT_LE(p.day, scope.to);
        revenue += p.revenue;
    }
    EXPECT_DOUBLE_EQ(revenue, 3 * 100 + 2 * 80 + 70 + 60);
    // Still sorted by (customer, day).
    for (size_t i = 1; i < inPeriod.purchases.size(); ++i) {
        const Purchase &a = inPeriod.purchases[i - 1], &b = inPeriod.purchases[i];
        EXPECT_TRUE(a.customer < b.customer || (a.customer == b.customer && a.day <= b.day));
    }

    // Only the customers in scope.
    const PurchaseHistory someCustomers = ScopedInput::purchases(in, flags({0, 1, 0, 1, 0, 0}), scope, true);
    ASSERT_EQ(someCustomers.purchases.size(), 3u);
    for (const Purchase &p : someCustomers.purchases)
        EXPECT_TRUE(p.customer == 1 || p.customer == 3);

    // No start: everything up to the end.
    scope.from = QDate();
    EXPECT_EQ(ScopedInput::purchases(in, all, scope, true).purchases.size(), 15u);
}

TEST(AnalyticsScope, RestrictToAnOwnerKeepsTheDealOwnersDealsAndReindexesTheirMoves)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    scope.ownerId = QStringLiteral("u1");
    const AnalyticsInput out = ScopedInput::restrict(in, scope);

    EXPECT_EQ(out.currency, QStringLiteral("EUR"));
    EXPECT_EQ(out.purchases.customers.size(), 6u);
    // u1's customers A, C, E, up to the end: 5 + 3 + 1.
    EXPECT_EQ(out.purchases.purchases.size(), 9u);
    for (const Purchase &p : out.purchases.purchases)
        EXPECT_TRUE(p.customer == 0 || p.customer == 2 || p.customer == 4) << p.customer;
    EXPECT_EQ(out.lines.size(), 9u);
    const std::vector<ActivityCount> calls = out.activities.counts();
    ASSERT_EQ(calls.size(), 4u); // A, C, E, F
    EXPECT_EQ(calls[3].customer, 5);
    EXPECT_EQ(calls[3].count, 6);
    EXPECT_EQ(out.products.size(), 1u);

    // Deals by the deal's owner: d0 and d2 (even though D's account is u2's).
    ASSERT_EQ(out.pipeline.deals.size(), 2u);
    EXPECT_EQ(out.pipeline.deals[0].id, QStringLiteral("deal-0"));
    EXPECT_EQ(out.pipeline.deals[1].id, QStringLiteral("deal-2"));
    EXPECT_EQ(out.pipeline.stages.size(), 2u);
    ASSERT_EQ(out.pipeline.moves.size(), 4u);
    EXPECT_EQ(out.pipeline.moves[0].deal, 0);
    EXPECT_EQ(out.pipeline.moves[1].deal, 0);
    EXPECT_EQ(out.pipeline.moves[1].toStageId, QStringLiteral("s2-of-deal-0"));
    EXPECT_EQ(out.pipeline.moves[2].deal, 1);
    EXPECT_EQ(out.pipeline.moves[3].deal, 1);
    EXPECT_EQ(out.pipeline.moves[3].toStageId, QStringLiteral("s2-of-deal-2"));
    EXPECT_EQ(out.pipeline.moves[3].at, 2002);

    // Campaigns stay; members, orders and cases of u1's customers only.
    EXPECT_EQ(out.campaigns.campaigns.size(), 1u);
    ASSERT_EQ(out.campaigns.members.size(), 2u);
    EXPECT_EQ(out.campaigns.members[0].customer, 0);
    EXPECT_EQ(out.campaigns.members[1].customer, 2);
    ASSERT_EQ(out.campaigns.orders.size(), 1u);
    EXPECT_EQ(out.campaigns.orders[0].customer, 0);
    ASSERT_EQ(out.service.cases.size(), 1u);
    EXPECT_EQ(out.service.cases[0].id, QStringLiteral("case-0"));
}

TEST(AnalyticsScope, RestrictToASegmentKeepsTheSegmentsDeals)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    scope.segment = RfmSegment::Champions; // A and B
    const AnalyticsInput out = ScopedInput::restrict(in, scope);
    ASSERT_EQ(out.pipeline.deals.size(), 2u);
    EXPECT_EQ(out.pipeline.deals[0].id, QStringLiteral("deal-0"));
    EXPECT_EQ(out.pipeline.deals[1].id, QStringLiteral("deal-1"));
    ASSERT_EQ(out.pipeline.moves.size(), 4u);
    EXPECT_EQ(out.pipeline.moves[2].deal, 1);
    EXPECT_EQ(out.pipeline.moves[2].at, 1001);
    EXPECT_EQ(out.purchases.purchases.size(), 9u); // 5 + 4
    EXPECT_EQ(out.campaigns.members.size(), 2u);   // A's and B's contacts
    EXPECT_EQ(out.campaigns.orders.size(), 2u);
    ASSERT_EQ(out.service.cases.size(), 1u);
    EXPECT_EQ(out.service.cases[0].id, QStringLiteral("case-0"));
}

TEST(AnalyticsScope, RestrictWithoutAFilterKeepsEverythingUpToTheEnd)
{
    const AnalyticsInput in = handMadeInput();
    AnalyticsScope scope;
    scope.to = AsOf;
    const AnalyticsInput out = ScopedInput::restrict(in, scope);
    EXPECT_EQ(out.purchases.purchases.size(), 15u);
    EXPECT_EQ(out.lines.size(), 15u);
    EXPECT_EQ(out.pipeline.deals.size(), 4u);
    EXPECT_EQ(out.pipeline.moves.size(), 8u);
    EXPECT_EQ(out.campaigns.members.size(), 4u); // the member without an account too
    EXPECT_EQ(out.service.cases.size(), 3u);     // the case without an account too
}
