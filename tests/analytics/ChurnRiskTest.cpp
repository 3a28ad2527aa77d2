#include "analytics/ChurnRisk.h"

#include "DescriptiveHistoryBuilder.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Codes = std::vector<ChurnReasonCode>;

namespace {

const QDate asOf(2024, 6, 30);

qint64 at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0)).toMSecsSinceEpoch();  // local, as the analytics read instants
}

// Windows of 180 days before 2024-06-30: recent (2024-01-02, 2024-06-30],
// before it (2023-07-06, 2024-01-02].
//
// 0 Quiet:   every 30 days from 2023-08-01 to 2023-11-29 (5 buying days),
//            then nothing: 214 days since, usual gap 30 -> overdue
//            (strength 1 - 30/214); 5 buying days before, 0 recent -> fewer
//            (strength 1). Value at risk 500.
// 1 Shrink:  2023-08-10 200, 2023-10-10 200, 2024-03-10 100. Gaps 61 and 152,
//            median 106.5; 112 days since < 213: not overdue. 1 buying day
//            against 2 -> fewer (0.5); average 100 against 200 -> smaller
//            (0.5); one open case, past its level -> complaints (0.5). Ties
//            keep code order. Value at risk 800.
// 2 Single:  one purchase 2024-05-01: no gap, no habit; no reasons. 300.
// 3 Future:  first purchase after the as-of date: left out (1000).
// 4 Broken:  its lifetime has an error (NaN): left out.
// 5 Refund:  only a refund: has not bought, left out (900).
// 6 Tie:     bought 2024-06-01; 300 like Single, ranks after it (higher index).
struct Fixture
{
    PurchaseHistory history;
    std::vector<CustomerLifetime> lifetimes;
    ServiceRecords service;
};

Fixture fixture()
{
    DescriptiveHistoryBuilder h;
    for (const char *name : {"Quiet", "Shrink", "Single", "Future", "Broken", "Refund", "Tie"})
        h.customer(QString::fromLatin1(name));
    for (int i = 0; i < 5; ++i)
        h.buy(0, QDate(2023, 8, 1).addDays(30 * i), 50);
    h.buy(1, QDate(2023, 8, 10), 200).buy(1, QDate(2023, 10, 10), 200).buy(1, QDate(2024, 3, 10), 100);
    h.buy(2, QDate(2024, 5, 1), 80);
    h.buy(3, QDate(2024, 7, 15), 80);
    h.buy(4, QDate(2024, 2, 1), 80);
    h.buy(5, QDate(2024, 1, 10), -50);
    h.buy(6, QDate(2024, 6, 1), 80);

    Fixture f;
    f.history = h.build();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Not in customer order: the customer field, not the position, says whose it is.
    const auto lifetime = [&](int customer, double atRisk) {
        CustomerLifetime l;
        l.customer = customer;
        l.valueAtRisk = atRisk;
        l.lifetimeValue = atRisk * 2;
        l.probabilityAlive = 0.5;
        f.lifetimes.push_back(l);
    };
    lifetime(6, 300);
    lifetime(5, 900);
    lifetime(4, nan);
    lifetime(3, 1000);
    lifetime(2, 300);
    lifetime(0, 500);
    lifetime(1, 800);

    const auto add = [&](int customer, qint64 opened, qint64 resolved, const char *priority = "high") {
        ServiceCase c;
        c.customer = customer;
        c.priority = QString::fromLatin1(priority);
        c.openedAt = opened;
        c.resolvedAt = resolved;
        f.service.cases.push_back(c);
    };
    add(1, at(2024, 6, 1), 0);                 // open, due 2024-06-02: overdue
    add(1, at(2024, 5, 1), at(2024, 5, 2));    // resolved
    add(1, at(2024, 7, 2), 0);                 // opened after the as-of date
    add(0, at(2024, 6, 1), at(2024, 7, 5));    // open on the as-of date ...
    add(0, at(2024, 6, 29), 0, "low");         // ... and this one (due in 7 days): 2 open, 1 overdue
    return f;
}

std::vector<int> customersOf(const std::vector<ChurnRiskCustomer> &rows)
{
    std::vector<int> out;
    for (const ChurnRiskCustomer &row : rows)
        out.push_back(row.customer);
    return out;
}

Codes codesOf(const ChurnRiskCustomer &row)
{
    Codes out;
    for (const ChurnReason &r : row.reasons)
        out.push_back(r.code);
    return out;
}

} // namespace

TEST(ChurnRiskTest, RankedByValueAtRiskAmongBuyers)
{
    const Fixture f = fixture();
    EXPECT_EQ(customersOf(ChurnRisk::compute(f.history, f.lifetimes, f.service, asOf, 0)), (std::vector<int>{1, 0, 2, 6}));
    const auto top = ChurnRisk::compute(f.history, f.lifetimes, f.service, asOf, 3);
    EXPECT_EQ(customersOf(top), (std::vector<int>{1, 0, 2}));
    EXPECT_DOUBLE_EQ(top[0].valueAtRisk, 800.0);
    EXPECT_DOUBLE_EQ(top[0].lifetimeValue, 1600.0);
    EXPECT_TRUE(ChurnRisk::compute({}, {}, {}, asOf, 10).empty());
}

