#include "RepositoryTestSupport.h"
#include "store/SavedViewRepository.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace rapport;

TEST(SavedViewRepository, RoundTripsAndUpdatesOnlyWhatChanged)
{
    test::TempStore ts;
    SavedViewRepository repo(*ts);
    SavedView v;
    v.name = QStringLiteral("我的上海客户");
    v.entity = QStringLiteral("account");
    v.definition = QJsonObject{{QStringLiteral("filter"), QJsonObject{{QStringLiteral("city"), QStringLiteral("上海")}}},
                               {QStringLiteral("sort"), QJsonArray{QStringLiteral("name")}}};
    Result<QString> id = repo.create(v);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    v.id = *id;
    v.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), v);
    v.name = QStringLiteral("Shanghai accounts");
    ASSERT_TRUE(*repo.update(v));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("saved_view.name")});
}

TEST(SavedViewRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    SavedViewRepository repo(*ts);
    SavedView v;
    v.entity = QStringLiteral("contact");
    EXPECT_REJECTED(*ts, repo.create(v), QStringLiteral("name"));
    v.name = QStringLiteral("People");
    v.entity = QStringLiteral("people");
    EXPECT_REJECTED(*ts, repo.create(v), QStringLiteral("\"people\""));
    v.entity = QStringLiteral("contact");
    const QString id = *repo.create(v);
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
}
