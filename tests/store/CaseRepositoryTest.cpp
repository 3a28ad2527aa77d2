#include "RepositoryTestSupport.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/UserRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 T0 = 1700000000000;
constexpr qint64 Day = 86400000;

struct World {
    QString account, contact, agent, followup;
};

World world(Store &s)
{
    World w;
    Account a;
    a.name = QStringLiteral("广州茶餐厅");
    w.account = *AccountRepository(s).create(a);
    Contact c;
    c.familyName = QStringLiteral("陈");
    c.givenName = QStringLiteral("静");
    c.accountId = w.account;
    w.contact = *ContactRepository(s).create(c);
    User u;
    u.name = QStringLiteral("support.li");
    u.displayName = QStringLiteral("李娜");
    u.role = QStringLiteral("support");
    w.agent = *UserRepository(s).create(u);
    Activity f;
    f.kind = QStringLiteral("call");
    f.subject = QStringLiteral("回访：磨豆机");
    f.startAt = T0 + 5 * Day;
    w.followup = *ActivityRepository(s).create(f);
    return w;
}

Case complaint(const World &w)
{
    Case c;
    c.subject = QStringLiteral("磨豆机卡住了");
    c.description = QStringLiteral("Macina 64 stops after two doses.\n每天早上都会发生。");
    c.accountId = w.account;
    c.contactId = w.contact;
    c.priority = QStringLiteral("high");
    c.status = QStringLiteral("in progress");
    c.assigneeId = w.agent;
    c.dueAt = T0 + 3 * Day;
    return c;
}

} // namespace

TEST(CaseRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    Case c = complaint(w);
    c.status = QStringLiteral("closed");
    c.resolvedAt = T0 + 2 * Day;
    c.resolution = QStringLiteral("Replaced the burr set (Burr Set 64 mm) under warranty.");
    c.satisfaction = 5;
    c.followupActivityId = w.followup;
    Result<QString> id = repo.create(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    c.id = *id;
    c.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), c);
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT sort_key FROM cases WHERE id = ?"), {*id}), QStringLiteral("磨豆机卡住了"));

    Case open;
    open.subject = QStringLiteral("Question about descaling");
    open.priority = QStringLiteral("low");
    open.status = QStringLiteral("new");
    open.id = *repo.create(open);
    open.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(open.id), open);
}

TEST(CaseRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    Case c = *repo.get(*repo.create(complaint(w)));
    EXPECT_FALSE(*repo.update(c));
    c.priority = QStringLiteral("urgent");
    c.status = QStringLiteral("waiting");
    ASSERT_TRUE(*repo.update(c));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("case.priority"), QStringLiteral("case.status")}));
    EXPECT_EQ(*repo.get(c.id), c);
}

TEST(CaseRepository, ResolveRequiresAResolution)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    const Case c = *repo.get(*repo.create(complaint(w)));
    EXPECT_REJECTED(*ts, repo.resolve(c.id, QStringLiteral("  ")), QStringLiteral("resolution"));
    EXPECT_EQ(repo.get(c.id)->status, QStringLiteral("in progress"));

    const qint64 before = ts.clock;
    Result<bool> r = repo.resolve(c.id, QStringLiteral("已更换刀盘。"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const Case resolved = *repo.get(c.id);
    EXPECT_EQ(resolved.status, QStringLiteral("resolved"));
    EXPECT_EQ(resolved.resolution, QStringLiteral("已更换刀盘。"));
    ASSERT_TRUE(resolved.resolvedAt);
    EXPECT_GE(*resolved.resolvedAt, before);
    EXPECT_EQ(test::lastChangeFields(*ts),
              (QStringList{QStringLiteral("case.resolution"), QStringLiteral("case.resolved_at"), QStringLiteral("case.status")}));

    // Correcting the resolution keeps the time it was resolved.
    ASSERT_TRUE(*repo.resolve(c.id, QStringLiteral("已更换刀盘，并清洁了机器。")));
    EXPECT_EQ(repo.get(c.id)->resolvedAt, resolved.resolvedAt);
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("case.resolution")});
}

TEST(CaseRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    const Case good = *repo.get(*repo.create(complaint(w)));
    Case c = good;
    c.subject = QStringLiteral(" ");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("subject"));
    c = good;
    c.priority = QStringLiteral("critical");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("\"critical\""));
    c = good;
    c.status = QStringLiteral("on hold");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("\"on hold\""));
    c = good;
    c.status = QStringLiteral("resolved");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("resolution"));
    c.status = QStringLiteral("closed");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("closed case needs a resolution"));
    c = good;
    c.satisfaction = 0;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("not 0"));
    c.satisfaction = 6;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("not 6"));
    c = good;
    c.followupActivityId = QStringLiteral("018b0000-0000-7000-8000-0000000000dd");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("The activity 018b0000-0000-7000-8000-0000000000dd does not exist."));
    c = good;
    c.assigneeId = QStringLiteral("018b0000-0000-7000-8000-0000000000de");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("The user 018b0000-0000-7000-8000-0000000000de does not exist."));
    ASSERT_TRUE(ActivityRepository(*ts).remove(w.followup).ok());
    c = good;
    c.followupActivityId = w.followup;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("The activity \"回访：磨豆机\" has been deleted."));
    EXPECT_EQ(*repo.get(good.id), good);
}

TEST(CaseRepository, RemoveHidesTheCase)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    const QString id = *repo.create(complaint(w));
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
    EXPECT_FALSE(repo.resolve(id, QStringLiteral("x")).ok());
}

TEST(CaseRepository, AcceptsEveryStatusAndPriorityOfTheWorkflow)
{
    test::TempStore ts;
    const World w = world(*ts);
    CaseRepository repo(*ts);
    Case c = *repo.get(*repo.create(complaint(w)));
    c.resolution = QStringLiteral("Explained the cleaning routine.");
    for (const char *status : {"new", "assigned", "in progress", "waiting", "resolved", "closed"}) {
        c.status = QString::fromLatin1(status);
        Result<bool> r = repo.update(c);
        ASSERT_TRUE(r.ok()) << status << ": " << r.error().message.toStdString();
        EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {c.id}), c.status);
    }
    for (const char *priority : {"low", "normal", "high", "urgent"}) {
        c.priority = QString::fromLatin1(priority);
        ASSERT_TRUE(repo.update(c).ok()) << priority;
        EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT priority FROM cases WHERE id = ?"), {c.id}), c.priority);
    }
}
