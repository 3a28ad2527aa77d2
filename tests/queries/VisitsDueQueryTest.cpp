#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/UserRepository.h"
#include "store/queries/AccountRevenue.h"
#include "store/queries/VisitsDueQuery.h"
#include "support/TestStore.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 Day = 86400000;
// "Now" is 200 days after the test store's clock starts, so records created
// on that clock are in the past.
constexpr qint64 Start = 1700000000000;
constexpr qint64 Now = Start + 200 * Day;

struct Round {
    test::TempStore ts;
    QString product;

    Round()
    {
        Product p;
        p.name = QStringLiteral("Espresso beans 1 kg");
        p.currency = QStringLiteral("EUR");
        product = *ProductRepository(*ts).create(p);
    }

    // An account created a moment (under a second) before `createdAt`: the
    // store's clock ticks on every read, so whole days stay whole.
    QString account(const QString &name, const QString &city, std::optional<int> interval, qint64 createdAt = Start)
    {
        ts.clock = createdAt - 1000;
        Account a;
        a.name = name;
        a.address.city = city;
        a.visitIntervalDays = interval;
        return *AccountRepository(*ts).create(a);
    }

    QString activity(const QString &accountId, const QString &kind, qint64 start, bool done)
    {
        ActivityRepository activities(*ts);
        Activity a;
        a.kind = kind;
        a.startAt = start;
        a.accountId = accountId;
        const QString id = *activities.create(a);
        if (done) {
            EXPECT_TRUE(activities.complete(id, QStringLiteral("positive"), start).ok());
        }
        return id;
    }

    // One order with lines of (quantity, unit price, discount).
    QString order(const QString &accountId, qint64 at, const QList<std::tuple<qint64, qint64, qint64>> &lines,
                  const QString &currency = QStringLiteral("EUR"))
    {
        Order o;
        o.accountId = accountId;
        o.orderedAt = at;
        o.currency = currency;
        for (const auto &[quantity, price, discount] : lines) {
            OrderLine l;
            l.productId = product;
            l.quantity = quantity;
            l.unitPrice = price;
            if (discount)
                l.discount = discount;
            o.lines << l;
        }
        const Result<QString> id = OrderRepository(*ts).create(o);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }
};

QStringList names(const VisitsDue &due)
{
    QStringList out;
    for (const VisitDue &v : due.visits)
        out << v.accountName;
    return out;
}

const VisitDue *find(const VisitsDue &due, const QString &name)
{
    for (const VisitDue &v : due.visits)
        if (v.accountName == name)
            return &v;
    return nullptr;
}

} // namespace

TEST(VisitsDueQuery, NeverVisitedAccountsAreDueSinceTheirCreationPlusTheInterval)
{
    Round r;
    r.account(QStringLiteral("Never visited"), QStringLiteral("Berlin"), 30, Now - 100 * Day);
    r.account(QStringLiteral("New account"), QStringLiteral("Berlin"), 30, Now - 10 * Day);
    const auto due = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(due.ok()) << due.error().message.toStdString();
    ASSERT_EQ(names(*due), QStringList{QStringLiteral("Never visited")});
    const VisitDue &v = due->visits.first();
    EXPECT_FALSE(v.lastVisitAt.has_value());
    EXPECT_NEAR(double(v.dueSince), double(Now - 70 * Day), 1000.0);
    EXPECT_EQ(v.daysOverdue, 70);
    EXPECT_EQ(v.intervalDays, 30);
    EXPECT_EQ(v.city, QStringLiteral("Berlin"));
    EXPECT_EQ(due->dueCount, 1);
}

