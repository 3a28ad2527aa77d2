#include "CampaignTestData.h"
#include "store/Journal.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PipelineRepository.h"
#include "store/ProductRepository.h"
#include "store/queries/CampaignAttribution.h"

using namespace rapport;
using namespace rapport::test;

namespace {

struct Sales {
    TempStore &ts;
    Pipeline pipeline;
    QString product;

    explicit Sales(TempStore &t) : ts(t)
    {
        Pipeline p;
        p.name = QStringLiteral("Sales");
        for (const auto &[name, kind] : {std::pair{"Lead", "open"}, std::pair{"Won", "won"}}) {
            Stage s;
            s.name = QString::fromLatin1(name);
            s.kind = QString::fromLatin1(kind);
            p.stages << s;
        }
        PipelineRepository pipelines(*ts);
        pipeline = *pipelines.get(created(pipelines.create(p), "pipeline"));
        Product pr;
        pr.name = QStringLiteral("Machine");
        pr.currency = QStringLiteral("EUR");
        product = created(ProductRepository(*ts).create(pr), "product");
    }
    QString opportunity(const QString &account, const QString &name, qint64 amount, const char *currency, bool won,
                        const QString &campaign = {})
    {
        Opportunity o;
        o.accountId = account;
        o.name = name;
        o.amount = Money{amount, QString::fromLatin1(currency)};
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages[won ? 1 : 0].id;
        o.campaignId = campaign;
        return created(OpportunityRepository(*ts).create(o), "opportunity");
    }
    // An order with one line per quantity (a negative one is a return).
    QString order(const QString &account, const QString &number, const QList<qint64> &quantities, qint64 unitPrice,
                  const QString &campaign = {})
    {
        Order o;
        o.accountId = account;
        o.number = number;
        o.orderedAt = 1700000000000;
        o.currency = QStringLiteral("EUR");
        o.campaignId = campaign;
        for (qint64 q : quantities) {
            OrderLine l;
            l.productId = product;
            l.quantity = q;
            l.unitPrice = unitPrice;
            o.lines << l;
        }
        return created(OrderRepository(*ts).create(o), "order");
    }
};

} // namespace

TEST(CampaignAttribution, ReadsAttributedOpportunitiesAndOrdersWithTotalsPerCurrency)
{
    TempStore ts;
    CampaignData d(ts);
    Sales sales(ts);
    const QString campaign = d.campaign(QStringLiteral("Fair"), QStringLiteral("event"));
    const QString acme = d.account(QStringLiteral("Acme"));
    sales.opportunity(acme, QStringLiteral("Big deal"), 100000, "EUR", true, campaign);
    sales.opportunity(acme, QStringLiteral("Small deal"), 20000, "EUR", false, campaign);
    sales.opportunity(acme, QStringLiteral("Yuan deal"), 50000, "CNY", false, campaign);
    sales.opportunity(acme, QStringLiteral("Unrelated"), 99999, "EUR", true);
    const QString deleted = sales.opportunity(acme, QStringLiteral("Deleted"), 77777, "EUR", true, campaign);
    ASSERT_TRUE(OpportunityRepository(*ts).remove(deleted).ok());
    // 3 × 10.00 and a return of 1: 20.00.
    sales.order(acme, QStringLiteral("SO-1"), {3, -1}, 1000, campaign);
    sales.order(acme, QStringLiteral("SO-2"), {1}, 5000, campaign);
    sales.order(acme, QStringLiteral("SO-3"), {1}, 9900);

    const Result<CampaignAttribution> a = CampaignAttributionQuery(*ts).read(campaign, 2);
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    EXPECT_EQ(a->opportunityCount, 3);
    EXPECT_EQ(a->opportunities.size(), 2); // the limit
    EXPECT_EQ(a->opportunities.first().title, QStringLiteral("Yuan deal")); // newest first
    EXPECT_EQ(a->opportunities.first().accountName, QStringLiteral("Acme"));
    ASSERT_EQ(a->opportunityTotals.size(), 2);
    EXPECT_EQ(a->opportunityTotals[0], (CurrencySum{QStringLiteral("CNY"), 1, 50000, 0}));
    EXPECT_EQ(a->opportunityTotals[1], (CurrencySum{QStringLiteral("EUR"), 2, 120000, 100000}));
    EXPECT_EQ(a->orderCount, 2);
    ASSERT_EQ(a->orderTotals.size(), 1);
    EXPECT_EQ(a->orderTotals[0], (CurrencySum{QStringLiteral("EUR"), 2, 7000, 0}));
    ASSERT_EQ(a->orders.size(), 2);
    for (const AttributedItem &o : a->orders) {
        if (o.title == QLatin1String("SO-1")) {
            EXPECT_EQ(o.amount, (Money{2000, QStringLiteral("EUR")}));
        }
    }
}

TEST(CampaignAttribution, AttributesAnAccountsRecordsInOneUndoableStep)
{
    TempStore ts;
    CampaignData d(ts);
    Sales sales(ts);
    const QString campaign = d.campaign(QStringLiteral("Fair"), QStringLiteral("event"));
    const QString earlier = d.campaign(QStringLiteral("Earlier"), QStringLiteral("email"));
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString other = d.account(QStringLiteral("Other"));
    const QString deal = sales.opportunity(acme, QStringLiteral("Deal"), 1000, "EUR", false, earlier);
    const QString order = sales.order(acme, QStringLiteral("SO-9"), {2}, 1500);
    sales.order(other, QStringLiteral("SO-X"), {1}, 100);

    const auto candidates = CampaignAttributionQuery(*ts).candidatesOfAccount(acme, 50);
    ASSERT_TRUE(candidates.ok());
    ASSERT_EQ(candidates->size(), 2);
    EXPECT_EQ(candidates->at(0).kind, AttributedItem::Kind::Opportunity);
    EXPECT_EQ(candidates->at(0).campaignName, QStringLiteral("Earlier"));
    EXPECT_EQ(candidates->at(1).kind, AttributedItem::Kind::Order);
    EXPECT_EQ(candidates->at(1).amount, (Money{3000, QStringLiteral("EUR")}));

    const Result<qint64> change = attributeToCampaign(*ts, campaign, *candidates, QStringLiteral("Attribute"));
    ASSERT_TRUE(change.ok()) << change.error().message.toStdString();
    EXPECT_EQ(OpportunityRepository(*ts).get(deal)->campaignId, campaign);
    EXPECT_EQ(OrderRepository(*ts).get(order)->campaignId, campaign);
    EXPECT_EQ(OrderRepository(*ts).get(order)->lines.size(), 1); // lines untouched
    EXPECT_EQ(CampaignAttributionQuery(*ts).read(campaign, 10)->orderCount, 1);

    ASSERT_TRUE(Journal(*ts).revert(*change).ok());
    EXPECT_EQ(OpportunityRepository(*ts).get(deal)->campaignId, earlier);
    EXPECT_TRUE(OrderRepository(*ts).get(order)->campaignId.isEmpty());

    // Taking the credit away.
    ASSERT_TRUE(attributeToCampaign(*ts, QString(), {candidates->at(0)}, QStringLiteral("Remove")).ok());
    EXPECT_TRUE(OpportunityRepository(*ts).get(deal)->campaignId.isEmpty());
}
