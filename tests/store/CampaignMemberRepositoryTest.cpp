#include "RepositoryTestSupport.h"
#include "store/CampaignMemberRepository.h"
#include "store/CampaignRepository.h"
#include "store/ContactRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 T0 = 1700000000000;
constexpr qint64 Day = 86400000;

struct World {
    QString campaign, wang, anna;
};

World world(Store &s)
{
    World w;
    Campaign c;
    c.name = QStringLiteral("微信推广 2024");
    c.channel = QStringLiteral("wechat");
    w.campaign = *CampaignRepository(s).create(c);
    Contact p;
    p.familyName = QStringLiteral("王");
    p.givenName = QStringLiteral("伟");
    w.wang = *ContactRepository(s).create(p);
    p.familyName = QStringLiteral("Schmidt");
    p.givenName = QStringLiteral("Anna");
    w.anna = *ContactRepository(s).create(p);
    return w;
}

CampaignMember member(const QString &campaign, const QString &contact)
{
    CampaignMember m;
    m.campaignId = campaign;
    m.contactId = contact;
    m.status = QStringLiteral("targeted");
    m.targetedAt = T0;
    return m;
}

} // namespace

TEST(CampaignMemberRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    CampaignMember m = member(w.campaign, w.wang);
    m.status = QStringLiteral("converted");
    m.sentAt = T0 + Day;
    m.respondedAt = T0 + 2 * Day;
    m.convertedAt = T0 + 10 * Day;
    Result<QString> id = repo.create(m);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    m.id = *id;
    m.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), m);
    EXPECT_EQ(*repo.memberOf(w.campaign, w.wang), m);
    EXPECT_FALSE(repo.memberOf(w.campaign, w.anna));
}

TEST(CampaignMemberRepository, AContactIsAMemberOnlyOnce)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    const QString first = *repo.create(member(w.campaign, w.wang));
    EXPECT_REJECTED(*ts, repo.create(member(w.campaign, w.wang)), QStringLiteral("王伟 is already a member of the campaign \"微信推广 2024\"."));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM campaign_members")), 1);

    // Turning another membership into a duplicate is refused too.
    CampaignMember anna = *repo.get(*repo.create(member(w.campaign, w.anna)));
    anna.contactId = w.wang;
    EXPECT_REJECTED(*ts, repo.update(anna), QStringLiteral("王伟"));

    // Once removed, the contact can be added again.
    ASSERT_TRUE(repo.remove(first).ok());
    Result<QString> again = repo.create(member(w.campaign, w.wang));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(repo.memberOf(w.campaign, w.wang)->id, *again);
}

TEST(CampaignMemberRepository, AdvanceSetsStatusAndItsTime)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    const QString id = *repo.create(member(w.campaign, w.anna));
    ASSERT_TRUE(*repo.advance(id, QStringLiteral("sent"), T0 + Day));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("campaign_member.sent_at"), QStringLiteral("campaign_member.status")}));
    ASSERT_TRUE(*repo.advance(id, QStringLiteral("responded"), T0 + 3 * Day));
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT status FROM campaign_members WHERE id = ?"), {id}), QStringLiteral("responded"));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT responded_at FROM campaign_members WHERE id = ?"), {id}), T0 + 3 * Day);
    EXPECT_REJECTED(*ts, repo.advance(id, QStringLiteral("opened"), T0), QStringLiteral("\"opened\""));
    EXPECT_REJECTED(*ts, repo.advance(id, QStringLiteral("converted"), T0 + 2 * Day), QStringLiteral("\"converted\" before being \"responded\""));
}

TEST(CampaignMemberRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    CampaignMember m = *repo.get(*repo.create(member(w.campaign, w.anna)));
    EXPECT_FALSE(*repo.update(m));
    m.targetedAt = T0 - Day;
    ASSERT_TRUE(*repo.update(m));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("campaign_member.targeted_at")});
    EXPECT_EQ(*repo.get(m.id), m);
}

TEST(CampaignMemberRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    const CampaignMember good = *repo.get(*repo.create(member(w.campaign, w.anna)));
    CampaignMember m = good;
    m.status = QStringLiteral("clicked");
    EXPECT_REJECTED(*ts, repo.update(m), QStringLiteral("\"clicked\""));
    m = good;
    m.status = QStringLiteral("sent");
    EXPECT_REJECTED(*ts, repo.update(m), QStringLiteral("\"sent\""));
    m = good;
    m.status = QStringLiteral("responded");
    m.sentAt = T0 + 5 * Day;
    m.respondedAt = T0 + 4 * Day;
    EXPECT_REJECTED(*ts, repo.update(m), QStringLiteral("\"responded\" before being \"sent\""));
    m = good;
    m.campaignId.clear();
    EXPECT_REJECTED(*ts, repo.update(m), QStringLiteral("campaign"));
    m = good;
    m.campaignId = QStringLiteral("018b0000-0000-7000-8000-0000000000cc");
    EXPECT_REJECTED(*ts, repo.update(m), QStringLiteral("The campaign 018b0000-0000-7000-8000-0000000000cc does not exist."));
    ASSERT_TRUE(ContactRepository(*ts).remove(w.wang).ok());
    EXPECT_REJECTED(*ts, repo.create(member(w.campaign, w.wang)), QStringLiteral("The contact \"王伟\" has been deleted."));
    EXPECT_EQ(*repo.get(good.id), good);
}

TEST(CampaignMemberRepository, RemoveHidesTheMembership)
{
    test::TempStore ts;
    const World w = world(*ts);
    CampaignMemberRepository repo(*ts);
    const QString id = *repo.create(member(w.campaign, w.anna));
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
    EXPECT_FALSE(repo.memberOf(w.campaign, w.anna));
}
