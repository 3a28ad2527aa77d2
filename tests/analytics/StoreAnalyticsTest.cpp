// AnalyticsInputLoader on real stores: CDNOW written into a store and read
// back reproduces the published BG/NBD and Gamma-Gamma fits; hand-made
// stores check currencies, deletions, refunds, costs and every index.
#include "CdnowFiles.h"

#include "analytics/AnalyticsInputLoader.h"
#include "analytics/BgNbdModel.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/RepeatPurchaseSummary.h"
#include "queries/QueryTestData.h"
#include "store/BulkWriter.h"
#include "store/EntitySchema.h"
#include "store/Journal.h"
#include "store/TagRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <cmath>

using namespace rapport;
using namespace rapport::analytics;
using rapport::test::DayMs;
using rapport::test::must;
using rapport::test::QueryData;
using rapport::test::TempStore;

namespace {

// The instant a day's orders are stamped with: local noon, so the loader's
// local day is that day in any time zone.
qint64 noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

// CDNOW_sample as accounts and orders of one line each, in USD cents.
void writeCdnow(Store &store, const PurchaseHistory &cdnow)
{
    ASSERT_TRUE(store.begin());
    BulkWriter writer(store);
    const EntityDef &account = *entityByName(QStringLiteral("account"));
    const EntityDef &order = *entityByName(QStringLiteral("order"));
    const EntityDef &line = *entityByName(QStringLiteral("order_line"));
    std::vector<QString> ids;
    for (const Customer &c : cdnow.customers) {
        ids.push_back(store.newId());
        ASSERT_TRUE(writer.insert(account, ids.back(), 1, 1, {{QStringLiteral("name"), c.id}, {QStringLiteral("type"), c.type}}).ok());
    }
    for (const Purchase &p : cdnow.purchases) {
        const QString orderId = store.newId();
        const qint64 at = noonOf(p.day);
        ASSERT_TRUE(writer.insert(order, orderId, at, at, {{QStringLiteral("account_id"), ids[size_t(p.customer)]},
                                                           {QStringLiteral("ordered_at"), at},
                                                           {QStringLiteral("currency"), QStringLiteral("USD")}}).ok());
        ASSERT_TRUE(writer.insert(line, store.newId(), at, at, {{QStringLiteral("order_id"), orderId},
                                                                {QStringLiteral("quantity"), 1},
                                                                {QStringLiteral("unit_price"), qint64(std::llround(p.revenue * 100))}}).ok());
    }
    ASSERT_TRUE(writer.finish().ok());
    ASSERT_TRUE(store.commit());
}

} // namespace

TEST(StoreAnalytics, CdnowThroughTheStoreReproducesThePublishedFits)
{
    const PurchaseHistory cdnow = lifetimetest::loadCdnowSample();
    ASSERT_EQ(cdnow.customers.size(), 2357u);
    TempStore ts;
    writeCdnow(*ts, cdnow);

    const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*ts);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    EXPECT_EQ(in->currency, QStringLiteral("USD"));
    ASSERT_EQ(in->purchases.customers.size(), 2357u);
    EXPECT_EQ(in->purchases.purchases.size(), cdnow.purchases.size());
    // Accounts come back in creation order, so customer i is CDNOW's i.
    for (size_t i = 0; i < cdnow.customers.size(); ++i)
        ASSERT_EQ(in->purchases.customers[i].name, cdnow.customers[i].id) << i;
    for (size_t i = 0; i < cdnow.purchases.size(); ++i) {
        ASSERT_EQ(in->purchases.purchases[i].customer, cdnow.purchases[i].customer) << i;
        ASSERT_EQ(in->purchases.purchases[i].day, cdnow.purchases[i].day) << i;
        ASSERT_NEAR(in->purchases.purchases[i].revenue, cdnow.purchases[i].revenue, 0.005) << i;
    }

    // The published setup (BgNbdModelTest, GammaGammaModelTest): calibration to 1997-09-30.
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(in->purchases, QDate(1997, 9, 30));
    ASSERT_EQ(summary.customers().size(), 2357u);
    EXPECT_EQ(summary.repeaters(), 946);
    EXPECT_EQ(summary.repeatTransactions(), 2457);
    const ModelFit<BgNbdModel> bg = BgNbdModel::fit(summary.customers());
    ASSERT_TRUE(bg.ok()) << bg.error.toStdString();
    EXPECT_NEAR(bg.model->parameters().r, 0.243, 0.0005);
    EXPECT_NEAR(bg.model->parameters().alpha, 4.414, 0.0005);
    EXPECT_NEAR(bg.model->parameters().a, 0.793, 0.0005);
    EXPECT_NEAR(bg.model->parameters().b, 2.426, 0.0005);
    EXPECT_NEAR(bg.logLikelihood, -9582.429, 0.001);
    const ModelFit<GammaGammaModel> gg = GammaGammaModel::fit(summary.customers());
    ASSERT_TRUE(gg.ok()) << gg.error.toStdString();
    EXPECT_NEAR(gg.model->parameters().p, 6.25, 0.005);
    EXPECT_NEAR(gg.model->parameters().q, 3.74, 0.005);
    EXPECT_NEAR(gg.model->parameters().gamma, 15.44, 0.01);
    EXPECT_NEAR(gg.logLikelihood, -4055.92, 0.01);
}

