#include "store/AccountRepository.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "store/UserRepository.h"
#include "store/queries/PipelineBoardQuery.h"
#include "support/TestStore.h"

#include <QSqlQuery>
#include <QStringList>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;

Stage stage(const char *name, int probability, const char *kind)
{
    Stage s;
    s.name = QString::fromUtf8(name);
    s.probability = probability;
    s.kind = QString::fromLatin1(kind);
    return s;
}

// Hand-made board: Sales (Lead 10 %, Proposal 50 %, Won, Lost) beside a
// Renewals pipeline whose deals must never show on the Sales board.
struct Board {
    Pipeline sales, renewals;
    QString account, otherUser;
    const Stage &lead() const { return sales.stages[0]; }
    const Stage &proposal() const { return sales.stages[1]; }
    const Stage &won() const { return sales.stages[2]; }
    const Stage &lost() const { return sales.stages[3]; }
};

Board board(Store &s)
{
    Board b;
    PipelineRepository pipelines(s);
    Pipeline p;
    p.name = QStringLiteral("Sales");
    p.stages = {stage("Lead", 10, "open"), stage("Proposal", 50, "open"), stage("Won", 100, "won"), stage("Lost", 0, "lost")};
    b.sales = *pipelines.get(*pipelines.create(p));
    p.name = QStringLiteral("Renewals");
    p.stages = {stage("Upcoming", 30, "open"), stage("Renewed", 100, "won")};
    b.renewals = *pipelines.get(*pipelines.create(p));
    Account a;
    a.name = QStringLiteral("Café Zoë");
    b.account = *AccountRepository(s).create(a);
    User u;
    u.name = QStringLiteral("wang");
    u.displayName = QStringLiteral("王芳");
    b.otherUser = *UserRepository(s).create(u);
    return b;
}

QString deal(Store &s, const Board &b, const Stage &st, const QString &name, std::optional<Money> amount, std::optional<int> probability,
             const QDate &close, const QString &owner = {})
{
    Opportunity o;
    o.name = name;
    o.accountId = b.account;
    o.amount = amount;
    o.probability = probability;
    o.pipelineId = st.pipelineId;
    o.stageId = st.id;
    o.expectedClose = close;
    o.ownerId = owner;
    Result<QString> id = OpportunityRepository(s).create(o);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? *id : QString();
}

Money eur(qint64 minor)
{
    return {minor, QStringLiteral("EUR")};
}

Money cny(qint64 minor)
{
    return {minor, QStringLiteral("CNY")};
}

QStringList names(const QList<BoardCard> &cards)
{
    QStringList out;
    for (const BoardCard &c : cards)
        out << c.name;
    return out;
}

// Every card of a column, read page by page.
QStringList allPages(PipelineBoardQuery &q, const Stage &st, const BoardFilter &f, int pageSize, int *pages = nullptr)
{
    QStringList out;
    std::optional<CardCursor> after;
    int n = 0;
    do {
        Result<CardPage> page = q.cards(st, f, after, pageSize);
        EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
        if (!page.ok())
            break;
        EXPECT_LE(page->cards.size(), pageSize);
        out += names(page->cards);
        after = page->next;
        if (++n > 100)
            break;
    } while (after);
    if (pages)
        *pages = n;
    return out;
}

QString plan(Store &s, const QString &sql)
{
    QSqlQuery q(s.db());
    EXPECT_TRUE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) << sql.toStdString();
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(QVariant());
    EXPECT_TRUE(q.exec()) << sql.toStdString();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QStringLiteral(" | "));
}

} // namespace

