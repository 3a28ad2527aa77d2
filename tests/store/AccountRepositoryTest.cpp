#include "RepositoryTestSupport.h"
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

TEST(AccountRepository, ParentMustBeALiveAccount)
{
    test::TempStore ts;
    AccountRepository repo(*ts);
    Account parent;
    parent.name = QStringLiteral("Kaffee Kontor Holding");
    parent.id = *repo.create(parent);
    Account branch;
    branch.name = QStringLiteral("Kaffee Kontor Köln");
    branch.parentId = QStringLiteral("018b0000-0000-7000-8000-000000000123");
    Result<QString> missing = repo.create(branch);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, QStringLiteral("The account 018b0000-0000-7000-8000-000000000123 does not exist."));
    ASSERT_TRUE(repo.remove(parent.id).ok());
    branch.parentId = parent.id;
    Result<QString> deleted = repo.create(branch);
    ASSERT_FALSE(deleted.ok());
    EXPECT_EQ(deleted.error().message, QStringLiteral("The account \"Kaffee Kontor Holding\" has been deleted."));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM accounts")), 1);
}

TEST(AccountRepository, SaveCreatesThenUpdatesInOneLabelledChangeSet)
{
    test::TempStore ts;
    AccountRepository repo(*ts);
    Account a;
    a.name = QStringLiteral("Lantern Tea");
    const Result<QString> id = repo.save(a, QStringLiteral("Create account Lantern Tea"));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    a = *repo.get(*id);
    a.address.city = QStringLiteral("Taipei");
    a.type = QStringLiteral("customer");
    ASSERT_EQ(repo.save(a, QStringLiteral("Edit account Lantern Tea")).value(), *id);
    EXPECT_EQ(repo.get(*id)->address.city, QStringLiteral("Taipei"));
    // Both fields of the edit are one undo step, under the editor's label.
    const auto changes = Journal(*ts).recentChangeSets(1);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().label, QStringLiteral("Edit account Lantern Tea"));
    EXPECT_EQ(changes->first().entries, 2);
    Account bad = a;
    bad.name.clear();
    EXPECT_FALSE(repo.save(bad, QStringLiteral("Edit")).ok());
    EXPECT_EQ(repo.get(*id)->name, QStringLiteral("Lantern Tea"));
}