namespace {

// A small store: three accounts, orders in two currencies, a costed product.
struct SmallStore {
    TempStore ts;
    QueryData data{ts};
    QString costed;  // a product with a unit cost of 30.00 EUR
    QString alpha, beta, gamma;
    const qint64 t0 = noonOf(QDate(2024, 3, 1));

    SmallStore()
    {
        Product p;
        p.name = QStringLiteral("Grinder");
        p.code = QStringLiteral("GRN-1");
        p.category = QStringLiteral("Grinders");
        p.currency = QStringLiteral("EUR");
        p.listPrice = 5000;
        p.unitCost = 3000;
        costed = must(ProductRepository(*ts).create(p), "product");
        alpha = data.account(QStringLiteral("Alpha"));
        beta = data.account(QStringLiteral("Beta"));
        gamma = data.account(QStringLiteral("Gamma"));
    }
    QString order(const QString &account, qint64 at, qint64 quantity, qint64 price, qint64 discount = 0,
                  const QString &currency = QStringLiteral("EUR"), const QString &product = {}, const QString &campaign = {})
    {
        Order o;
        o.accountId = account;
        o.orderedAt = at;
        o.currency = currency;
        o.campaignId = campaign;
        o.number = QStringLiteral("SO-%1").arg(at);
        OrderLine l;
        l.productId = product.isEmpty() ? costed : product;
        l.quantity = quantity;
        l.unitPrice = price;
        if (discount)
            l.discount = discount;
        o.lines << l;
        return must(OrderRepository(*ts).create(o), "order");
    }
    int customer(const AnalyticsInput &in, const QString &id) const
    {
        for (size_t i = 0; i < in.purchases.customers.size(); ++i)
            if (in.purchases.customers[i].id == id)
                return int(i);
        return -1;
    }
};

} // namespace

TEST(StoreAnalytics, ReportsInTheCurrencyOfMostOrdersAndCountsTheRest)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 1, 5000);
    s.order(s.beta, s.t0 + DayMs, 1, 5000);
    s.order(s.gamma, s.t0 + 2 * DayMs, 1, 700000, 0, QStringLiteral("JPY"));
    Result<AnalyticsInput> in = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    EXPECT_EQ(in->currency, QStringLiteral("EUR"));
    EXPECT_EQ(in->purchases.purchases.size(), 2u);
    EXPECT_EQ(in->ordersInOtherCurrencies, 1);
    EXPECT_EQ(in->purchases.customers.size(), 3u);  // Gamma is a customer without EUR orders

    AnalyticsLoadOptions yen;
    yen.currency = QStringLiteral("JPY");
    in = AnalyticsInputLoader::load(*s.ts, yen);
    ASSERT_TRUE(in.ok());
    ASSERT_EQ(in->purchases.purchases.size(), 1u);
    EXPECT_EQ(in->ordersInOtherCurrencies, 2);
    EXPECT_EQ(in->purchases.purchases[0].customer, s.customer(*in, s.gamma));
    EXPECT_DOUBLE_EQ(in->purchases.purchases[0].revenue, 700000.0);  // JPY has no minor units
    // A product priced in EUR, sold in JPY: costed at its cost ratio (30 / 50).
    EXPECT_DOUBLE_EQ(in->purchases.purchases[0].cost, 420000.0);
}

