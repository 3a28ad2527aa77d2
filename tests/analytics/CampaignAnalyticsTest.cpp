#include "analytics/CampaignAnalytics.h"

#include "DescriptiveHistoryBuilder.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace rapport::analytics;
using rapport::analytics::test::DescriptiveHistoryBuilder;
using Ids = std::vector<int>;

namespace {

enum : int { Spring, Email, Social, Old, Undated };
enum : int { Ann, Bo, Cy, Di, Ed };

// Customers and their purchases:
//   Ann 2024-02-05 100, 2024-03-01 50 (both Spring orders): new with Spring
//   Bo  2023-06-01 80, 2024-02-10 200 (Spring): bought before, not new
//   Cy  refund 2024-01-20 -30 (not a purchase), 2024-03-10 300 (Email): new with Email
//   Di  2024-02-20 400 (Spring): new with Spring
//   Ed  nothing
// Campaigns (cost): Spring actual 800 (budget 1000); Email actual 0, budget
// 200 -> 200 from the budget; Social free (0 / 0); Old started 2023; Undated
// has no start day and a budget of 50.
// Won deals: Ann/Spring 150 (invoiced as her two Spring orders), Di/Spring
// 500 (only 400 invoiced so far), Ann/Social 120, an account outside the
// history/Social 150; an open Bo/Spring deal of 999 does not count.
struct Fixture
{
    CampaignRecords campaigns;
    PipelineRecords pipeline;
    PurchaseHistory history;
};

Fixture fixture()
{
    DescriptiveHistoryBuilder h;
    for (const char *name : {"Ann", "Bo", "Cy", "Di", "Ed"})
        h.customer(QString::fromLatin1(name));
    h.buy(Ann, QDate(2024, 2, 5), 100).buy(Ann, QDate(2024, 3, 1), 50);
    h.buy(Bo, QDate(2023, 6, 1), 80).buy(Bo, QDate(2024, 2, 10), 200);
    h.buy(Cy, QDate(2024, 1, 20), -30).buy(Cy, QDate(2024, 3, 10), 300);
    h.buy(Di, QDate(2024, 2, 20), 400);

    Fixture f;
    f.history = h.build();
    f.campaigns.campaigns = {
        {"c-spring", "Spring", "email", "completed", "ann", 1000, 800, QDate(2024, 2, 1), QDate(2024, 2, 28)},
        {"c-email", "Email", "email", "completed", "ann", 200, 0, QDate(2024, 3, 1), QDate(2024, 3, 31)},
        {"c-social", "Social", "social", "active", "bob", 0, 0, QDate(2024, 3, 5), QDate()},
        {"c-old", "Old", "mail", "completed", "bob", 0, 0, QDate(2023, 1, 1), QDate(2023, 2, 1)},
        {"c-undated", "Undated", "mail", "planned", "bob", 50, 0, QDate(), QDate()},
    };
    const auto member = [&](int campaign, int customer, MemberStatus status) {
        CampaignMemberInfo m;
        m.campaign = campaign;
        m.customer = customer;
        m.status = status;
        f.campaigns.members.push_back(m);
    };
    member(Spring, Ann, MemberStatus::Converted);
    member(Spring, Bo, MemberStatus::Responded);
    member(Spring, Cy, MemberStatus::Sent);
    member(Spring, Di, MemberStatus::Converted);
    member(Spring, Ed, MemberStatus::Targeted);
    member(Spring, -1, MemberStatus::Responded);  // a contact without an account
    member(Email, Cy, MemberStatus::Responded);
    member(Email, Ann, MemberStatus::Targeted);
    member(Social, Ed, MemberStatus::Targeted);
    f.campaigns.orders = {
        {Spring, Ann, QDate(2024, 2, 5), 100}, {Spring, Ann, QDate(2024, 3, 1), 50}, {Spring, Bo, QDate(2024, 2, 10), 200},
        {Spring, Di, QDate(2024, 2, 20), 400}, {Email, Cy, QDate(2024, 3, 10), 300},
    };
    f.pipeline.stages = {{"open", "p", "Open", 1, 50, StageKind::Open}, {"won", "p", "Won", 2, 100, StageKind::Won}};
    const auto deal = [&](int customer, const char *campaign, const char *stage, double amount) {
        Deal d;
        d.customer = customer;
        d.campaignId = QString::fromLatin1(campaign);
        d.stageId = QString::fromLatin1(stage);
        d.pipelineId = QStringLiteral("p");
        d.amount = amount;
        f.pipeline.deals.push_back(d);
    };
    deal(Ann, "c-spring", "won", 150);
    deal(Di, "c-spring", "won", 500);
    deal(Bo, "c-spring", "open", 999);
    deal(Ann, "c-social", "won", 120);
    deal(-1, "c-social", "won", 150);
    deal(Ed, "", "won", 10000);  // no campaign
    return f;
}

} // namespace

