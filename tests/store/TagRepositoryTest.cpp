#include "RepositoryTestSupport.h"
#include "store/TagRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(TagRepository, RoundTripsAndUpdatesOnlyWhatChanged)
{
    test::TempStore ts;
    TagRepository repo(*ts);
    Tag t{QString(), QString(), QStringLiteral("重点客户"), QStringLiteral("#e64a19")};
    Result<QString> id = repo.create(t);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    t.id = *id;
    t.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), t);
    t.color = QStringLiteral("#D32F2F");
    ASSERT_TRUE(*repo.update(t));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("tag.color")});
    EXPECT_EQ(*repo.get(*id), t);
}

TEST(TagRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    TagRepository repo(*ts);
    const QString vip = *repo.create(Tag{QString(), QString(), QStringLiteral("VIP"), QString()});
    Tag t{QString(), QString(), QStringLiteral(" "), QString()};
    EXPECT_REJECTED(*ts, repo.create(t), QStringLiteral("name"));
    t = {QString(), QString(), QStringLiteral("Newsletter"), QStringLiteral("red")};
    EXPECT_REJECTED(*ts, repo.create(t), QStringLiteral("\"red\""));
    t = {QString(), QString(), QStringLiteral("vip"), QString()};
    EXPECT_REJECTED(*ts, repo.create(t), QStringLiteral("There is a tag \"VIP\" already."));
    // Renaming a tag to its own name in another case is fine.
    Tag own = *repo.get(vip);
    own.name = QStringLiteral("Vip");
    EXPECT_TRUE(*repo.update(own));
    ASSERT_TRUE(repo.remove(vip).ok());
    EXPECT_FALSE(repo.get(vip));
    EXPECT_TRUE(repo.create(t).ok()) << "a removed tag's name is free again";
}