TEST(StoreAnalytics, DeletedRecordsAreLeftOut)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 1, 5000);
    const QString gone = s.order(s.alpha, s.t0 + DayMs, 1, 7000);
    s.order(s.beta, s.t0, 2, 5000);
    ASSERT_TRUE(OrderRepository(*s.ts).remove(gone).ok());
    ASSERT_TRUE(AccountRepository(*s.ts).remove(s.beta).ok());
    const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    ASSERT_EQ(in->purchases.customers.size(), 2u);
    EXPECT_EQ(s.customer(*in, s.beta), -1);
    ASSERT_EQ(in->purchases.purchases.size(), 1u);
    EXPECT_DOUBLE_EQ(in->purchases.purchases[0].revenue, 50.0);
    EXPECT_EQ(in->ordersInOtherCurrencies, 0);
    ASSERT_EQ(in->lines.size(), 1u);
}

TEST(StoreAnalytics, RefundsAreNegativeAndCostOfGoodsIsQuantityTimesUnitCost)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 2, 5000, 1000);      // 2 × 50.00 − 10.00 = 90.00, cost 60.00
    s.order(s.alpha, s.t0 + 5 * DayMs, -2, 5000, 1000);  // the return: −90.00, cost −60.00
    const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    ASSERT_EQ(in->purchases.purchases.size(), 2u);
    const Purchase &sale = in->purchases.purchases[0];
    const Purchase &refund = in->purchases.purchases[1];
    EXPECT_EQ(sale.day, QDate(2024, 3, 1));
    EXPECT_EQ(refund.day, QDate(2024, 3, 6));
    EXPECT_DOUBLE_EQ(sale.revenue, 90.0);
    EXPECT_DOUBLE_EQ(sale.cost, 60.0);
    EXPECT_DOUBLE_EQ(refund.revenue, -90.0);
    EXPECT_DOUBLE_EQ(refund.cost, -60.0);
    ASSERT_EQ(in->lines.size(), 2u);
    ASSERT_EQ(in->products.size(), 2u);  // QueryData's espresso machine and the grinder
    for (const PurchasedLine &l : in->lines) {
        EXPECT_EQ(in->products[size_t(l.product)].id, s.costed);
        EXPECT_EQ(l.customer, s.customer(*in, s.alpha));
    }
    EXPECT_DOUBLE_EQ(in->lines[0].quantity + in->lines[1].quantity, 0.0);
    EXPECT_DOUBLE_EQ(in->lines[0].revenue + in->lines[1].revenue, 0.0);
}

