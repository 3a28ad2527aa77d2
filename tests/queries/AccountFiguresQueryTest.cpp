#include "QueryTestData.h"
#include "store/queries/AccountFiguresQuery.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

// 2025-06-15T12:00:00Z: "now" for every figure below.
const qint64 Now = QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

// `months` calendar months before Now, moved by `plusDays` (positive: later).
qint64 monthsAgo(int months, int plusDays = 0)
{
    return QDateTime::fromMSecsSinceEpoch(Now, Qt::UTC).addMonths(-months).addDays(plusDays).toMSecsSinceEpoch();
}

AccountFigures figuresOf(Store &s, const QString &account)
{
    auto r = AccountFiguresQuery(s).figures(account, Now);
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? *r : AccountFigures();
}

Money eur(qint64 minor)
{
    return Money{minor, QStringLiteral("EUR")};
}

} // namespace

TEST(AccountFiguresQuery, RevenueOfTwelveMonthsIsNetOfReturnsAndDiscountsPerCurrency)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString other = d.account(QStringLiteral("Other"));
    // 3 × 100.00 less 10.00, then one returned: 190.00.
    d.order(acme, monthsAgo(2), {{3, 100'00, 10'00}, {-1, 100'00, 0}});
    // A return with a discount gives back what was paid: 2 × 50.00 − 5.00 − (50.00 − 2.50) = 47.50.
    d.order(acme, monthsAgo(11), {{2, 50'00, 5'00}, {-1, 50'00, 2'50}});
    d.order(acme, monthsAgo(12, +1), {{1, 1'00, 0}});      // a day inside the window
    d.order(acme, monthsAgo(12, -1), {{1, 500'00, 0}});    // a day before it
    d.order(acme, Now + DayMs, {{1, 700'00, 0}});           // not placed yet
    const QString deleted = d.order(acme, monthsAgo(1), {{1, 999'00, 0}});
    ASSERT_TRUE(OrderRepository(*ts).remove(deleted).ok());
    d.order(acme, monthsAgo(3), {{4, 25'00, 0}}, QStringLiteral("USD"));
    d.order(other, monthsAgo(1), {{1, 123'00, 0}});

    const AccountFigures f = figuresOf(*ts, acme);
    EXPECT_EQ(f.revenueLast12Months, (QList<Money>{eur(190'00 + 47'50 + 1'00), Money{100'00, QStringLiteral("USD")}}));

    // A later return lowers it at once: figures are read, not cached.
    const QString refundOnly = d.order(acme, monthsAgo(0, -1), {{-2, 10'00, 0}});
    EXPECT_EQ(figuresOf(*ts, acme).revenueLast12Months.first(), eur(190'00 + 47'50 + 1'00 - 20'00));
    ASSERT_FALSE(refundOnly.isEmpty());
}

TEST(AccountFiguresQuery, TheLastOrderIsTheNewestLiveOne)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    EXPECT_FALSE(figuresOf(*ts, acme).lastOrderAt.has_value());
    d.order(acme, monthsAgo(5), {{1, 10'00, 0}}, QStringLiteral("EUR"), {}, QStringLiteral("SO-1"));
    const QString last = d.order(acme, monthsAgo(1), {{2, 30'00, 5'00}}, QStringLiteral("EUR"), {}, QStringLiteral("SO-2"));
    const QString deleted = d.order(acme, monthsAgo(0), {{1, 10'00, 0}}, QStringLiteral("EUR"), {}, QStringLiteral("SO-3"));
    ASSERT_TRUE(OrderRepository(*ts).remove(deleted).ok());

    const AccountFigures f = figuresOf(*ts, acme);
    EXPECT_EQ(f.lastOrderId, last);
    EXPECT_EQ(f.lastOrderNumber, QStringLiteral("SO-2"));
    EXPECT_EQ(f.lastOrderAt, monthsAgo(1));
    EXPECT_EQ(f.lastOrderTotal, eur(55'00));
}

TEST(AccountFiguresQuery, OpenOpportunitiesAndCasesLeaveOutClosedAndDeletedOnes)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    d.opportunity(acme, QStringLiteral("A"), eur(1000'00));
    d.opportunity(acme, QStringLiteral("B"), eur(500'00));
    d.opportunity(acme, QStringLiteral("C"), Money{80'00, QStringLiteral("USD")});
    d.opportunity(acme, QStringLiteral("No amount yet"), std::nullopt);
    d.opportunity(acme, QStringLiteral("Won"), eur(7000'00), true);
    const QString deleted = d.opportunity(acme, QStringLiteral("Deleted"), eur(9000'00));
    ASSERT_TRUE(OpportunityRepository(*ts).remove(deleted).ok());
    d.opportunity(d.account(QStringLiteral("Other")), QStringLiteral("Theirs"), eur(1'00));

    d.kase(acme, QStringLiteral("New"), "new", Now + DayMs);
    d.kase(acme, QStringLiteral("Late"), "in progress", Now - DayMs);
    d.kase(acme, QStringLiteral("No due time"), "waiting");
    d.kase(acme, QStringLiteral("Done"), "resolved", Now - DayMs);
    const QString gone = d.kase(acme, QStringLiteral("Gone"), "new", Now - DayMs);
    ASSERT_TRUE(CaseRepository(*ts).remove(gone).ok());

    const AccountFigures f = figuresOf(*ts, acme);
    EXPECT_EQ(f.openOpportunities, 4);
    EXPECT_EQ(f.openOpportunityTotal, (QList<Money>{eur(1500'00), Money{80'00, QStringLiteral("USD")}}));
    EXPECT_EQ(f.openCases, 3);
    EXPECT_EQ(f.overdueCases, 1);
}

TEST(AccountFiguresQuery, TheNextVisitIsDueOneIntervalAfterTheLastCompletedVisit)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"), 30);
    d.activity(acme, "visit", Now - 60 * DayMs, Now - 60 * DayMs);
    const qint64 lastVisit = Now - 20 * DayMs;
    d.activity(acme, "visit", lastVisit, lastVisit + 3600'000);
    d.activity(acme, "call", Now - 1 * DayMs, Now - 1 * DayMs); // not a visit
    const QString deleted = d.activity(acme, "visit", Now - 2 * DayMs, Now - 2 * DayMs);
    ASSERT_TRUE(ActivityRepository(*ts).remove(deleted).ok());
    const qint64 planned = Now + 5 * DayMs;
    d.activity(acme, "visit", planned); // planned, not done
    d.activity(acme, "visit", Now + 9 * DayMs);

    AccountFigures f = figuresOf(*ts, acme);
    EXPECT_EQ(f.lastVisitAt, lastVisit);
    EXPECT_EQ(f.visitIntervalDays, 30);
    EXPECT_EQ(f.nextVisitDue, lastVisit + 30 * DayMs);
    EXPECT_EQ(f.nextPlannedVisitAt, planned);

    // Never visited: due now with a target, nothing due without one.
    const QString fresh = d.account(QStringLiteral("Fresh"), 14);
    f = figuresOf(*ts, fresh);
    EXPECT_FALSE(f.lastVisitAt.has_value());
    EXPECT_EQ(f.nextVisitDue, Now);
    const QString noTarget = d.account(QStringLiteral("No target"));
    d.activity(noTarget, "visit", Now - DayMs, Now - DayMs);
    f = figuresOf(*ts, noTarget);
    EXPECT_EQ(f.lastVisitAt, Now - DayMs);
    EXPECT_FALSE(f.nextVisitDue.has_value());
}
