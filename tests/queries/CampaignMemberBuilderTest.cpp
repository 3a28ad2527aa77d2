#include "CampaignTestData.h"
#include "store/Journal.h"
#include "store/SavedViewRepository.h"
#include "store/Store.h"
#include "store/queries/CampaignMemberBuilder.h"
#include "store/queries/CampaignMembersQuery.h"

#include <QJsonArray>
#include <QSet>

using namespace rapport;
using namespace rapport::test;

namespace {

QSet<QString> memberContacts(Store &s, const QString &campaignId)
{
    QSet<QString> ids;
    const auto rows = CampaignMembersQuery(s).page(campaignId, {}, std::nullopt, 10000);
    EXPECT_TRUE(rows.ok());
    if (rows)
        for (const MemberRow &r : *rows)
            ids.insert(r.contactId);
    return ids;
}

int countReason(const MemberPlan &plan, LeftOutReason reason)
{
    int n = 0;
    for (const LeftOutContact &e : plan.examples)
        n += e.reason == reason ? 1 : 0;
    return n;
}

} // namespace

// The case the campaign page exists for: an email campaign built from every
// contact leaves out who opted out of email, who has no email address, who is
// a member already and who would get the same email twice; deleted contacts
// are not even considered.
TEST(CampaignMemberBuilder, EmailCampaignLeavesOutOptedOutAndAddresslessContactsWithReasons)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Spring newsletter"), QStringLiteral("email"));
    const QString optedIn = d.contact(QStringLiteral("Ann"), QStringLiteral("ann@example.com"), consentOf("email", ConsentState::OptedIn));
    const QString optedOut = d.contact(QStringLiteral("Bob"), QStringLiteral("bob@example.com"), consentOf("email", ConsentState::OptedOut));
    const QString noEmail = d.contact(QStringLiteral("Cem"), QString(), consentOf("email", ConsentState::OptedIn));
    const QString neverAsked = d.contact(QStringLiteral("Dee"), QStringLiteral("dee@example.com"));
    // Opted out of SMS only: email is still fine.
    const QString smsOut = d.contact(QStringLiteral("Eli"), QStringLiteral("eli@example.com"), consentOf("sms", ConsentState::OptedOut));
    const QString deleted = d.contact(QStringLiteral("Fay"), QStringLiteral("fay@example.com"));
    ASSERT_TRUE(ContactRepository(*ts).remove(deleted).ok());
    const QString member = d.contact(QStringLiteral("Gus"), QStringLiteral("gus@example.com"));
    d.member(campaign, member);
    // A second record of Ann (same mailbox, other case): she gets one email.
    const QString annAgain = d.contact(QStringLiteral("Zoe"), QStringLiteral("ANN@example.com"));

    CampaignMemberBuilder builder(*ts);
    const Result<MemberPlan> plan = builder.plan(campaign, MemberSource::allContacts());
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(QSet<QString>(plan->toAdd.begin(), plan->toAdd.end()), (QSet<QString>{optedIn, neverAsked, smsOut}));
    EXPECT_EQ(plan->considered, 7);
    EXPECT_EQ(plan->optedOut, 1);
    EXPECT_EQ(plan->noAddress, 1);
    EXPECT_EQ(plan->alreadyMembers, 1);
    EXPECT_EQ(plan->sharedAddress, 1);
    EXPECT_EQ(plan->leftOut(), 4);
    // The examples name who was left out and why.
    for (const LeftOutContact &e : plan->examples) {
        if (e.id == optedOut)
            EXPECT_EQ(e.reason, LeftOutReason::OptedOut);
        else if (e.id == noEmail)
            EXPECT_EQ(e.reason, LeftOutReason::NoAddress);
        else if (e.id == member)
            EXPECT_EQ(e.reason, LeftOutReason::AlreadyMember);
        else if (e.id == annAgain)
            EXPECT_EQ(e.reason, LeftOutReason::SharedAddress);
        else
            ADD_FAILURE() << "unexpected example " << e.id.toStdString();
        EXPECT_FALSE(e.name.isEmpty());
    }
    EXPECT_EQ(countReason(*plan, LeftOutReason::OptedOut), 1);
    EXPECT_EQ(CampaignMemberBuilder::reasonText(LeftOutReason::OptedOut, QStringLiteral("email")), QStringLiteral("opted out of email"));
    EXPECT_EQ(CampaignMemberBuilder::reasonText(LeftOutReason::NoAddress, QStringLiteral("email")), QStringLiteral("no email address"));
}