TEST(CampaignAnalyticsTest, MembersCountAtTheirFurthestStatus)
{
    const Fixture f = fixture();
    const CampaignResult r = CampaignAnalytics::compute(f.campaigns, f.pipeline, f.history);
    ASSERT_EQ(r.campaigns.size(), 5u);
    const CampaignFigures &spring = r.campaigns[Spring];
    EXPECT_EQ(spring.campaign, Spring);
    // 6 members; sent or further: all but Ed (5); responded or further: Ann,
    // Bo, Di and the contact without an account (4); converted: Ann, Di (2).
    EXPECT_EQ(spring.members, 6);
    EXPECT_EQ(spring.sent, 5);
    EXPECT_EQ(spring.responded, 4);
    EXPECT_EQ(spring.converted, 2);
    EXPECT_DOUBLE_EQ(*spring.responseRate, 4.0 / 5.0);
    EXPECT_DOUBLE_EQ(*spring.conversionRate, 2.0 / 5.0);
    EXPECT_EQ(spring.responders, (Ids{Ann, Bo, Di}));  // the contact without an account is only counted
    EXPECT_EQ(spring.converters, (Ids{Ann, Di}));

    // Email: 1 sent (Cy, responded), Ann only targeted: 1/1 responded, 0 converted.
    EXPECT_DOUBLE_EQ(*r.campaigns[Email].responseRate, 1.0);
    EXPECT_DOUBLE_EQ(*r.campaigns[Email].conversionRate, 0.0);
    // Social sent nothing: no rates (not 0 %).
    EXPECT_FALSE(r.campaigns[Social].responseRate.has_value());
    EXPECT_FALSE(r.campaigns[Social].conversionRate.has_value());
}

TEST(CampaignAnalyticsTest, RevenueCostRoiAndNewCustomers)
{
    const Fixture f = fixture();
    const CampaignResult r = CampaignAnalytics::compute(f.campaigns, f.pipeline, f.history);
    const CampaignFigures &spring = r.campaigns[Spring];
    // Orders 100 + 50 + 200 + 400 = 750; won deals 150 + 500 = 650. Per
    // customer the larger: Ann max(150, 150) = 150 (the deal was invoiced),
    // Bo 200, Di max(400, 500) = 500 -> 850.
    EXPECT_DOUBLE_EQ(spring.orderRevenue, 750.0);
    EXPECT_DOUBLE_EQ(spring.wonDealAmount, 650.0);
    EXPECT_DOUBLE_EQ(spring.revenue, 850.0);
    EXPECT_DOUBLE_EQ(spring.cost, 800.0);
    EXPECT_FALSE(spring.costFromBudget);
    EXPECT_DOUBLE_EQ(*spring.roi, (850.0 - 800.0) / 800.0);
    // Ann and Di first bought on a Spring order's day; Bo had bought in 2023.
    EXPECT_EQ(spring.newCustomers, (Ids{Ann, Di}));
    EXPECT_DOUBLE_EQ(*spring.costPerNewCustomer, 400.0);

    // Email: no actual cost -> the budget, 200; revenue 300; ROI 0.5; Cy is
    // new (her earlier refund is not a purchase).
    const CampaignFigures &email = r.campaigns[Email];
    EXPECT_DOUBLE_EQ(email.cost, 200.0);
    EXPECT_TRUE(email.costFromBudget);
    EXPECT_DOUBLE_EQ(*email.roi, 0.5);
    EXPECT_EQ(email.newCustomers, (Ids{Cy}));
    EXPECT_DOUBLE_EQ(*email.costPerNewCustomer, 200.0);

    // Social costs nothing: revenue 120 + 150 (the account outside the
    // history counts in full), ROI not available rather than infinite.
    const CampaignFigures &social = r.campaigns[Social];
    EXPECT_DOUBLE_EQ(social.revenue, 270.0);
    EXPECT_DOUBLE_EQ(social.cost, 0.0);
    EXPECT_FALSE(social.roi.has_value());
    EXPECT_TRUE(social.newCustomers.empty());
    EXPECT_FALSE(social.costPerNewCustomer.has_value());
    EXPECT_DOUBLE_EQ(r.campaigns[Undated].cost, 50.0);

    // Totals: 9 members, 6 sent, 5 responded, 2 converted; revenue
    // 850 + 300 + 270 = 1420 against 800 + 200 + 50 = 1050.
    const CampaignFigures &t = r.totals;
    EXPECT_EQ(t.campaign, -1);
    EXPECT_EQ(t.members, 9);
    EXPECT_DOUBLE_EQ(*t.responseRate, 5.0 / 6.0);
    EXPECT_DOUBLE_EQ(*t.conversionRate, 2.0 / 6.0);
    EXPECT_DOUBLE_EQ(t.revenue, 1420.0);
    EXPECT_DOUBLE_EQ(t.cost, 1050.0);
    EXPECT_DOUBLE_EQ(*t.roi, 370.0 / 1050.0);
    EXPECT_TRUE(t.costFromBudget);
    EXPECT_EQ(t.responders, (Ids{Ann, Bo, Cy, Di}));
    EXPECT_EQ(t.newCustomers, (Ids{Ann, Cy, Di}));
    EXPECT_DOUBLE_EQ(*t.costPerNewCustomer, 350.0);
}

