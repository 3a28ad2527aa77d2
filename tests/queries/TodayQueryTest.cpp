#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/ContactRepository.h"
#include "store/UserRepository.h"
#include "store/queries/TodayQuery.h"
#include "support/TestStore.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 Hour = 3600000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 EndOfDay = 1700006400000; // 2023-11-15T00:00Z: the end of "today"

Activity activity(const QString &kind, const QString &subject, qint64 start, std::optional<qint64> due = {})
{
    Activity a;
    a.kind = kind;
    a.subject = subject;
    a.startAt = start;
    a.dueAt = due;
    return a;
}

QStringList subjects(const OpenActivities &list)
{
    QStringList out;
    for (const OpenActivity &a : list.activities)
        out << a.subject;
    return out;
}

} // namespace

TEST(TodayQuery, ListsOpenActivitiesDueBeforeTheEndOfTodayNewestFirst)
{
    test::TempStore ts;
    ActivityRepository activities(*ts);
    // Due by start: a call this morning, a meeting last week.
    ASSERT_TRUE(activities.create(activity(QStringLiteral("call"), QStringLiteral("call this morning"), EndOfDay - 14 * Hour)).ok());
    ASSERT_TRUE(activities.create(activity(QStringLiteral("meeting"), QStringLiteral("meeting last week"), EndOfDay - 8 * Day)).ok());
    // A task is due by its due time, whatever its start: started last month,
    // due yesterday (overdue); and one started today but due next week (not yet).
    ASSERT_TRUE(activities.create(activity(QStringLiteral("task"), QStringLiteral("task due yesterday"), EndOfDay - 30 * Day, EndOfDay - Day - Hour)).ok());
    ASSERT_TRUE(activities.create(activity(QStringLiteral("task"), QStringLiteral("task due next week"), EndOfDay - Hour, EndOfDay + 6 * Day)).ok());
    // Tomorrow's call; a done call; a deleted one.
    ASSERT_TRUE(activities.create(activity(QStringLiteral("call"), QStringLiteral("call tomorrow"), EndOfDay + Hour)).ok());
    const QString done = *activities.create(activity(QStringLiteral("call"), QStringLiteral("done call"), EndOfDay - 3 * Hour));
    ASSERT_TRUE(activities.complete(done, QStringLiteral("connected"), EndOfDay - 2 * Hour).ok());
    const QString gone = *activities.create(activity(QStringLiteral("call"), QStringLiteral("deleted call"), EndOfDay - 3 * Hour));
    ASSERT_TRUE(activities.remove(gone).ok());
    // Exactly at the end of today belongs to tomorrow.
    ASSERT_TRUE(activities.create(activity(QStringLiteral("call"), QStringLiteral("call at midnight"), EndOfDay)).ok());

    const Result<OpenActivities> r = TodayQuery(*ts).run({std::nullopt, EndOfDay, 50});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(subjects(*r), (QStringList{QStringLiteral("call this morning"), QStringLiteral("task due yesterday"),
                                         QStringLiteral("meeting last week")}));
    EXPECT_FALSE(r->truncated);
    const OpenActivity &task = r->activities[1];
    EXPECT_EQ(task.kind, QStringLiteral("task"));
    EXPECT_EQ(task.when(), EndOfDay - Day - Hour);
    EXPECT_EQ(task.startAt, EndOfDay - 30 * Day);
}