TEST(PipelineBoardQuery, SumsEachStagePerCurrencyWithWeightedAmounts)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    // Lead: EUR 1,000.00 and 333.33 at 10 %, CNY 5,000.00 at 15 %, one without amount.
    deal(s, b, b.lead(), QStringLiteral("Espresso bar"), eur(100000), 10, QDate(2024, 5, 2));
    deal(s, b, b.lead(), QStringLiteral("Cups"), eur(33333), 10, QDate(2024, 5, 20));
    deal(s, b, b.lead(), QStringLiteral("北京 grinders"), cny(500000), 15, QDate(2024, 6, 1));
    deal(s, b, b.lead(), QStringLiteral("Someday"), std::nullopt, std::nullopt, QDate());
    // Proposal: EUR 10.01 and 0.01 at 50 % (500.5 + 0.5 cents), GBP 0.01 at 50 %.
    deal(s, b, b.proposal(), QStringLiteral("Syrups"), eur(1001), 50, QDate(2024, 5, 9));
    deal(s, b, b.proposal(), QStringLiteral("Milk jugs"), eur(1), 50, QDate(2024, 5, 9));
    deal(s, b, b.proposal(), QStringLiteral("Spoon"), Money{1, QStringLiteral("GBP")}, 50, QDate(2024, 5, 9));
    // Another pipeline: not on this board.
    deal(s, b, b.renewals.stages[0], QStringLiteral("Renewal"), eur(999999), 30, QDate(2024, 5, 1));

    PipelineBoardQuery q(s);
    Result<QHash<QString, StageTotals>> totals = q.stageTotals({b.sales.id, {}, {}, std::nullopt});
    ASSERT_TRUE(totals.ok()) << totals.error().message.toStdString();
    EXPECT_EQ(totals->size(), 2);
    const StageTotals lead = totals->value(b.lead().id);
    EXPECT_EQ(lead.count, 4);
    ASSERT_EQ(lead.currencies.size(), 2); // by currency code
    EXPECT_EQ(lead.currencies[0], (CurrencyTotal{QStringLiteral("CNY"), 1, 500000, 75000}));
    // (100000 × 10 + 33333 × 10) / 100 = 13333.3 → 13333
    EXPECT_EQ(lead.currencies[1], (CurrencyTotal{QStringLiteral("EUR"), 2, 133333, 13333}));
    const StageTotals proposal = totals->value(b.proposal().id);
    EXPECT_EQ(proposal.count, 3);
    ASSERT_EQ(proposal.currencies.size(), 2);
    // (1001 × 50 + 1 × 50) / 100 = 501: summed before rounding (per card it would be 500 + 0).
    EXPECT_EQ(proposal.currencies[0], (CurrencyTotal{QStringLiteral("EUR"), 2, 1002, 501}));
    // 0.5 cents rounds half up.
    EXPECT_EQ(proposal.currencies[1], (CurrencyTotal{QStringLiteral("GBP"), 1, 1, 1}));
    EXPECT_FALSE(totals->contains(b.won().id));
}

TEST(PipelineBoardQuery, LeavesOutDeletedOpportunitiesAndFollowsMoves)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    const QString kept = deal(s, b, b.lead(), QStringLiteral("Kept"), eur(1000), 10, QDate(2024, 5, 2));
    const QString gone = deal(s, b, b.lead(), QStringLiteral("Gone"), eur(5000), 10, QDate(2024, 5, 3));
    const QString moved = deal(s, b, b.lead(), QStringLiteral("Moved"), eur(7000), 10, QDate(2024, 5, 4));
    OpportunityRepository repo(s);
    ASSERT_TRUE(repo.remove(gone).ok());
    ASSERT_TRUE(repo.moveToStage(moved, b.proposal().id).ok());

    PipelineBoardQuery q(s);
    const BoardFilter f{b.sales.id, {}, {}, std::nullopt};
    const auto totals = q.stageTotals(f);
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->value(b.lead().id).count, 1);
    EXPECT_EQ(totals->value(b.lead().id).currencies.value(0).amount, 1000);
    EXPECT_EQ(totals->value(b.proposal().id).count, 1);
    // Moving took the proposal stage's probability: 7000 × 50 %.
    EXPECT_EQ(totals->value(b.proposal().id).currencies.value(0).weighted, 3500);

    EXPECT_EQ(allPages(q, b.lead(), f, 50), QStringList{QStringLiteral("Kept")});
    EXPECT_EQ(allPages(q, b.proposal(), f, 50), QStringList{QStringLiteral("Moved")});
    Q_UNUSED(kept);
}

