#include "RepositoryTestSupport.h"
#include "store/UserRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(UserRepository, RoundTripsAndUpdatesOnlyWhatChanged)
{
    test::TempStore ts;
    UserRepository repo(*ts);
    User u;
    u.name = QStringLiteral("li.na");
    u.displayName = QStringLiteral("李娜");
    u.email = QStringLiteral("li.na@kaffeekontor.example");
    u.role = QStringLiteral("rep");
    u.team = QStringLiteral("大中华区");
    u.active = false;
    Result<QString> id = repo.create(u);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    u.id = *id;
    EXPECT_EQ(*repo.get(*id), u) << "users have no owner";
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT active FROM users WHERE id = ?"), {*id}), 0);

    u.active = true;
    u.role = QStringLiteral("manager");
    ASSERT_TRUE(*repo.update(u));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("user.active"), QStringLiteral("user.role")}));
    EXPECT_EQ(*repo.get(*id), u);

    const std::optional<User> me = repo.get(ts->localUserId());
    ASSERT_TRUE(me);
    EXPECT_EQ(me->role, QStringLiteral("admin"));
    EXPECT_TRUE(me->active);
}

TEST(UserRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    UserRepository repo(*ts);
    User u;
    u.name = QStringLiteral("anna");
    u = *repo.get(*repo.create(u));
    User bad = u;
    bad.name.clear();
    EXPECT_REJECTED(*ts, repo.update(bad), QStringLiteral("name"));
    bad = u;
    bad.role = QStringLiteral("boss");
    EXPECT_REJECTED(*ts, repo.update(bad), QStringLiteral("\"boss\""));
    bad = u;
    bad.email = QStringLiteral("anna at example");
    EXPECT_REJECTED(*ts, repo.update(bad), QStringLiteral("\"anna at example\""));
    EXPECT_REJECTED(*ts, repo.remove(ts->localUserId()), QStringLiteral("cannot be removed"));
    EXPECT_EQ(*repo.get(u.id), u);
}

TEST(UserRepository, RemoveHidesTheUser)
{
    test::TempStore ts;
    UserRepository repo(*ts);
    User u;
    u.name = QStringLiteral("temp");
    const QString id = *repo.create(u);
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
}