TEST(StoreAnalytics, DealsMovesMembersCasesAndActivitiesPointAtTheRightRecords)
{
    SmallStore s;
    const QString campaign = s.data.campaign(QStringLiteral("Spring mailing"));
    {
        Campaign c = *CampaignRepository(*s.ts).get(campaign);
        c.currency = QStringLiteral("EUR");
        c.budget = 100000;
        c.actualCost = 80000;
        ASSERT_TRUE(CampaignRepository(*s.ts).update(c).ok());
    }
    Campaign dollars;
    dollars.name = QStringLiteral("US fair");
    dollars.currency = QStringLiteral("USD");
    dollars.budget = 500000;
    const QString usCampaign = must(CampaignRepository(*s.ts).create(dollars), "campaign");
    s.order(s.beta, s.t0, 1, 5000, 0, QStringLiteral("EUR"), {}, campaign);
    const QString deal = s.data.opportunity(s.beta, QStringLiteral("Beta grinders"), Money{250000, QStringLiteral("EUR")});
    s.data.opportunity(s.alpha, QStringLiteral("Alpha in dollars"), Money{100000, QStringLiteral("USD")});
    {
        Opportunity o = *OpportunityRepository(*s.ts).get(deal);
        o.stageId = s.data.won();
        o.closedAt = s.ts.clock;
        ASSERT_TRUE(OpportunityRepository(*s.ts).update(o).ok());
    }
    const QString betaContact = s.data.contact(s.beta, QStringLiteral("Bea"), QStringLiteral("Berg"));
    const QString loner = s.data.contact({}, QStringLiteral("Lone"), QStringLiteral("Wolf"));
    s.data.member(campaign, betaContact, s.t0, s.t0 + DayMs);
    s.data.member(usCampaign, loner, s.t0);
    s.data.kase(s.gamma, QStringLiteral("Grinder jams"), "in progress");
    s.data.activity(s.alpha, "visit", s.t0, s.t0);
    s.data.activity(s.alpha, "visit", s.t0 + DayMs, s.t0 + DayMs);
    s.data.activity(s.alpha, "call", s.t0 + 400 * DayMs, s.t0 + 400 * DayMs);  // after the as-of date
    s.data.activity(s.gamma, "call", s.t0);                                    // not done

    AnalyticsLoadOptions options;
    options.asOf = QDate(2024, 12, 31);
    const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*s.ts, options);
    ASSERT_TRUE(in.ok()) << in.error().message.toStdString();
    const int alpha = s.customer(*in, s.alpha), beta = s.customer(*in, s.beta), gamma = s.customer(*in, s.gamma);

    // Deals: the dollar one left out and counted; the won one with its moves.
    EXPECT_EQ(in->dealsInOtherCurrencies, 1);
    ASSERT_EQ(in->pipeline.deals.size(), 1u);
    const Deal &d = in->pipeline.deals[0];
    EXPECT_EQ(d.id, deal);
    EXPECT_EQ(d.customer, beta);
    EXPECT_DOUBLE_EQ(d.amount, 2500.0);
    EXPECT_EQ(d.stageId, s.data.won());
    EXPECT_GT(d.closedAt, 0);
    ASSERT_EQ(in->pipeline.stages.size(), 3u);
    EXPECT_EQ(in->pipeline.stages[1].kind, StageKind::Won);
    ASSERT_FALSE(in->pipeline.moves.empty());
    EXPECT_EQ(in->pipeline.moves.back().deal, 0);
    EXPECT_EQ(in->pipeline.moves.back().toStageId, s.data.won());

    // Campaigns: the dollar one keeps its member but not its budget.
    EXPECT_EQ(in->campaignsInOtherCurrencies, 1);
    ASSERT_EQ(in->campaigns.campaigns.size(), 2u);
    int spring = in->campaigns.campaigns[0].id == campaign ? 0 : 1;
    EXPECT_DOUBLE_EQ(in->campaigns.campaigns[size_t(spring)].budget, 1000.0);
    EXPECT_DOUBLE_EQ(in->campaigns.campaigns[size_t(spring)].actualCost, 800.0);
    EXPECT_DOUBLE_EQ(in->campaigns.campaigns[size_t(1 - spring)].budget, 0.0);
    ASSERT_EQ(in->campaigns.members.size(), 2u);
    for (const CampaignMemberInfo &m : in->campaigns.members) {
        if (m.campaign == spring) {
            EXPECT_EQ(m.contactId, betaContact);
            EXPECT_EQ(m.customer, beta);
            EXPECT_EQ(m.status, MemberStatus::Responded);
            EXPECT_EQ(m.respondedAt, s.t0 + DayMs);
        } else {
            EXPECT_EQ(m.contactId, loner);
            EXPECT_EQ(m.customer, -1);
        }
    }
    ASSERT_EQ(in->campaigns.orders.size(), 1u);
    EXPECT_EQ(in->campaigns.orders[0].campaign, spring);
    EXPECT_EQ(in->campaigns.orders[0].customer, beta);
    EXPECT_DOUBLE_EQ(in->campaigns.orders[0].revenue, 50.0);

    ASSERT_EQ(in->service.cases.size(), 1u);
    EXPECT_EQ(in->service.cases[0].customer, gamma);
    EXPECT_EQ(in->service.cases[0].status, QStringLiteral("in_progress"));

    // Two done visits before the as-of date; the later call and the open one are not counted.
    const std::vector<ActivityCount> done = in->activities.counts();
    ASSERT_EQ(done.size(), 1u);
    EXPECT_EQ(done[0].customer, alpha);
    EXPECT_EQ(done[0].kind, QStringLiteral("visit"));
    EXPECT_EQ(done[0].count, 2);
    // Kept by local day, so any period can be counted: the second visit alone.
    const QDate second = AnalyticsInputLoader::localDay(s.t0 + DayMs);
    const std::vector<ActivityCount> later = in->activities.counts(second, second);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].count, 1);
    EXPECT_TRUE(in->activities.counts(second.addDays(1), {}).empty());

    QSqlQuery q(s.ts->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(seq) FROM journal")) && q.next());
    EXPECT_EQ(in->journalSeq, q.value(0).toLongLong());
    EXPECT_GT(in->journalSeq, 0);
}

