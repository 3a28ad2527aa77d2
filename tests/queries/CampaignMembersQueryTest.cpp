#include "CampaignTestData.h"
#include "store/Journal.h"
#include "store/queries/CampaignMembersQuery.h"
#include "store/queries/CampaignResponses.h"

using namespace rapport;
using namespace rapport::test;

TEST(CampaignMembersQuery, PagesMembersByNameWithStatusFilterAndCounts)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Fair"), QStringLiteral("event"));
    const QString other = d.campaign(QStringLiteral("Other"), QStringLiteral("event"));
    const QString acme = d.account(QStringLiteral("Acme"));
    QStringList byName;
    for (const char *name : {"Dora", "Anna", "Carl", "Bert", "Emil"})
        byName << d.contact(QString::fromLatin1(name), QString::fromLatin1(name).toLower() + QStringLiteral("@acme.com"), {}, {}, acme);
    // byName is in creation order; members go in with statuses.
    d.member(campaign, byName[0], QStringLiteral("converted")); // Dora
    d.member(campaign, byName[1], QStringLiteral("responded")); // Anna
    d.member(campaign, byName[2], QStringLiteral("sent"));      // Carl
    d.member(campaign, byName[3], QStringLiteral("sent"));      // Bert
    const QString emilMember = d.member(campaign, byName[4]);   // Emil, targeted
    d.member(other, byName[1]);
    const QString gone = d.contact(QStringLiteral("Fritz"), {});
    d.member(campaign, gone);
    ASSERT_TRUE(ContactRepository(*ts).remove(gone).ok());

    CampaignMembersQuery query(*ts);
    const auto first = query.page(campaign, {}, std::nullopt, 2);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).contactName, QStringLiteral("Anna Test"));
    EXPECT_EQ(first->at(0).accountName, QStringLiteral("Acme"));
    EXPECT_EQ(first->at(0).email, QStringLiteral("anna@acme.com"));
    EXPECT_EQ(first->at(0).status, QStringLiteral("responded"));
    EXPECT_EQ(first->at(0).respondedAt, 3000);
    EXPECT_EQ(first->at(1).contactName, QStringLiteral("Bert Test"));
    const auto rest = query.page(campaign, {}, first->last().key(), 10);
    ASSERT_TRUE(rest.ok());
    QStringList names;
    for (const MemberRow &r : *rest)
        names << r.contactName;
    // The deleted contact's membership is not listed.
    EXPECT_EQ(names, (QStringList{QStringLiteral("Carl Test"), QStringLiteral("Dora Test"), QStringLiteral("Emil Test")}));
    EXPECT_EQ(rest->last().id, emilMember);

    const auto sent = query.page(campaign, QStringLiteral("sent"), std::nullopt, 10);
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent->size(), 2);

    // Walking the contacts first gives the same pages.
    CampaignMembersQuery contactsFirst(*ts);
    contactsFirst.setMembersFirstLimit(0);
    QStringList walked;
    std::optional<MemberPageKey> key;
    for (;;) {
        const auto page = contactsFirst.page(campaign, {}, key, 2);
        ASSERT_TRUE(page.ok());
        for (const MemberRow &r : *page)
            walked << r.contactName;
        if (page->size() < 2)
            break;
        key = page->last().key();
    }
    EXPECT_EQ(walked, QStringList{QStringLiteral("Anna Test")} + QStringList{QStringLiteral("Bert Test")} + names);
    EXPECT_EQ(contactsFirst.page(campaign, QStringLiteral("sent"), std::nullopt, 10)->size(), 2);

    const auto counts = query.statusCounts(campaign);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->value(QStringLiteral("targeted")), 1);
    EXPECT_EQ(counts->value(QStringLiteral("sent")), 2);
    EXPECT_EQ(counts->value(QStringLiteral("responded")), 1);
    EXPECT_EQ(counts->value(QStringLiteral("converted")), 1);
}

TEST(CampaignResponses, RecordsResponsesInOneStepWithoutDemotingConvertedMembers)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Mailing"), QStringLiteral("email"));
    const QString sent = d.member(campaign, d.contact(QStringLiteral("Ann"), {}), QStringLiteral("sent"));
    const QString targeted = d.member(campaign, d.contact(QStringLiteral("Bob"), {}));
    const QString converted = d.member(campaign, d.contact(QStringLiteral("Cem"), {}), QStringLiteral("converted"));

    const Result<qint64> change = recordCampaignProgress(*ts, {sent, targeted, converted}, QStringLiteral("responded"), 5000,
                                                         QStringLiteral("Record responses"));
    ASSERT_TRUE(change.ok()) << change.error().message.toStdString();
    ASSERT_GT(*change, 0);
    CampaignMemberRepository members(*ts);
    EXPECT_EQ(members.get(sent)->status, QStringLiteral("responded"));
    EXPECT_EQ(members.get(sent)->respondedAt, 5000);
    EXPECT_EQ(members.get(targeted)->status, QStringLiteral("responded"));
    EXPECT_EQ(members.get(converted)->status, QStringLiteral("converted"));
    EXPECT_EQ(members.get(converted)->respondedAt, 3000);

    ASSERT_TRUE(Journal(*ts).revert(*change).ok());
    EXPECT_EQ(members.get(sent)->status, QStringLiteral("sent"));
    EXPECT_EQ(members.get(targeted)->status, QStringLiteral("targeted"));
    EXPECT_FALSE(members.get(targeted)->respondedAt.has_value());
}

TEST(CampaignResponses, AResponseBeforeTheSendingIsRefusedAndNothingChanges)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Mailing"), QStringLiteral("email"));
    const QString early = d.member(campaign, d.contact(QStringLiteral("Ann"), {}));
    const QString sent = d.member(campaign, d.contact(QStringLiteral("Bob"), {}), QStringLiteral("sent")); // sent at 2000
    const Result<qint64> change = recordCampaignProgress(*ts, {early, sent}, QStringLiteral("converted"), 1500, QStringLiteral("Conversions"));
    ASSERT_FALSE(change.ok());
    EXPECT_TRUE(change.error().message.contains(QStringLiteral("Bob Test"))) << change.error().message.toStdString();
    EXPECT_EQ(CampaignMemberRepository(*ts).get(early)->status, QStringLiteral("targeted"));
    EXPECT_FALSE(recordCampaignProgress(*ts, {early}, QStringLiteral("nonsense"), 1500, QStringLiteral("x")).ok());
}