TEST(PipelineBoardQuery, FiltersByOwnerAndCloseMonth)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    deal(s, b, b.lead(), QStringLiteral("Mine in May"), eur(1000), 10, QDate(2024, 5, 1));
    deal(s, b, b.lead(), QStringLiteral("Mine on 31 May"), eur(2000), 10, QDate(2024, 5, 31));
    deal(s, b, b.lead(), QStringLiteral("Mine in June"), eur(4000), 10, QDate(2024, 6, 1));
    deal(s, b, b.lead(), QStringLiteral("Wang's in May"), eur(8000), 10, QDate(2024, 5, 15), b.otherUser);
    deal(s, b, b.lead(), QStringLiteral("Wang's undated"), eur(16000), 10, QDate(), b.otherUser);

    PipelineBoardQuery q(s);
    const auto byWang = q.stageTotals({b.sales.id, b.otherUser, {}, std::nullopt});
    ASSERT_TRUE(byWang.ok());
    EXPECT_EQ(byWang->value(b.lead().id).count, 2);
    EXPECT_EQ(byWang->value(b.lead().id).currencies.value(0).amount, 24000);

    const QDate may(2024, 5, 17); // any day of the month stands for the month
    const auto inMay = q.stageTotals({b.sales.id, {}, may, std::nullopt});
    ASSERT_TRUE(inMay.ok());
    EXPECT_EQ(inMay->value(b.lead().id).count, 3);
    EXPECT_EQ(inMay->value(b.lead().id).currencies.value(0).amount, 11000);

    const auto mineInMay = q.stageTotals({b.sales.id, s.localUserId(), may, std::nullopt});
    ASSERT_TRUE(mineInMay.ok());
    EXPECT_EQ(mineInMay->value(b.lead().id).currencies.value(0).amount, 3000);

    EXPECT_EQ(allPages(q, b.lead(), {b.sales.id, {}, may, std::nullopt}, 50),
              (QStringList{QStringLiteral("Mine in May"), QStringLiteral("Wang's in May"), QStringLiteral("Mine on 31 May")}));
    EXPECT_EQ(allPages(q, b.lead(), {b.sales.id, b.otherUser, {}, std::nullopt}, 50),
              (QStringList{QStringLiteral("Wang's in May"), QStringLiteral("Wang's undated")}));
    const auto card = q.cards(b.lead(), {b.sales.id, b.otherUser, may, std::nullopt}, std::nullopt, 5);
    ASSERT_TRUE(card.ok());
    ASSERT_EQ(card->cards.size(), 1);
    EXPECT_EQ(card->cards[0].ownerName, QStringLiteral("王芳"));
    EXPECT_EQ(card->cards[0].accountName, QStringLiteral("Café Zoë"));
    EXPECT_EQ(card->cards[0].amount, eur(8000));
    EXPECT_EQ(card->cards[0].expectedClose, QDate(2024, 5, 15));
    EXPECT_FALSE(card->next);
}

TEST(PipelineBoardQuery, WonAndLostStagesShowOnlyWhatClosedSinceTheCutOff)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    OpportunityRepository repo(s);
    const QString recent = deal(s, b, b.lead(), QStringLiteral("Won this week"), eur(5000), 10, QDate(2023, 11, 10));
    ASSERT_TRUE(repo.moveToStage(recent, b.won().id, QStringLiteral("Best price")).ok());
    Opportunity old = *repo.get(deal(s, b, b.lead(), QStringLiteral("Won last year"), eur(7000), 10, QDate(2022, 11, 1)));
    old.stageId = b.won().id;
    old.probability = 100;
    old.closedAt = s.now() - 365 * Day;
    old.closeReason = QStringLiteral("Relationship");
    ASSERT_TRUE(repo.update(old).ok());
    // An open deal created long ago is never cut off.
    deal(s, b, b.lead(), QStringLiteral("Open for ages"), eur(100), 10, QDate(2021, 1, 1));

    PipelineBoardQuery q(s);
    const BoardFilter recentOnly{b.sales.id, {}, {}, s.now() - 90 * Day};
    const auto totals = q.stageTotals(recentOnly);
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->value(b.won().id).count, 1);
    EXPECT_EQ(totals->value(b.won().id).currencies.value(0), (CurrencyTotal{QStringLiteral("EUR"), 1, 5000, 5000}));
    EXPECT_EQ(totals->value(b.lead().id).count, 1);
    EXPECT_EQ(allPages(q, b.won(), recentOnly, 50), QStringList{QStringLiteral("Won this week")});
    EXPECT_EQ(allPages(q, b.lead(), recentOnly, 50), QStringList{QStringLiteral("Open for ages")});
    const auto card = q.cards(b.won(), recentOnly, std::nullopt, 1);
    ASSERT_TRUE(card.ok());
    EXPECT_EQ(card->cards.value(0).closeReason, QStringLiteral("Best price"));
    EXPECT_TRUE(card->cards.value(0).closedAt.has_value());

    const BoardFilter everything{b.sales.id, {}, {}, std::nullopt};
    EXPECT_EQ(q.stageTotals(everything)->value(b.won().id).count, 2);
    // Latest first in a closed stage.
    EXPECT_EQ(allPages(q, b.won(), everything, 50), (QStringList{QStringLiteral("Won this week"), QStringLiteral("Won last year")}));
}