TEST(CampaignMemberBuilder, AddWritesOneChangeSetThatOneUndoRemoves)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Webinar"), QStringLiteral("webinar"));
    QStringList contacts;
    for (int i = 0; i < 30; ++i)
        contacts << d.contact(QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("p%1@example.com").arg(i));

    CampaignMemberBuilder builder(*ts);
    const Result<MemberPlan> plan = builder.plan(campaign, MemberSource::allContacts());
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->toAdd.size(), 30);
    EXPECT_EQ(plan->toAdd.first(), contacts.first()); // by name
    const Result<MembersAdded> added = builder.add(campaign, plan->toAdd, 1700000000000, QStringLiteral("Add members"));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(added->added, 30);
    EXPECT_EQ(added->skipped, 0);
    ASSERT_GT(added->changeId, 0);
    EXPECT_EQ(memberContacts(*ts, campaign).size(), 30);
    const auto member = CampaignMemberRepository(*ts).memberOf(campaign, contacts.at(3));
    ASSERT_TRUE(member.has_value());
    EXPECT_EQ(member->status, QStringLiteral("targeted"));
    EXPECT_EQ(member->targetedAt, 1700000000000);

    // Every member's journal entries belong to that one change set.
    const auto entries = Journal(*ts).entriesOfChange(added->changeId);
    ASSERT_TRUE(entries.ok());
    QSet<QString> records;
    for (const JournalEntry &e : *entries) {
        EXPECT_EQ(e.entity, QStringLiteral("campaign_member"));
        records.insert(e.recordId);
    }
    EXPECT_EQ(records.size(), 30);

    ASSERT_TRUE(Journal(*ts).revert(added->changeId).ok());
    EXPECT_TRUE(memberContacts(*ts, campaign).isEmpty());
    // Building again finds them all addable again.
    EXPECT_EQ(builder.plan(campaign, MemberSource::allContacts())->toAdd.size(), 30);
}

TEST(CampaignMemberBuilder, AddSkipsContactsThatBecameMembersOrWereDeletedSinceThePlan)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Mailing"), QStringLiteral("email"));
    const QString a = d.contact(QStringLiteral("Ann"), QStringLiteral("ann@example.com"));
    const QString b = d.contact(QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    const QString c = d.contact(QStringLiteral("Cem"), QStringLiteral("cem@example.com"));
    CampaignMemberBuilder builder(*ts);
    const Result<MemberPlan> plan = builder.plan(campaign, MemberSource::allContacts());
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->toAdd.size(), 3);
    d.member(campaign, b);
    ASSERT_TRUE(ContactRepository(*ts).remove(c).ok());
    // The same contact twice in the list is added once.
    const Result<MembersAdded> added = builder.add(campaign, plan->toAdd + QStringList{a}, 1700000000000, QStringLiteral("Add members"));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(added->added, 1);
    EXPECT_EQ(added->skipped, 3);
    EXPECT_EQ(memberContacts(*ts, campaign), (QSet<QString>{a, b}));
}