TEST(VisitsDueQuery, OnlyDoneLiveVisitsCountAsTheLastVisit)
{
    Round r;
    const QString a = r.account(QStringLiteral("Adler"), QStringLiteral("Hamburg"), 30, Now - 300 * Day);
    r.activity(a, QStringLiteral("visit"), Now - 40 * Day, true);  // the last real visit
    r.activity(a, QStringLiteral("visit"), Now - 90 * Day, true);  // an older one
    r.activity(a, QStringLiteral("visit"), Now - 5 * Day, false);  // planned, not done yet
    r.activity(a, QStringLiteral("call"), Now - 2 * Day, true);    // a call is no visit
    const QString deleted = r.activity(a, QStringLiteral("visit"), Now - 3 * Day, true);
    ASSERT_TRUE(ActivityRepository(*r.ts).remove(deleted).ok());
    const QString b = r.account(QStringLiteral("Birke"), QStringLiteral("Hamburg"), 30, Now - 300 * Day);
    r.activity(b, QStringLiteral("visit"), Now - 29 * Day, true); // visited within the interval

    const auto due = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(names(*due), QStringList{QStringLiteral("Adler")});
    EXPECT_EQ(due->visits.first().lastVisitAt, Now - 40 * Day);
    EXPECT_EQ(due->visits.first().daysOverdue, 10);

    // Completing the planned visit makes it the last one: no longer due.
    const QString planned = r.activity(a, QStringLiteral("visit"), Now - Day, false);
    ASSERT_TRUE(ActivityRepository(*r.ts).complete(planned, QStringLiteral("positive"), Now - Day).ok());
    const auto after = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->visits.isEmpty());
}

TEST(VisitsDueQuery, LeavesOutDeletedAccountsAndThoseWithoutAnInterval)
{
    Round r;
    r.account(QStringLiteral("No interval"), QStringLiteral("Köln"), std::nullopt, Now - 400 * Day);
    const QString gone = r.account(QStringLiteral("Deleted"), QStringLiteral("Köln"), 30, Now - 400 * Day);
    ASSERT_TRUE(AccountRepository(*r.ts).remove(gone).ok());
    r.account(QStringLiteral("Due"), QStringLiteral("Köln"), 30, Now - 400 * Day);
    const auto due = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(names(*due), QStringList{QStringLiteral("Due")});
}

TEST(VisitsDueQuery, RevenueOfTheLast12MonthsCountsRefundsAndDiscounts)
{
    Round r;
    const QString a = r.account(QStringLiteral("Adler"), QStringLiteral("Berlin"), 30, Now - 100 * Day);
    // 3 × 10.00 − 2.00 discount = 28.00; a refund of 1 × 10.00 with 1.00 of its
    // discount returned = −9.00; in all 19.00.
    r.order(a, Now - 30 * Day, {{3, 1000, 200}, {-1, 1000, 100}});
    r.order(a, Now - 400 * Day, {{100, 1000, 0}}); // more than 12 months ago
    const QString deleted = r.order(a, Now - 10 * Day, {{50, 1000, 0}});
    ASSERT_TRUE(OrderRepository(*r.ts).remove(deleted).ok());
    r.order(a, Now + Day, {{7, 1000, 0}}); // not yet

    const auto due = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->visits.size(), 1);
    ASSERT_TRUE(due->visits.first().revenue.has_value());
    EXPECT_EQ(due->visits.first().revenue->minor, 1900);
    EXPECT_EQ(due->visits.first().revenue->currency, QStringLiteral("EUR"));

    // An account that only had a refund has negative revenue; one with no
    // orders has none.
    const QString b = r.account(QStringLiteral("Birke"), QStringLiteral("Berlin"), 30, Now - 100 * Day);
    r.order(b, Now - 5 * Day, {{-2, 500, 0}});
    r.account(QStringLiteral("Citrus"), QStringLiteral("Berlin"), 30, Now - 100 * Day);
    const auto more = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(more.ok());
    ASSERT_TRUE(find(*more, QStringLiteral("Birke"))->revenue.has_value());
    EXPECT_EQ(find(*more, QStringLiteral("Birke"))->revenue->minor, -1000);
    EXPECT_FALSE(find(*more, QStringLiteral("Citrus"))->revenue.has_value());
}

TEST(VisitsDueQuery, AccountRevenueKeepsTheLargestCurrencyInsteadOfAddingAcrossCurrencies)
{
    Round r;
    const QString a = r.account(QStringLiteral("Adler"), QStringLiteral("Berlin"), 30);
    r.order(a, Now - 30 * Day, {{1, 5000, 0}}, QStringLiteral("EUR"));
    r.order(a, Now - 20 * Day, {{1, 90000, 0}}, QStringLiteral("CNY"));
    const auto revenue = AccountRevenue(*r.ts).last12Months({a}, Now);
    ASSERT_TRUE(revenue.ok());
    ASSERT_TRUE(revenue->contains(a));
    EXPECT_EQ(revenue->value(a), (Money{90000, QStringLiteral("CNY")}));
    EXPECT_EQ(AccountRevenue::windowStart(1710000000000), 1678377600000); // 2024-03-09T16:00Z → 2023-03-09T16:00Z
}

