#include "store/AccountRepository.h"
#include "store/Journal.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(AccountRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    AccountRepository repo(*ts);
    Account a;
    a.name = QStringLiteral("上海东方贸易有限公司");
    a.type = QStringLiteral("customer");
    a.industry = QStringLiteral("Retail");
    a.source = QStringLiteral("trade fair");
    a.website = QStringLiteral("https://example.cn");
    a.phones = {{QStringLiteral("work"), QStringLiteral("+86 21 5555 0100")}};
    a.emails = {{QStringLiteral("work"), QStringLiteral("info@example.cn")}};
    a.address = {QStringLiteral("南京东路 100 号"), QStringLiteral("上海"), QString(), QStringLiteral("200001"), QStringLiteral("CN")};
    a.tags = {QStringLiteral("vip"), QStringLiteral("east")};
    a.notes = QStringLiteral("Prefers WeChat.");
    a.visitIntervalDays = 30;
    Result<QString> id = repo.create(a);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    std::optional<Account> back = repo.get(*id);
    ASSERT_TRUE(back);
    a.id = *id;
    a.ownerId = ts->localUserId();
    EXPECT_EQ(*back, a);
}

TEST(AccountRepository, UpdateSavesOnlyWhatChangedAndValidates)
{
    test::TempStore ts;
    AccountRepository repo(*ts);
    Account a;
    a.name = QStringLiteral("Acme");
    a.id = *repo.create(a);
    a = *repo.get(a.id);
    EXPECT_FALSE(*repo.update(a));
    a.address.city = QStringLiteral("Lyon");
    EXPECT_TRUE(*repo.update(a));
    auto entries = Journal(*ts).entriesOfRecord(a.id);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->last().field, QStringLiteral("city"));
    EXPECT_EQ(entries->last().op, QStringLiteral("update"));

    Account bad = a;
    bad.name = QStringLiteral("  ");
    EXPECT_FALSE(repo.update(bad).ok());
    bad = a;
    bad.type = QStringLiteral("friend");
    EXPECT_TRUE(repo.update(bad).error().message.contains(QStringLiteral("friend")));
    bad = a;
    bad.parentId = a.id;
    EXPECT_FALSE(repo.update(bad).ok());
    EXPECT_EQ(repo.get(a.id)->address.city, QStringLiteral("Lyon"));

    ASSERT_TRUE(repo.remove(a.id).ok());
    EXPECT_FALSE(repo.get(a.id));
}