TEST(CampaignMemberBuilder, CancelLeavesTheStoreAsItWas)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Mailing"), QStringLiteral("email"));
    QStringList contacts;
    for (int i = 0; i < 250; ++i)
        contacts << d.contact(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.com").arg(i));
    CampaignMemberBuilder builder(*ts);
    // Cancelled after 200 members were written: they are rolled back too.
    const Result<MembersAdded> added =
        builder.add(campaign, contacts, 1700000000000, QStringLiteral("Add"), [](qint64 done, qint64) { return done < 200; });
    EXPECT_FALSE(added.ok());
    EXPECT_TRUE(memberContacts(*ts, campaign).isEmpty());
    const Result<MemberPlan> plan = builder.plan(campaign, MemberSource::allContacts(), [](qint64, qint64) { return false; });
    EXPECT_FALSE(plan.ok());
}

TEST(CampaignMemberBuilder, SmsNeedsAMobileAndSmsConsent)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Flash sale"), QStringLiteral("sms"));
    const ContactPoint mobile{QStringLiteral("mobile"), QStringLiteral("+86 138 0013 8000")};
    const ContactPoint desk{QStringLiteral("work"), QStringLiteral("+49 30 1234567")};
    const QString ok = d.contact(QStringLiteral("Ann"), {}, consentOf("sms", ConsentState::OptedIn), {mobile});
    const QString deskOnly = d.contact(QStringLiteral("Bob"), {}, {}, {desk});
    const QString out = d.contact(QStringLiteral("Cem"), {}, consentOf("sms", ConsentState::OptedOut),
                                  {ContactPoint{QStringLiteral("mobile"), QStringLiteral("+86 139 0000 0000")}});
    // Opted out of email, not of SMS: a text is fine.
    const QString emailOut = d.contact(QStringLiteral("Dee"), QStringLiteral("dee@example.com"), consentOf("email", ConsentState::OptedOut),
                                       {ContactPoint{QStringLiteral("mobile"), QStringLiteral("+86 137 0000 0000")}});
    // The same mobile written differently: one text.
    const QString sameMobile = d.contact(QStringLiteral("Eva"), {}, {}, {ContactPoint{QStringLiteral("mobile"), QStringLiteral("+8613800138000")}});
    const Result<MemberPlan> plan = CampaignMemberBuilder(*ts).plan(campaign, MemberSource::allContacts());
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->toAdd, (QStringList{ok, emailOut}));
    EXPECT_EQ(plan->noAddress, 1);
    EXPECT_EQ(plan->optedOut, 1);
    EXPECT_EQ(plan->sharedAddress, 1);
    Q_UNUSED(deskOnly);
    Q_UNUSED(out);
    Q_UNUSED(sameMobile);
}

TEST(CampaignMemberBuilder, DirectMailNeedsStreetAndCityAndPostConsent)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Catalogue"), QStringLiteral("direct mail"));
    const PostalAddress full{QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), {}, QStringLiteral("10115"), QStringLiteral("DE")};
    const PostalAddress cityOnly{{}, QStringLiteral("Berlin"), {}, {}, QStringLiteral("DE")};
    const QString ok = d.contact(QStringLiteral("Ann"), {}, {}, {}, {}, {}, full);
    d.contact(QStringLiteral("Bob"), {}, {}, {}, {}, {}, cityOnly);
    d.contact(QStringLiteral("Cem"), {}, consentOf("post", ConsentState::OptedOut), {}, {}, {},
              PostalAddress{QStringLiteral("Ring 2"), QStringLiteral("Köln"), {}, {}, {}});
    const Result<MemberPlan> plan = CampaignMemberBuilder(*ts).plan(campaign, MemberSource::allContacts());
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->toAdd, QStringList{ok});
    EXPECT_EQ(plan->noAddress, 1);
    EXPECT_EQ(plan->optedOut, 1);
}

