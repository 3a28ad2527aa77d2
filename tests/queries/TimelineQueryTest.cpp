#include "QueryTestData.h"
#include "store/queries/TimelineQuery.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr qint64 T0 = 1750000000000; // 2025-06-15

using Subject = TimelineQuery::Subject;

QList<TimelineItem> timeline(Store &s, Subject subject, const QString &id, TimelineKinds kinds = AllTimelineKinds, int limit = 100)
{
    auto r = TimelineQuery(s).page(subject, id, kinds, std::nullopt, limit);
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? *r : QList<TimelineItem>();
}

QStringList ids(const QList<TimelineItem> &items)
{
    QStringList out;
    for (const TimelineItem &i : items)
        out << i.id;
    return out;
}

// (at, id) strictly descending: newest first, no line twice.
void expectNewestFirst(const QList<TimelineItem> &items)
{
    for (int i = 1; i < items.size(); ++i) {
        const TimelineItem &a = items[i - 1];
        const TimelineItem &b = items[i];
        EXPECT_TRUE(a.at > b.at || (a.at == b.at && a.id > b.id)) << "line " << i << " is out of order";
    }
}

QString plan(Store &s, const TimelineQuery::Statement &st)
{
    QSqlQuery q(s.db());
    EXPECT_TRUE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql));
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    EXPECT_TRUE(q.exec());
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST(TimelineQuery, AnAccountsTimelineHoldsEveryKindNewestFirstAndNothingOfOtherAccounts)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString other = d.account(QStringLiteral("Other GmbH"));
    const QString anna = d.contact(acme, QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    const QString otto = d.contact(other, QStringLiteral("Otto"), QStringLiteral("Meyer"));
    const QString fair = d.campaign(QStringLiteral("Spring fair"));

    const QString call = d.activity(acme, "call", T0 + 1 * DayMs, T0 + 1 * DayMs);
    const QString order = d.order(acme, T0 + 2 * DayMs, {{2, 100'00, 10'00}, {-1, 100'00, 0}});
    d.setClock(T0 + 3 * DayMs);
    const QString deal = d.opportunity(acme, QStringLiteral("Ten machines"), Money{5000'00, QStringLiteral("EUR")});
    d.setClock(T0 + 4 * DayMs);
    const QString kase = d.kase(acme, QStringLiteral("Grinder broken"), "in progress");
    const QString response = d.member(fair, anna, T0 + 4 * DayMs, T0 + 5 * DayMs);
    d.member(fair, otto, T0, T0 + 6 * DayMs); // another account's contact
    d.activity(other, "visit", T0 + 7 * DayMs);
    d.order(other, T0 + 8 * DayMs, {{1, 1'00, 0}});

    const QList<TimelineItem> items = timeline(*ts, Subject::Account, acme);
    EXPECT_EQ(ids(items), (QStringList{response, kase, deal, order, call}));
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items[0].kind, TimelineKind::CampaignResponse);
    EXPECT_EQ(items[0].title, QStringLiteral("Spring fair"));
    EXPECT_EQ(items[0].note, QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(items[0].openEntity, QStringLiteral("campaign"));
    EXPECT_EQ(items[0].openId, fair);
    EXPECT_EQ(items[1].status, QStringLiteral("in progress"));
    EXPECT_EQ(items[2].detail, QStringLiteral("Lead"));
    EXPECT_EQ(items[2].status, QStringLiteral("open"));
    EXPECT_EQ(items[2].amount, (Money{5000'00, QStringLiteral("EUR")}));
    // The order's total is net of its discount and its return.
    EXPECT_EQ(items[3].amount, (Money{2 * 100'00 - 10'00 - 100'00, QStringLiteral("EUR")}));
    EXPECT_EQ(items[3].at, T0 + 2 * DayMs);
    EXPECT_EQ(items[4].kind, TimelineKind::Activity);
    EXPECT_EQ(items[4].detail, QStringLiteral("call"));
    EXPECT_EQ(items[4].status, QStringLiteral("done"));
    EXPECT_EQ(items[4].openEntity, QStringLiteral("activity"));
    EXPECT_EQ(items[4].openId, call);
}

TEST(TimelineQuery, DeletedRecordsAndMereTargetingAreLeftOut)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString anna = d.contact(acme, QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    const QString gone = d.contact(acme, QStringLiteral("Gone"), QStringLiteral("Away"));
    const QString fair = d.campaign(QStringLiteral("Spring fair"));
    const QString mailing = d.campaign(QStringLiteral("Newsletter"));
    const QString kept = d.activity(acme, "note", T0);
    const QString deletedActivity = d.activity(acme, "call", T0 + 1);
    const QString deletedOrder = d.order(acme, T0 + 2, {{1, 5'00, 0}});
    const QString deletedCase = d.kase(acme, QStringLiteral("Old"));
    const QString deletedDeal = d.opportunity(acme, QStringLiteral("Old deal"), std::nullopt);
    d.member(mailing, anna, T0); // sent, never answered
    d.member(fair, gone, T0, T0 + 3);
    ASSERT_TRUE(ActivityRepository(*ts).remove(deletedActivity).ok());
    ASSERT_TRUE(OrderRepository(*ts).remove(deletedOrder).ok());
    ASSERT_TRUE(CaseRepository(*ts).remove(deletedCase).ok());
    ASSERT_TRUE(OpportunityRepository(*ts).remove(deletedDeal).ok());
    ASSERT_TRUE(ContactRepository(*ts).remove(gone).ok());

    EXPECT_EQ(ids(timeline(*ts, Subject::Account, acme)), QStringList{kept});
    EXPECT_TRUE(timeline(*ts, Subject::Contact, anna).isEmpty());
}

TEST(TimelineQuery, PagesContinueAcrossKindsAndTiesWithoutGapsOrRepeats)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString anna = d.contact(acme, QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    const QString fair = d.campaign(QStringLiteral("Spring fair"));
    // Many lines at the same few instants, so pages end in the middle of ties
    // between kinds.
    for (int i = 0; i < 9; ++i)
        d.activity(acme, i % 2 ? "call" : "visit", T0 + (i % 3) * DayMs);
    for (int i = 0; i < 6; ++i)
        d.order(acme, T0 + (i % 3) * DayMs, {{1, 10'00, 0}});
    for (int i = 0; i < 4; ++i) {
        d.setClock(T0 + (i % 3) * DayMs);
        d.kase(acme, QStringLiteral("Case %1").arg(i));
        d.opportunity(acme, QStringLiteral("Deal %1").arg(i), std::nullopt);
    }
    d.member(fair, anna, T0, T0 + DayMs);

    const QList<TimelineItem> all = timeline(*ts, Subject::Account, acme, AllTimelineKinds, 1000);
    ASSERT_EQ(all.size(), 9 + 6 + 4 + 4 + 1);
    expectNewestFirst(all);

    for (int pageSize : {1, 4, 7}) {
        QList<TimelineItem> paged;
        std::optional<TimelineKey> after;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = TimelineQuery(*ts).page(Subject::Account, acme, AllTimelineKinds, after, pageSize);
            ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
            ASSERT_LE(page->size(), pageSize);
            if (page->isEmpty())
                break;
            paged += *page;
            after = TimelineKey{page->last().at, page->last().id};
        }
        EXPECT_EQ(ids(paged), ids(all)) << "page size " << pageSize;
    }
}

TEST(TimelineQuery, TheKindFilterKeepsOnlyTheChosenKinds)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    d.activity(acme, "call", T0);
    const QString order = d.order(acme, T0 + 1, {{1, 10'00, 0}});
    d.setClock(T0 + 2);
    const QString kase = d.kase(acme, QStringLiteral("Leak"));
    d.opportunity(acme, QStringLiteral("Deal"), std::nullopt);

    EXPECT_EQ(ids(timeline(*ts, Subject::Account, acme, TimelineKind::Order | TimelineKind::Case)), (QStringList{kase, order}));
    EXPECT_EQ(timeline(*ts, Subject::Account, acme, TimelineKind::Activity).size(), 1);
    EXPECT_TRUE(timeline(*ts, Subject::Account, acme, TimelineKinds()).isEmpty());
}

TEST(TimelineQuery, AContactsTimelineFollowsActivityContactsAndItsOwnRecords)
{
    TempStore ts;
    QueryData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString other = d.account(QStringLiteral("Other GmbH"));
    const QString wei = d.contact(acme, QStringLiteral("伟"), QStringLiteral("王"));
    const QString anna = d.contact(acme, QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    const QString fair = d.campaign(QStringLiteral("Spring fair"));

    const QString meeting = d.activity(acme, "meeting", T0 + 1 * DayMs, T0 + 1 * DayMs, {wei, anna});
    d.activity(acme, "call", T0 + 2 * DayMs, std::nullopt, {anna});
    d.activity(acme, "note", T0 + 3 * DayMs); // the account's, nobody's in particular
    // Met at another account's site: still on their own timeline.
    const QString visit = d.activity(other, "visit", T0 + 4 * DayMs, std::nullopt, {wei});
    const QString order = d.order(acme, T0 + 5 * DayMs, {{3, 20'00, 0}}, QStringLiteral("CNY"), wei);
    d.order(acme, T0 + 6 * DayMs, {{1, 20'00, 0}}, QStringLiteral("CNY"), anna);
    d.setClock(T0 + 7 * DayMs);
    const QString kase = d.kase(acme, QStringLiteral("Invoice wrong"), "new", std::nullopt, wei);
    d.kase(acme, QStringLiteral("Not his"), "new", std::nullopt, anna);
    const QString deal = d.opportunity(acme, QStringLiteral("Renewal"), std::nullopt, false, wei);
    const QString response = d.member(fair, wei, T0 + 8 * DayMs, T0 + 9 * DayMs);
    d.member(fair, anna, T0 + 8 * DayMs, T0 + 9 * DayMs);

    const QList<TimelineItem> items = timeline(*ts, Subject::Contact, wei);
    expectNewestFirst(items);
    QStringList got = ids(items);
    QStringList expected{response, kase, deal, order, visit, meeting};
    // The case and the deal were created at the same instant; their order is by id.
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
    ASSERT_FALSE(items.isEmpty());
    EXPECT_EQ(items.first().id, response);
    EXPECT_TRUE(items.first().note.isEmpty()) << "a contact's own timeline does not repeat their name";
    EXPECT_EQ(items.last().id, meeting);

    // A contact without an account still sees their own orders of no account.
    const QString loner = d.contact(QString(), QStringLiteral("Lone"), QStringLiteral("Buyer"));
    const QString shop = d.order(QString(), T0, {{1, 9'99, 0}}, QStringLiteral("EUR"), loner);
    EXPECT_EQ(ids(timeline(*ts, Subject::Contact, loner)), QStringList{shop});
}

TEST(TimelineQuery, EveryBranchIsAnIndexLookupNotATableScan)
{
    TempStore ts;
    const TimelineKey key{T0, QStringLiteral("0190")};
    const QString account = plan(*ts, TimelineQuery::statement(Subject::Account, QStringLiteral("a"), AllTimelineKinds, key, 50));
    for (const char *index : {"activities_by_account", "opportunities_by_account", "orders_by_account", "cases_by_account",
                              "contacts_by_account", "campaign_members_by_contact", "order_lines_by_order"})
        EXPECT_TRUE(account.contains(QLatin1String(index))) << index << " unused:\n" << account.toStdString();
    const QString contact = plan(*ts, TimelineQuery::statement(Subject::Contact, QStringLiteral("c"), AllTimelineKinds, key, 50));
    for (const char *index : {"SEARCH ac USING PRIMARY KEY (contact_id=?)", "opportunities_by_account", "orders_by_account", "cases_by_account",
                              "campaign_members_by_contact"})
        EXPECT_TRUE(contact.contains(QLatin1String(index))) << index << " unused:\n" << contact.toStdString();
    // Scans of the branches' own (LIMITed) results are fine; a scan of a table is not.
    for (const QString &p : {account, contact})
        for (const QString &line : p.split(QLatin1Char('\n')))
            EXPECT_FALSE(line.startsWith(QLatin1String("SCAN ")) && !line.startsWith(QLatin1String("SCAN (subquery"))) << line.toStdString();
}
