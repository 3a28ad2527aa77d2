#include "store/SavedViewRepository.h"
#include "store/UserRepository.h"
#include "store/queries/Directory.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(Directory, ListsLiveUsersByDisplayNameAndInactiveOnlyWhenAsked)
{
    test::TempStore ts;
    UserRepository users(*ts);
    User zoe;
    zoe.name = QStringLiteral("zoe");
    zoe.displayName = QStringLiteral("Zoë Adams");
    User bo;
    bo.name = QStringLiteral("bo");
    bo.displayName = QStringLiteral("Bo Li");
    bo.active = false;
    User gone;
    gone.name = QStringLiteral("gone");
    const QString zoeId = *users.create(zoe);
    const QString boId = *users.create(bo);
    const QString goneId = *users.create(gone);
    ASSERT_TRUE(users.remove(goneId).ok());

    const auto active = Directory(*ts).users();
    ASSERT_TRUE(active.ok());
    QStringList ids;
    for (const User &u : *active)
        ids << u.id;
    EXPECT_TRUE(ids.contains(zoeId));
    EXPECT_TRUE(ids.contains(ts->localUserId()));
    EXPECT_FALSE(ids.contains(boId));
    EXPECT_FALSE(ids.contains(goneId));

    const auto all = Directory(*ts).users(true);
    ASSERT_TRUE(all.ok());
    QStringList names;
    for (const User &u : *all)
        names << (u.displayName.isEmpty() ? u.name : u.displayName);
    EXPECT_TRUE(names.indexOf(QStringLiteral("Bo Li")) < names.indexOf(QStringLiteral("Zoë Adams")));
    EXPECT_FALSE(names.contains(QStringLiteral("gone")));
}

TEST(Directory, ListsSavedViewsOfOneEntityWithTheirDefinitions)
{
    test::TempStore ts;
    SavedViewRepository views(*ts);
    SavedView a{{}, {}, QStringLiteral("VIP in Shanghai"), QStringLiteral("contact"),
                QJsonObject{{QStringLiteral("filters"), QJsonObject{{QStringLiteral("tag"), QStringLiteral("vip")}}}}};
    SavedView b{{}, {}, QStringLiteral("All prospects"), QStringLiteral("account"), QJsonObject{}};
    ASSERT_TRUE(views.create(a).ok());
    ASSERT_TRUE(views.create(b).ok());
    const auto contactViews = Directory(*ts).savedViews(QStringLiteral("contact"));
    ASSERT_TRUE(contactViews.ok());
    ASSERT_EQ(contactViews->size(), 1);
    EXPECT_EQ(contactViews->first().name, a.name);
    EXPECT_EQ(contactViews->first().definition, a.definition);
}
