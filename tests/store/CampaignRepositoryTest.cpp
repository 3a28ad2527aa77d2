#include "RepositoryTestSupport.h"
#include "store/CampaignRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

Campaign fair()
{
    Campaign c;
    c.name = QStringLiteral("上海咖啡展 2024 CN");
    c.channel = QStringLiteral("event");
    c.budget = 5000000;
    c.actualCost = 4700000;
    c.currency = QStringLiteral("CNY");
    c.startDate = QDate(2024, 4, 10);
    c.endDate = QDate(2024, 4, 13);
    c.status = QStringLiteral("completed");
    c.notes = QStringLiteral("展位 B12。Target: existing customers and warm leads.");
    return c;
}

} // namespace

TEST(CampaignRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    CampaignRepository repo(*ts);
    Campaign c = fair();
    Result<QString> id = repo.create(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    c.id = *id;
    c.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), c);
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT start_date || ' ' || end_date FROM campaigns WHERE id = ?"), {*id}),
              QStringLiteral("2024-04-10 2024-04-13"));

    Campaign mail;
    mail.name = QStringLiteral("Newsletter Mai – Café Crème");
    mail.channel = QStringLiteral("direct mail");
    mail.status = QStringLiteral("planned");
    mail.startDate = QDate(2024, 5, 1);
    mail.endDate = QDate(2024, 5, 1); // a one-day campaign ends on the day it starts
    mail.id = *repo.create(mail);
    mail.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(mail.id), mail);
}

TEST(CampaignRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    CampaignRepository repo(*ts);
    Campaign c = *repo.get(*repo.create(fair()));
    EXPECT_FALSE(*repo.update(c));
    c.actualCost = 5100000;
    c.status = QStringLiteral("active");
    ASSERT_TRUE(*repo.update(c));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("campaign.actual_cost"), QStringLiteral("campaign.status")}));
    EXPECT_EQ(*repo.get(c.id), c);
}

TEST(CampaignRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    CampaignRepository repo(*ts);
    const Campaign good = *repo.get(*repo.create(fair()));
    Campaign c = good;
    c.name.clear();
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("name"));
    c = good;
    c.channel = QStringLiteral("fax");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("\"fax\""));
    c = good;
    c.status = QStringLiteral("done");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("\"done\""));
    c = good;
    c.currency = QStringLiteral("RMB1");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("\"RMB1\""));
    c = good;
    c.currency.clear();
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("currency"));
    c = good;
    c.budget = -1;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("-0.01"));
    c = good;
    c.actualCost = -250;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("-2.50"));
    c = good;
    c.endDate = QDate(2024, 4, 9);
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("The campaign ends (2024-04-09) before it starts (2024-04-10)."));
    EXPECT_REJECTED(*ts, repo.create(c), QStringLiteral("2024-04-09"));
    EXPECT_EQ(*repo.get(good.id), good);
}

TEST(CampaignRepository, RemoveHidesTheCampaign)
{
    test::TempStore ts;
    CampaignRepository repo(*ts);
    const QString id = *repo.create(fair());
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM campaigns WHERE deleted_at IS NULL")), 0);
}