TEST(StoreAnalytics, ALoadCanBeCancelled)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 1, 5000);
    int calls = 0;
    int lastTotal = 0;
    AnalyticsLoadOptions options;
    options.progress = [&](int done, int total) {
        lastTotal = total;
        EXPECT_LE(done, total);
        return ++calls < 3;
    };
    const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*s.ts, options);
    ASSERT_FALSE(in.ok());
    EXPECT_EQ(in.error().message, QStringLiteral("cancelled"));
    EXPECT_EQ(calls, 3);
    EXPECT_GT(lastTotal, 3);
    // The snapshot ended with the load: the store takes writes again.
    s.order(s.beta, s.t0, 1, 5000);
    const Result<AnalyticsInput> again = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->purchases.purchases.size(), 2u);
}

namespace {

// A purchase as comparable text: customer, day, revenue, cost.
std::vector<QString> purchaseKeys(const AnalyticsInput &in)
{
    std::vector<QString> out;
    for (const Purchase &p : in.purchases.purchases)
        out.push_back(QStringLiteral("%1 %2 %3 %4").arg(p.customer).arg(p.day.toString(Qt::ISODate)).arg(p.revenue).arg(p.cost));
    return out;
}

} // namespace

TEST(StoreAnalytics, NewOrdersAreMergedWithoutAFullLoadAndAgreeWithOne)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 1, 5000);
    s.order(s.gamma, s.t0 + 3 * DayMs, 1, 5000);
    const Result<AnalyticsInput> loaded = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    AnalyticsInput current = *loaded;
    AnalyticsInput *in = &current;

    // Nothing since the load: an empty delta.
    auto none = AnalyticsInputLoader::changesSince(*s.ts, *in);
    ASSERT_TRUE(none.ok());
    ASSERT_TRUE(none->has_value());
    EXPECT_TRUE((*none)->empty());

    // A new order and a tag: merged.
    s.order(s.alpha, s.t0 + DayMs, 3, 5000);   // between Alpha's first order and Gamma's
    Tag tag;
    tag.name = QStringLiteral("vip");
    must(TagRepository(*s.ts).create(tag), "tag");
    auto delta = AnalyticsInputLoader::changesSince(*s.ts, *in);
    ASSERT_TRUE(delta.ok()) << delta.error().message.toStdString();
    ASSERT_TRUE(delta->has_value());
    EXPECT_EQ((*delta)->purchases.size(), 1u);
    EXPECT_EQ((*delta)->lines.size(), 1u);
    AnalyticsInputLoader::apply(*in, **delta);

    const Result<AnalyticsInput> fresh = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(purchaseKeys(*in), purchaseKeys(*fresh));
    EXPECT_EQ(in->lines.size(), fresh->lines.size());
    EXPECT_EQ(in->ordersInOtherCurrencies, fresh->ordersInOtherCurrencies);
    EXPECT_EQ(in->journalSeq, fresh->journalSeq);

    // An order in another currency may change the reporting currency: a full load.
    s.order(s.beta, s.t0, 1, 900000, 0, QStringLiteral("JPY"));
    auto yen = AnalyticsInputLoader::changesSince(*s.ts, *in);
    ASSERT_TRUE(yen.ok());
    EXPECT_FALSE(yen->has_value());
    const Result<AnalyticsInput> reloaded = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(reloaded.ok());
    current = *reloaded;

    // Anything else (an order deleted, an account renamed): a full load is needed.
    Account renamed = *AccountRepository(*s.ts).get(s.alpha);
    renamed.name = QStringLiteral("Alpha GmbH");
    ASSERT_TRUE(AccountRepository(*s.ts).update(renamed).ok());
    auto other = AnalyticsInputLoader::changesSince(*s.ts, *in);
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->has_value());
}