TEST(CampaignMemberBuilder, SavedViewFiltersAndAccountTagsChooseTheSource)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Newsletter"), QStringLiteral("email"));
    const QString vipAccount = d.account(QStringLiteral("Vip GmbH"), {QStringLiteral("vip")});
    const QString plainAccount = d.account(QStringLiteral("Plain AG"));
    const QString tagged = d.contact(QStringLiteral("Ann"), QStringLiteral("ann@example.com"), {}, {}, plainAccount, {QStringLiteral("newsletter")});
    const QString atVip = d.contact(QStringLiteral("Bob"), QStringLiteral("bob@example.com"), {}, {}, vipAccount);
    const QString atVipOut = d.contact(QStringLiteral("Cem"), QStringLiteral("cem@example.com"), consentOf("email", ConsentState::OptedOut), {}, vipAccount);
    d.contact(QStringLiteral("Dee"), QStringLiteral("dee@example.com"), {}, {}, plainAccount);

    SavedView view;
    view.name = QStringLiteral("Newsletter readers");
    view.entity = QStringLiteral("contact");
    view.definition = QJsonObject{{QStringLiteral("filters"), QJsonArray{QJsonArray{QStringLiteral("tag"), QStringLiteral("newsletter")}}}};
    const QString viewId = created(SavedViewRepository(*ts).create(view), "view");
    const Result<MemberPlan> fromView =
        CampaignMemberBuilder(*ts).plan(campaign, MemberSource::fromSavedView(*SavedViewRepository(*ts).get(viewId)));
    ASSERT_TRUE(fromView.ok()) << fromView.error().message.toStdString();
    EXPECT_EQ(fromView->toAdd, QStringList{tagged});
    EXPECT_EQ(fromView->considered, 1);

    const Result<MemberPlan> fromTag = CampaignMemberBuilder(*ts).plan(campaign, MemberSource::accountsTagged(QStringLiteral("vip")));
    ASSERT_TRUE(fromTag.ok()) << fromTag.error().message.toStdString();
    EXPECT_EQ(fromTag->toAdd, QStringList{atVip});
    EXPECT_EQ(fromTag->optedOut, 1);
    EXPECT_EQ(fromTag->considered, 2);
    Q_UNUSED(atVipOut);

    // A deleted account's contacts are not in its tag's source.
    ASSERT_TRUE(AccountRepository(*ts).remove(vipAccount).ok());
    EXPECT_EQ(CampaignMemberBuilder(*ts).plan(campaign, MemberSource::accountsTagged(QStringLiteral("vip")))->considered, 0);

    // An unknown filter in a view is refused, not ignored.
    MemberSource bad = MemberSource::allContacts();
    bad.contacts->filters << qMakePair(QStringLiteral("nonsense"), QVariant(1));
    EXPECT_FALSE(CampaignMemberBuilder(*ts).plan(campaign, bad).ok());
}

TEST(CampaignMemberBuilder, ReportsProgressOverManyContacts)
{
    TempStore ts;
    CampaignData d(ts);
    const QString campaign = d.campaign(QStringLiteral("Big"), QStringLiteral("social"));
    const int n = CampaignMemberBuilder::ProgressEvery + 7;
    ts->begin();
    for (int i = 0; i < n; ++i)
        d.contact(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')), {});
    ts->commit();
    qint64 lastDone = 0, lastTotal = 0;
    const Result<MemberPlan> plan = CampaignMemberBuilder(*ts).plan(campaign, MemberSource::allContacts(), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(plan.ok());
    // Social campaigns message nobody: no address needed.
    EXPECT_EQ(plan->toAdd.size(), n);
    EXPECT_EQ(QSet<QString>(plan->toAdd.begin(), plan->toAdd.end()).size(), n);
    EXPECT_EQ(lastDone, n);
    EXPECT_EQ(lastTotal, n);
}

TEST(CampaignMemberBuilder, ChannelRules)
{
    using A = ChannelRule::Address;
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("email")).consentChannel, QStringLiteral("email"));
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("sms")).address, A::Mobile);
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("phone")).consentChannel, QStringLiteral("phone"));
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("direct mail")).consentChannel, QStringLiteral("post"));
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("direct mail")).address, A::Postal);
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("event")).consentChannel, QStringLiteral("email"));
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("wechat")).consentChannel, QString());
    EXPECT_EQ(CampaignMemberBuilder::ruleFor(QStringLiteral("social")).address, A::None);
}