TEST(ChurnRiskTest, ReasonsWithTheirNumbersStrongestFirst)
{
    const Fixture f = fixture();
    const auto rows = ChurnRisk::compute(f.history, f.lifetimes, f.service, asOf, 0);

    const ChurnRiskCustomer &shrink = rows[0];
    ASSERT_EQ(codesOf(shrink), (Codes{ChurnReasonCode::FewerPurchases, ChurnReasonCode::SmallerOrders, ChurnReasonCode::OpenComplaints}));
    EXPECT_DOUBLE_EQ(shrink.reasons[0].value, 1.0);
    EXPECT_DOUBLE_EQ(shrink.reasons[0].reference, 2.0);
    EXPECT_DOUBLE_EQ(shrink.reasons[0].strength, 0.5);
    EXPECT_DOUBLE_EQ(shrink.reasons[1].value, 100.0);
    EXPECT_DOUBLE_EQ(shrink.reasons[1].reference, 200.0);
    EXPECT_DOUBLE_EQ(shrink.reasons[2].value, 1.0);      // one open case
    EXPECT_DOUBLE_EQ(shrink.reasons[2].reference, 1.0);  // past its 24 h level

    const ChurnRiskCustomer &quiet = rows[1];
    // Fewer (1.0), overdue (1 - 30/214 = 0.86), complaints (2 open: 0.75).
    ASSERT_EQ(codesOf(quiet), (Codes{ChurnReasonCode::FewerPurchases, ChurnReasonCode::OverdueForPurchase, ChurnReasonCode::OpenComplaints}));
    EXPECT_DOUBLE_EQ(quiet.reasons[0].value, 0.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[0].reference, 5.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[1].value, 214.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[1].reference, 30.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[1].strength, 1.0 - 30.0 / 214.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[2].value, 2.0);
    EXPECT_DOUBLE_EQ(quiet.reasons[2].reference, 1.0);  // the high case is overdue, the low one is not
    EXPECT_DOUBLE_EQ(quiet.reasons[2].strength, 0.75);

    EXPECT_TRUE(rows[2].reasons.empty());  // one purchase: nothing to compare with
}

TEST(ChurnRiskTest, DescribeInWords)
{
    // No translator is installed: the English source text with the numbers.
    EXPECT_EQ(ChurnRisk::describe({ChurnReasonCode::OverdueForPurchase, 214, 30, 0.86}),
              QStringLiteral("No purchase for 214 day(s); usually every 30 day(s)."));
    EXPECT_EQ(ChurnRisk::describe({ChurnReasonCode::FewerPurchases, 1, 2, 0.5}),
              QStringLiteral("1 purchase(s) in the last 180 day(s), 2 in the 180 day(s) before."));
    EXPECT_EQ(ChurnRisk::describe({ChurnReasonCode::SmallerOrders, 100, 200, 0.5}, {}, QLocale::c()),
              QStringLiteral("Average order down from 200.00 to 100.00."));
    EXPECT_EQ(ChurnRisk::describe({ChurnReasonCode::OpenComplaints, 2, 1, 0.75}), QStringLiteral("2 open case(s), 1 overdue."));
    EXPECT_EQ(ChurnRisk::describe({ChurnReasonCode::OpenComplaints, 1, 0, 0.5}), QStringLiteral("1 open case(s)."));
}

TEST(ChurnRiskTest, RankingAloneIsComputesOrderWithoutZeroValues)
{
    const Fixture f = fixture();
    // compute()'s order, less the customers whose value at risk is not above
    // zero (the dashboards list only those who can be won back).
    std::vector<int> expected;
    for (const ChurnRiskCustomer &c : ChurnRisk::compute(f.history, f.lifetimes, f.service, asOf, 0))
        if (c.valueAtRisk > 0)
            expected.push_back(c.customer);
    std::vector<int> ranked;
    for (size_t i : ChurnRisk::rankByValueAtRisk(f.history, f.lifetimes, asOf))
        ranked.push_back(f.lifetimes[i].customer);
    EXPECT_EQ(ranked, expected);
    // In scope: customer 1 (the highest) left out.
    std::vector<char> scope(8, 1);
    scope[1] = 0;
    ranked.clear();
    for (size_t i : ChurnRisk::rankByValueAtRisk(f.history, f.lifetimes, asOf, scope))
        ranked.push_back(f.lifetimes[i].customer);
    expected.erase(std::remove(expected.begin(), expected.end(), 1), expected.end());
    EXPECT_EQ(ranked, expected);
}