TEST(PipelineBoardQuery, PagesThroughAColumnByKeyDatedFirstThenUndated)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    // Created out of order, with ties on the date (broken by id) and undated ones.
    const QList<std::pair<const char *, QDate>> open = {
        {"d", QDate(2024, 3, 1)}, {"a", QDate(2024, 1, 1)}, {"u1", QDate()},          {"c", QDate(2024, 2, 1)},
        {"b1", QDate(2024, 1, 15)}, {"u2", QDate()},        {"b2", QDate(2024, 1, 15)}, {"e", QDate(2024, 4, 1)},
    };
    for (const auto &[name, close] : open)
        deal(s, b, b.proposal(), QString::fromLatin1(name), eur(100), 50, close);

    PipelineBoardQuery q(s);
    const BoardFilter f{b.sales.id, {}, {}, std::nullopt};
    const QStringList expected{QStringLiteral("a"), QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("c"),
                               QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("u1"), QStringLiteral("u2")};
    for (int pageSize : {1, 2, 3, 6, 7, 8, 50}) {
        int pages = 0;
        EXPECT_EQ(allPages(q, b.proposal(), f, pageSize, &pages), expected) << "page size " << pageSize;
        EXPECT_EQ(pages, (int(expected.size()) + pageSize - 1) / pageSize) << "page size " << pageSize;
    }
    const auto first = q.cards(b.proposal(), f, std::nullopt, 3);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->next.has_value());
    EXPECT_FALSE(first->next->undated);
    EXPECT_EQ(first->next->expectedClose, QStringLiteral("2024-01-15"));

    // A closed stage pages latest first, undated after.
    OpportunityRepository repo(s);
    for (const char *name : {"L1", "L2", "L3"}) {
        const QString id = deal(s, b, b.lead(), QString::fromLatin1(name), eur(100), 10,
                                name[1] == '2' ? QDate() : QDate(2024, 1, name[1] - '0'));
        ASSERT_TRUE(repo.moveToStage(id, b.lost().id, QStringLiteral("Price")).ok());
    }
    EXPECT_EQ(allPages(q, b.lost(), f, 1), (QStringList{QStringLiteral("L3"), QStringLiteral("L1"), QStringLiteral("L2")}));
}

TEST(PipelineBoardQuery, ReadsAlongTheStageIndex)
{
    test::TempStore ts;
    Store &s = *ts;
    const Board b = board(s);
    const BoardFilter f{b.sales.id, s.localUserId(), QDate(2024, 5, 1), s.now()};
    for (const Stage &st : {b.lead(), b.won()}) {
        for (bool undated : {false, true}) {
            const QString p = plan(s, PipelineBoardQuery::cardsSql(st, f, undated, true));
            EXPECT_TRUE(p.contains(QStringLiteral("USING INDEX opportunities_by_stage"))) << p.toStdString();
            EXPECT_FALSE(p.contains(QStringLiteral("SCAN o"))) << p.toStdString();
        }
    }
    const QString keyed = plan(s, PipelineBoardQuery::cardsSql(b.lead(), {b.sales.id, {}, {}, std::nullopt}, false, true));
    EXPECT_TRUE(keyed.contains(QStringLiteral("expected_close>?"))) << keyed.toStdString();
    const QString totals = plan(s, PipelineBoardQuery::totalsSql(f));
    EXPECT_TRUE(totals.contains(QStringLiteral("USING INDEX opportunities_by_stage"))) << totals.toStdString();
    // With no close-month filter, from the covering index alone (migration 4): no table row per deal.
    const QString all = plan(s, PipelineBoardQuery::totalsSql({b.sales.id, {}, {}, std::nullopt}));
    EXPECT_TRUE(all.contains(QStringLiteral("COVERING INDEX opportunities_stage_totals"))) << all.toStdString();
    EXPECT_TRUE(totals.contains(QStringLiteral("USING INDEX stages_by_pipeline"))) << totals.toStdString();
}