TEST(CampaignAnalyticsTest, PeriodFilterOnStartAndEmptyInput)
{
    const Fixture f = fixture();
    // Started 15 Feb 2024 or later: Email and Social (Spring started on the
    // 1st, Old in 2023, Undated has no start).
    const CampaignResult r = CampaignAnalytics::compute(f.campaigns, f.pipeline, f.history, {QDate(2024, 2, 15), QDate()});
    ASSERT_EQ(r.campaigns.size(), 2u);
    EXPECT_EQ(r.campaigns[0].campaign, Email);
    EXPECT_EQ(r.campaigns[1].campaign, Social);
    EXPECT_DOUBLE_EQ(r.totals.revenue, 570.0);
    EXPECT_DOUBLE_EQ(*r.totals.roi, (570.0 - 200.0) / 200.0);

    // A period without campaigns and no input at all: zeros, nothing rated.
    for (const CampaignResult &empty : {CampaignAnalytics::compute(f.campaigns, f.pipeline, f.history, {QDate(2030, 1, 1), QDate(2030, 12, 31)}),
                                        CampaignAnalytics::compute({}, {}, {})}) {
        EXPECT_TRUE(empty.campaigns.empty());
        EXPECT_EQ(empty.totals.members, 0);
        EXPECT_DOUBLE_EQ(empty.totals.revenue, 0.0);
        EXPECT_FALSE(empty.totals.responseRate.has_value());
        EXPECT_FALSE(empty.totals.roi.has_value());
        EXPECT_FALSE(empty.totals.costPerNewCustomer.has_value());
    }
}

TEST(CampaignAnalyticsTest, NothingAfterThePeriodsEndCounts)
{
    Fixture f = fixture();
    // Spring's deals: Ann's won on 10 Feb, Di's on 10 Mar (after the period).
    f.pipeline.deals[0].closedAt = QDateTime(QDate(2024, 2, 10), QTime(12, 0)).toMSecsSinceEpoch();
    f.pipeline.deals[1].closedAt = QDateTime(QDate(2024, 3, 10), QTime(12, 0)).toMSecsSinceEpoch();
    // Up to 29 Feb: Spring's orders of 5, 10 and 20 Feb (100 + 200 + 400),
    // not Ann's of 1 Mar; Ann's deal (150) but not Di's (500). Per customer:
    // Ann max(100, 150) = 150, Bo 200, Di 400 -> 750.
    const CampaignResult r = CampaignAnalytics::compute(f.campaigns, f.pipeline, f.history, {QDate(), QDate(2024, 2, 29)});
    const CampaignFigures *spring = nullptr;
    for (const CampaignFigures &c : r.campaigns)
        if (c.campaign == Spring)
            spring = &c;
    ASSERT_NE(spring, nullptr);
    EXPECT_DOUBLE_EQ(spring->orderRevenue, 700.0);
    EXPECT_DOUBLE_EQ(spring->wonDealAmount, 150.0);
    EXPECT_DOUBLE_EQ(spring->revenue, 750.0);
    // Ann and Di had both bought by then, first on a Spring order's day.
    EXPECT_EQ(spring->newCustomers, (Ids{Ann, Di}));
}