TEST(VisitsDueQuery, GroupsByCityOrderedByHowOverdueThenByValue)
{
    Round r;
    const QString berlinOld = r.account(QStringLiteral("Berlin, 70 days"), QStringLiteral("Berlin"), 30, Now - 100 * Day);
    r.account(QStringLiteral("Berlin, 5 days"), QStringLiteral("Berlin"), 30, Now - 35 * Day);
    const QString hamburgPoor = r.account(QStringLiteral("Hamburg, 10 days, small"), QStringLiteral("Hamburg"), 30, Now - 40 * Day);
    const QString hamburgRich = r.account(QStringLiteral("Hamburg, 10 days, big"), QStringLiteral("Hamburg"), 60, Now - 70 * Day);
    r.account(QStringLiteral("No city, 20 days"), QString(), 30, Now - 50 * Day);
    r.order(hamburgPoor, Now - Day, {{1, 1000, 0}});
    r.order(hamburgRich, Now - Day, {{9, 1000, 0}});
    r.order(berlinOld, Now - Day, {{1, 1, 0}});

    const auto due = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 100});
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(names(*due), (QStringList{QStringLiteral("Berlin, 70 days"), QStringLiteral("Berlin, 5 days"), QStringLiteral("No city, 20 days"),
                                        QStringLiteral("Hamburg, 10 days, big"), QStringLiteral("Hamburg, 10 days, small")}));
    EXPECT_EQ(due->dueCount, 5);
    EXPECT_FALSE(due->truncated());

    // The limit keeps the most urgent ones, then groups them.
    const auto top = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 3});
    ASSERT_TRUE(top.ok());
    EXPECT_EQ(names(*top), (QStringList{QStringLiteral("Berlin, 70 days"), QStringLiteral("No city, 20 days"), QStringLiteral("Hamburg, 10 days, big")}));
    EXPECT_EQ(top->dueCount, 5);
    EXPECT_TRUE(top->truncated());
}

TEST(VisitsDueQuery, FiltersByOwnerAndReadsInBatchesThatCanBeStopped)
{
    Round r;
    User bo;
    bo.name = QStringLiteral("bo");
    const QString boId = *UserRepository(*r.ts).create(bo);
    const int n = VisitsDueQuery::BatchSize + 10; // more than one batch
    r.ts->begin();
    for (int i = 0; i < n; ++i) {
        Account a;
        a.name = QStringLiteral("Account %1").arg(i, 4, 10, QLatin1Char('0'));
        a.visitIntervalDays = 30;
        if (i % 2)
            a.ownerId = boId;
        ASSERT_TRUE(AccountRepository(*r.ts).create(a).ok());
    }
    ASSERT_TRUE(r.ts->commit());

    QList<qint64> reported;
    const auto all = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 5}, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        reported << done;
        return true;
    });
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->dueCount, n);
    EXPECT_EQ(all->visits.size(), 5);
    ASSERT_EQ(reported.size(), 2);
    EXPECT_LT(reported[0], reported[1]);

    const auto bos = VisitsDueQuery(*r.ts).run({boId, Now, 5000});
    ASSERT_TRUE(bos.ok());
    EXPECT_EQ(bos->dueCount, n / 2);

    int calls = 0;
    const auto stopped = VisitsDueQuery(*r.ts).run({std::nullopt, Now, 5}, [&](qint64, qint64) { return ++calls < 1; });
    EXPECT_FALSE(stopped.ok());
    EXPECT_EQ(calls, 1);
}

TEST(VisitsDueQuery, ReadsAccountsByKeyAndTheLastVisitByTheAccountsActivities)
{
    test::TempStore ts;
    for (bool byOwner : {false, true}) {
        QSqlQuery q(ts->db());
        ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + VisitsDueQuery::batchSql(byOwner).replace(QLatin1Char('?'), QLatin1String("1"))));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        // The last visit comes from the partial index of done activities by
        // account and kind (migration 5; migration 3's visits index before it).
        EXPECT_TRUE(text.contains(QStringLiteral("COVERING INDEX activities_done_by_account_kind (account_id=? AND kind=?)"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("SCAN a "))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("TEMP B-TREE"))) << text.toStdString();
    }
}