// Activities logged, done, moved, reassigned and deleted after a load are
// merged into its done-activity days exactly as a fresh load counts them;
// a change the analytics do not read merges as nothing.
TEST(StoreAnalytics, ActivityChangesMergeIntoTheLoadedInput)
{
    SmallStore s;
    s.order(s.alpha, s.t0, 1, 5000);
    const QString planned = s.data.activity(s.alpha, "call", s.t0 + DayMs);                 // not done yet
    const QString visit = s.data.activity(s.beta, "visit", s.t0, s.t0);                     // done
    const QString email = s.data.activity(s.gamma, "email", s.t0 + 2 * DayMs, s.t0 + 2 * DayMs);
    const QString meeting = s.data.activity(s.alpha, "meeting", s.t0 + 3 * DayMs, s.t0 + 3 * DayMs);
    const Result<AnalyticsInput> loaded = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    AnalyticsInput in = *loaded;

    // Only its subject: nothing to merge.
    ActivityRepository activities(*s.ts);
    Activity renamed = *activities.get(meeting);
    renamed.subject = QStringLiteral("Quarterly review");
    ASSERT_TRUE(activities.update(renamed).ok());
    auto none = AnalyticsInputLoader::changesSince(*s.ts, in);
    ASSERT_TRUE(none.ok());
    ASSERT_TRUE(none->has_value());
    EXPECT_TRUE((*none)->activities.empty());

    ASSERT_TRUE(activities.complete(planned, QStringLiteral("reached"), s.t0 + DayMs).ok());   // done now
    Activity moved = *activities.get(visit);
    moved.startAt = s.t0 + 10 * DayMs;                                                         // another day
    ASSERT_TRUE(activities.update(moved).ok());
    Activity other = *activities.get(email);
    other.accountId = s.alpha;                                                                 // another customer
    ASSERT_TRUE(activities.update(other).ok());
    ASSERT_TRUE(activities.remove(meeting).ok());                                              // gone
    s.data.activity(s.beta, "visit", s.t0 + 5 * DayMs, s.t0 + 5 * DayMs);                      // logged
    s.data.activity(s.gamma, "note", s.t0 + 5 * DayMs);                                        // logged, not done
    // Logged and deleted again: nothing.
    ASSERT_TRUE(activities.remove(s.data.activity(s.alpha, "call", s.t0 + 6 * DayMs, s.t0 + 6 * DayMs)).ok());
    // Another kind, then undone (Journal::revert, itself journaled).
    const QString call = s.data.activity(s.beta, "call", s.t0 + 7 * DayMs, s.t0 + 7 * DayMs);
    Activity asMeeting = *activities.get(call);
    asMeeting.kind = QStringLiteral("meeting");
    ASSERT_TRUE(activities.update(asMeeting).ok());
    const Result<QList<ChangeSetInfo>> recent = Journal(*s.ts).recentChangeSets(1);
    ASSERT_TRUE(recent.ok() && !recent->isEmpty());
    ASSERT_TRUE(Journal(*s.ts).revert(recent->first().id).ok());
    // And one deleted, then restored (undo of the delete).
    ASSERT_TRUE(activities.remove(visit).ok());
    const Result<QList<ChangeSetInfo>> deletion = Journal(*s.ts).recentChangeSets(1);
    ASSERT_TRUE(deletion.ok() && !deletion->isEmpty());
    ASSERT_TRUE(Journal(*s.ts).revert(deletion->first().id).ok());

    auto delta = AnalyticsInputLoader::changesSince(*s.ts, in);
    ASSERT_TRUE(delta.ok()) << delta.error().message.toStdString();
    ASSERT_TRUE(delta->has_value()) << "activity changes should merge, not reload";
    AnalyticsInputLoader::apply(in, **delta);

    const Result<AnalyticsInput> fresh = AnalyticsInputLoader::load(*s.ts);
    ASSERT_TRUE(fresh.ok());
    auto key = [](const std::vector<ActivityCount> &counts) {
        std::vector<std::tuple<int, QString, int>> out;
        for (const ActivityCount &c : counts)
            out.emplace_back(c.customer, c.kind, c.count);
        std::sort(out.begin(), out.end());
        return out;
    };
    EXPECT_EQ(key(in.activities.counts()), key(fresh->activities.counts()));
    // Day by day too: the moved visit is on its new day only.
    for (int d = 0; d < 12; ++d) {
        const QDate day = AnalyticsInputLoader::localDay(s.t0 + d * DayMs);
        EXPECT_EQ(key(in.activities.counts(day, day)), key(fresh->activities.counts(day, day))) << "day " << d;
    }
    EXPECT_EQ(in.activities.activityCount(), fresh->activities.activityCount());
    EXPECT_EQ(in.journalSeq, fresh->journalSeq);
    // Nothing else moved: no orders read for activities alone.
    EXPECT_TRUE((*delta)->purchases.empty());
    EXPECT_EQ(in.purchases.purchases, fresh->purchases.purchases);
    EXPECT_EQ(in.lines.size(), fresh->lines.size());

    // An activity of an account created since the load: a full load.
    const QString newcomer = s.data.account(QStringLiteral("Delta"));
    s.data.activity(newcomer, "call", s.t0, s.t0);
    auto reload = AnalyticsInputLoader::changesSince(*s.ts, in);
    ASSERT_TRUE(reload.ok());
    EXPECT_FALSE(reload->has_value());
}