TEST(TodayQuery, FiltersByOwnerAndNamesWhatEachIsAbout)
{
    test::TempStore ts;
    User bo;
    bo.name = QStringLiteral("bo");
    bo.displayName = QStringLiteral("Bo Li");
    const QString boId = *UserRepository(*ts).create(bo);
    Account account;
    account.name = QStringLiteral("Kaffeehaus Adler");
    const QString accountId = *AccountRepository(*ts).create(account);
    Contact wang;
    wang.familyName = QStringLiteral("王");
    wang.givenName = QStringLiteral("伟");
    wang.accountId = accountId;
    const QString wangId = *ContactRepository(*ts).create(wang);
    Contact anna;
    anna.givenName = QStringLiteral("Anna");
    anna.familyName = QStringLiteral("Schmidt");
    anna.accountId = accountId;
    const QString annaId = *ContactRepository(*ts).create(anna);

    ActivityRepository activities(*ts);
    Activity mine = activity(QStringLiteral("visit"), QStringLiteral("mine"), EndOfDay - 5 * Hour);
    mine.accountId = accountId;
    mine.contactIds = {wangId, annaId};
    ASSERT_TRUE(activities.create(mine).ok());
    Activity bos = activity(QStringLiteral("call"), QStringLiteral("Bo's"), EndOfDay - 4 * Hour);
    bos.ownerId = boId;
    ASSERT_TRUE(activities.create(bos).ok());

    const auto onlyMine = TodayQuery(*ts).run({ts->localUserId(), EndOfDay, 50});
    ASSERT_TRUE(onlyMine.ok());
    ASSERT_EQ(subjects(*onlyMine), QStringList{QStringLiteral("mine")});
    const OpenActivity &v = onlyMine->activities.first();
    EXPECT_EQ(v.accountId, accountId);
    EXPECT_EQ(v.accountName, QStringLiteral("Kaffeehaus Adler"));
    EXPECT_EQ(v.contactIds, (QStringList{wangId, annaId}));
    EXPECT_EQ(v.contactName, QStringLiteral("王伟"));
    EXPECT_EQ(v.ownerId, ts->localUserId());

    const auto everyone = TodayQuery(*ts).run({std::nullopt, EndOfDay, 50});
    ASSERT_TRUE(everyone.ok());
    EXPECT_EQ(subjects(*everyone), (QStringList{QStringLiteral("Bo's"), QStringLiteral("mine")}));
    EXPECT_EQ(everyone->activities.first().ownerName, QStringLiteral("Bo Li"));

    // A deleted account is not named.
    ASSERT_TRUE(AccountRepository(*ts).remove(accountId).ok());
    const auto after = TodayQuery(*ts).run({ts->localUserId(), EndOfDay, 50});
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->activities.size(), 1);
    EXPECT_TRUE(after->activities.first().accountName.isEmpty());
}

TEST(TodayQuery, StopsAtTheLimitAndSaysThereIsMore)
{
    test::TempStore ts;
    ActivityRepository activities(*ts);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(activities.create(activity(QStringLiteral("task"), QStringLiteral("t%1").arg(i), EndOfDay - 40 * Day, EndOfDay - (i + 1) * Day)).ok());
    const auto three = TodayQuery(*ts).run({std::nullopt, EndOfDay, 3});
    ASSERT_TRUE(three.ok());
    EXPECT_EQ(subjects(*three), (QStringList{QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2")}));
    EXPECT_TRUE(three->truncated);
    const auto five = TodayQuery(*ts).run({std::nullopt, EndOfDay, 5});
    ASSERT_TRUE(five.ok());
    EXPECT_EQ(five->activities.size(), 5);
    EXPECT_FALSE(five->truncated);
}

TEST(TodayQuery, BothHalvesAreRangesOfOpenActivityIndexes)
{
    test::TempStore ts;
    for (bool byOwner : {false, true}) {
        QSqlQuery q(ts->db());
        ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + TodayQuery::sql(byOwner).replace(QLatin1Char('?'), QLatin1String("1"))));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        // Overdue by due time, undated by start time; one owner's from indexes led by the owner (migration 4).
        EXPECT_TRUE(text.contains(byOwner ? QStringLiteral("USING INDEX activities_open_by_owner_due")
                                          : QStringLiteral("USING INDEX activities_open_by_due"))) << text.toStdString();
        EXPECT_TRUE(text.contains(byOwner ? QStringLiteral("USING INDEX activities_open_undated_by_owner")
                                          : QStringLiteral("USING INDEX activities_open_undated"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("SCAN activities"))) << text.toStdString();
    }
}
