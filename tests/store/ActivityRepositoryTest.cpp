#include "RepositoryTestSupport.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 Day = 86400000;
constexpr qint64 T0 = 1700000000000;

struct World {
    QString account, wang, anna, opportunity, kase;
};

World world(Store &s)
{
    World w;
    Account a;
    a.name = QStringLiteral("上海东海贸易有限公司");
    w.account = *AccountRepository(s).create(a);
    Contact c;
    c.familyName = QStringLiteral("王");
    c.givenName = QStringLiteral("伟");
    c.accountId = w.account;
    w.wang = *ContactRepository(s).create(c);
    c.familyName = QStringLiteral("Schmidt");
    c.givenName = QStringLiteral("Anna");
    w.anna = *ContactRepository(s).create(c);
    Opportunity o;
    o.name = QStringLiteral("咖啡机 2024");
    o.accountId = w.account;
    w.opportunity = *OpportunityRepository(s).create(o);
    Case k;
    k.subject = QStringLiteral("Grinder jams");
    k.accountId = w.account;
    w.kase = *CaseRepository(s).create(k);
    return w;
}

Activity meeting(const World &w)
{
    Activity a;
    a.kind = QStringLiteral("meeting");
    a.subject = QStringLiteral("季度回顾");
    a.body = QStringLiteral("讨论明年的咖啡豆合同。\nBring samples.");
    a.startAt = T0 + Day;
    a.durationMinutes = 90;
    a.location = QStringLiteral("上海东海贸易有限公司, 上海");
    a.accountId = w.account;
    a.contactIds = {w.wang, w.anna};
    a.opportunityId = w.opportunity;
    return a;
}

} // namespace

TEST(ActivityRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    Activity a = meeting(w);
    a.dueAt = T0 + 2 * Day;
    a.doneAt = T0 + Day + 90 * 60000;
    a.outcome = QStringLiteral("positive");
    Result<QString> id = repo.create(a);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    a.id = *id;
    a.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), a);

    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("Follow-up on the grinder, Zoë's café");
    call.startAt = T0;
    call.durationMinutes = 15;
    call.caseId = w.kase;
    call.contactIds = {w.anna};
    call.id = *repo.create(call);
    call.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(call.id), call);
    // The write path keeps the contact timeline table in step.
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activity_contacts WHERE contact_id = ?"), {w.anna}), 2);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activity_contacts WHERE contact_id = ?"), {w.wang}), 1);
}

TEST(ActivityRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    Activity a = *repo.get(*repo.create(meeting(w)));
    EXPECT_FALSE(*repo.update(a));
    a.location = QStringLiteral("Online (Teams)");
    a.contactIds = {w.wang};
    ASSERT_TRUE(*repo.update(a));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("activity.contact_ids"), QStringLiteral("activity.location")}));
    EXPECT_EQ(*repo.get(a.id), a);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activity_contacts WHERE activity_id = ?"), {a.id}), 1);
}

TEST(ActivityRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    const Activity good = *repo.get(*repo.create(meeting(w)));

    Activity a = good;
    a.kind = QStringLiteral("Meeting");
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("\"Meeting\""));
    EXPECT_REJECTED(*ts, repo.create(a), QStringLiteral("\"Meeting\""));
    a = good;
    a.startAt.reset();
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("start"));
    a = good;
    a.durationMinutes = -30;
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("-30"));
    a = good;
    a.contactIds = {w.wang, w.wang};
    EXPECT_REJECTED(*ts, repo.update(a), w.wang);
    a = good;
    a.contactIds = {w.wang, QStringLiteral("018b0000-0000-7000-8000-00000000abcd")};
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("The contact 018b0000-0000-7000-8000-00000000abcd does not exist."));
    a = good;
    a.opportunityId = QStringLiteral("018b0000-0000-7000-8000-00000000abce");
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("The opportunity 018b0000-0000-7000-8000-00000000abce does not exist."));
    ASSERT_TRUE(CaseRepository(*ts).remove(w.kase).ok());
    a = good;
    a.caseId = w.kase;
    EXPECT_REJECTED(*ts, repo.update(a), QStringLiteral("The case \"Grinder jams\" has been deleted."));
    EXPECT_EQ(*repo.get(good.id), good);
}

TEST(ActivityRepository, CompleteRecordsTimeAndOutcome)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    Activity task;
    task.kind = QStringLiteral("task");
    task.subject = QStringLiteral("Send the price list");
    task.startAt = T0;
    task.dueAt = T0 + 3 * Day;
    task.contactIds = {w.anna};
    task = *repo.get(*repo.create(task));
    EXPECT_FALSE(task.isDone());

    Result<bool> done = repo.complete(task.id, QStringLiteral("sent by email"), T0 + Day);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_TRUE(*done);
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("activity.done_at"), QStringLiteral("activity.outcome")}));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT done_at FROM activities WHERE id = ?"), {task.id}), T0 + Day);
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT outcome FROM activities WHERE id = ?"), {task.id}), QStringLiteral("sent by email"));
    Activity expected = task;
    expected.doneAt = T0 + Day;
    expected.outcome = QStringLiteral("sent by email");
    EXPECT_EQ(*repo.get(task.id), expected);

    // The open-task index no longer lists it.
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activities WHERE done_at IS NULL AND deleted_at IS NULL")), 0);
    Result<bool> missing = repo.complete(QStringLiteral("018b0000-0000-7000-8000-000000000001"), QString(), T0);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, StoreError::Kind::NotFound);
}

TEST(ActivityRepository, RescheduleMovesOpenActivitiesOnly)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    Activity task;
    task.kind = QStringLiteral("task");
    task.subject = QStringLiteral("回电话");
    task.startAt = T0;
    task.dueAt = T0;
    task = *repo.get(*repo.create(task));

    ASSERT_TRUE(*repo.reschedule(task.id, std::nullopt, T0 + 2 * Day));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("activity.due_at")});
    EXPECT_EQ(repo.get(task.id)->startAt, T0);
    EXPECT_EQ(repo.get(task.id)->dueAt, T0 + 2 * Day);
    ASSERT_TRUE(*repo.reschedule(task.id, T0 + Day, T0 + 3 * Day));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT start_at FROM activities WHERE id = ?"), {task.id}), T0 + Day);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT due_at FROM activities WHERE id = ?"), {task.id}), T0 + 3 * Day);
    EXPECT_FALSE(*repo.reschedule(task.id, std::nullopt, std::nullopt));

    Activity m = *repo.get(*repo.create(meeting(w)));
    ASSERT_TRUE(*repo.complete(m.id, QStringLiteral("neutral"), T0 + Day + 3600000));
    EXPECT_REJECTED(*ts, repo.reschedule(m.id, T0 + 5 * Day, std::nullopt), QStringLiteral("季度回顾"));
    EXPECT_EQ(repo.get(m.id)->startAt, T0 + Day);
}

TEST(ActivityRepository, RemoveHidesTheActivityAndItsTimelineEntries)
{
    test::TempStore ts;
    const World w = world(*ts);
    ActivityRepository repo(*ts);
    const QString id = *repo.create(meeting(w));
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activity_contacts WHERE activity_id = ?"), {id}), 0);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM activities WHERE id = ? AND deleted_at IS NOT NULL"), {id}), 1);
}
