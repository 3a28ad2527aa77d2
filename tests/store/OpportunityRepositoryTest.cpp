#include "RepositoryTestSupport.h"
#include "store/AccountRepository.h"
#include "store/CampaignRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

struct World {
    QString account, contact, campaign;
    Pipeline sales, renewals;
    QString lead() const { return sales.stages[0].id; }
    QString proposal() const { return sales.stages[1].id; }
    QString won() const { return sales.stages[2].id; }
    QString lost() const { return sales.stages[3].id; }
};

Stage stage(const QString &name, int probability, const char *kind)
{
    Stage s;
    s.name = name;
    s.probability = probability;
    s.kind = QString::fromLatin1(kind);
    return s;
}

World world(Store &s)
{
    World w;
    Account a;
    a.name = QStringLiteral("北京咖啡有限公司");
    w.account = *AccountRepository(s).create(a);
    Contact c;
    c.givenName = QStringLiteral("芳");
    c.familyName = QStringLiteral("李");
    c.accountId = w.account;
    w.contact = *ContactRepository(s).create(c);
    Campaign k;
    k.name = QStringLiteral("Spring fair 2024");
    w.campaign = *CampaignRepository(s).create(k);
    PipelineRepository pipelines(s);
    Pipeline p;
    p.name = QStringLiteral("Sales");
    p.stages = {stage(QStringLiteral("Lead"), 10, "open"), stage(QStringLiteral("Proposal"), 50, "open"), stage(QStringLiteral("Won"), 100, "won"),
                stage(QStringLiteral("Lost"), 0, "lost")};
    w.sales = *pipelines.get(*pipelines.create(p));
    p.name = QStringLiteral("Renewals");
    p.stages = {stage(QStringLiteral("Upcoming"), 30, "open"), stage(QStringLiteral("Renewed"), 100, "won")};
    w.renewals = *pipelines.get(*pipelines.create(p));
    return w;
}

Opportunity deal(const World &w)
{
    Opportunity o;
    o.accountId = w.account;
    o.contactId = w.contact;
    o.name = QStringLiteral("北京咖啡 — Barista Pro 3 ×4");
    o.amount = Money{2760000, QStringLiteral("CNY")};
    o.pipelineId = w.sales.id;
    o.stageId = w.lead();
    o.probability = 10;
    o.expectedClose = QDate(2024, 6, 30);
    o.campaignId = w.campaign;
    o.tags = {QStringLiteral("strategic"), QStringLiteral("重点客户")};
    o.notes = QStringLiteral("需要在六月前安装。");
    return o;
}

QString liveMoves(Store &s, const QString &id)
{
    return test::text(s, QStringLiteral("SELECT ifnull(group_concat(ifnull(from_stage_id, '-') || '>' || to_stage_id, ' '), '') FROM "
                                        "(SELECT * FROM stage_changes WHERE opportunity_id = ? AND deleted_at IS NULL ORDER BY changed_at, id)"),
                      {id});
}

} // namespace

TEST(OpportunityRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    Opportunity o = deal(w);
    o.stageId = w.lost();
    o.probability = 0;
    o.closeReason = QStringLiteral("Chose competitor");
    o.closedAt = 1710000000000;
    Result<QString> id = repo.create(o);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    o.id = *id;
    o.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), o);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT amount FROM opportunities WHERE id = ?"), {*id}), 2760000);
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT currency FROM opportunities WHERE id = ?"), {*id}), QStringLiteral("CNY"));

    Opportunity latin;
    latin.name = QStringLiteral("Café Zoë – annual maintenance");
    latin.amount = Money{89000, QStringLiteral("JPY")};
    latin.pipelineId = w.renewals.id;
    latin.stageId = w.renewals.stages[0].id;
    latin.id = *repo.create(latin);
    latin.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(latin.id), latin);

    Opportunity bare;
    bare.name = QStringLiteral("Someday");
    bare.id = *repo.create(bare);
    bare.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(bare.id), bare);
    EXPECT_FALSE(repo.get(bare.id)->amount);
}

TEST(OpportunityRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    Opportunity o = *repo.get(*repo.create(deal(w)));
    EXPECT_FALSE(*repo.update(o));
    o.amount->minor = 3000000;
    o.expectedClose = QDate(2024, 7, 15);
    ASSERT_TRUE(*repo.update(o));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("opportunity.amount"), QStringLiteral("opportunity.expected_close")}));
    EXPECT_EQ(*repo.get(o.id), o);
}

TEST(OpportunityRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    const Opportunity good = *repo.get(*repo.create(deal(w)));

    Opportunity o = good;
    o.name = QStringLiteral("   ");
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("name"));
    o = good;
    o.amount->currency = QStringLiteral("yuan");
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("\"yuan\""));
    o = good;
    o.amount->minor = -100;
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("-1.00"));
    o = good;
    o.probability = 120;
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("120"));
    o = good;
    o.pipelineId.clear();
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("pipeline"));
    o = good;
    o.stageId = w.renewals.stages[1].id;
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("The stage \"Renewed\" belongs to the pipeline \"Renewals\", not to \"Sales\"."));
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("\"Renewed\""));
    o = good;
    o.accountId = QStringLiteral("018b0000-0000-7000-8000-0000000000aa");
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("The account 018b0000-0000-7000-8000-0000000000aa does not exist."));
    ASSERT_TRUE(CampaignRepository(*ts).remove(w.campaign).ok());
    o = good;
    o.campaignId.clear();
    ASSERT_TRUE(*repo.update(o));
    o.campaignId = w.campaign;
    EXPECT_REJECTED(*ts, repo.update(o), QStringLiteral("The campaign \"Spring fair 2024\" has been deleted."));
    o.campaignId.clear();
    EXPECT_EQ(*repo.get(good.id), o);
}

TEST(OpportunityRepository, MoveToStageSetsProbabilityAndClosesWithHistoryAndUndo)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    const Opportunity start = *repo.get(*repo.create(deal(w)));
    EXPECT_EQ(liveMoves(*ts, start.id), QStringLiteral("->%1").arg(w.lead()));

    ASSERT_TRUE(*repo.moveToStage(start.id, w.proposal()));
    Opportunity o = *repo.get(start.id);
    EXPECT_EQ(o.stageId, w.proposal());
    EXPECT_EQ(o.probability, 50);
    EXPECT_FALSE(o.closedAt);

    const qint64 closeTime = ts.clock; // the store's clock: the next reading is the close time or later
    Result<bool> won = repo.moveToStage(start.id, w.won(), QStringLiteral("Best price"));
    ASSERT_TRUE(won.ok()) << won.error().message.toStdString();
    const qint64 moveChange = test::lastChangeId(*ts);
    o = *repo.get(start.id);
    EXPECT_EQ(o.stageId, w.won());
    EXPECT_EQ(o.probability, 100);
    ASSERT_TRUE(o.closedAt);
    EXPECT_GE(*o.closedAt, closeTime);
    EXPECT_LT(*o.closedAt, ts.clock);
    EXPECT_EQ(o.closeReason, QStringLiteral("Best price"));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT closed_at FROM opportunities WHERE id = ?"), {start.id}), *o.closedAt);
    EXPECT_EQ(liveMoves(*ts, start.id), QStringLiteral("->%1 %1>%2 %2>%3").arg(w.lead(), w.proposal(), w.won()));
    // The move and its history are one change set.
    QStringList fields = test::lastChangeFields(*ts);
    fields.removeDuplicates();
    EXPECT_TRUE(fields.contains(QStringLiteral("stage_change.to_stage_id")));
    EXPECT_TRUE(fields.contains(QStringLiteral("opportunity.stage_id")));
    EXPECT_TRUE(fields.contains(QStringLiteral("opportunity.closed_at")));

    // Undo restores every field the move set and drops its history record.
    Result<qint64> undo = Journal(*ts).revert(moveChange);
    ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();
    o = *repo.get(start.id);
    EXPECT_EQ(o.stageId, w.proposal());
    EXPECT_EQ(o.probability, 50);
    EXPECT_FALSE(o.closedAt);
    EXPECT_TRUE(o.closeReason.isEmpty());
    EXPECT_EQ(liveMoves(*ts, start.id), QStringLiteral("->%1 %1>%2").arg(w.lead(), w.proposal()));

    // Lost, then reopened: an open stage clears the close.
    ASSERT_TRUE(*repo.moveToStage(start.id, w.lost(), QStringLiteral("No budget")));
    EXPECT_EQ(repo.get(start.id)->closeReason, QStringLiteral("No budget"));
    EXPECT_EQ(repo.get(start.id)->probability, 0);
    ASSERT_TRUE(*repo.moveToStage(start.id, w.lead()));
    o = *repo.get(start.id);
    EXPECT_FALSE(o.closedAt);
    EXPECT_TRUE(o.closeReason.isEmpty());
    EXPECT_EQ(o.probability, 10);
    EXPECT_FALSE(*repo.moveToStage(start.id, w.lead())) << "already there";
}

TEST(OpportunityRepository, MoveToStageRefusesStagesOfOtherPipelinesAndMissingStages)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    const Opportunity o = *repo.get(*repo.create(deal(w)));
    EXPECT_REJECTED(*ts, repo.moveToStage(o.id, w.renewals.stages[1].id, QStringLiteral("x")),
                    QStringLiteral("The stage \"Renewed\" belongs to the pipeline \"Renewals\", not to \"Sales\"."));
    EXPECT_REJECTED(*ts, repo.moveToStage(o.id, QStringLiteral("018b0000-0000-7000-8000-0000000000bb")),
                    QStringLiteral("The stage 018b0000-0000-7000-8000-0000000000bb does not exist."));
    EXPECT_EQ(*repo.get(o.id), o);

    // Without a pipeline, the stage's pipeline is taken.
    Opportunity loose;
    loose.name = QStringLiteral("Walk-in");
    loose.id = *repo.create(loose);
    ASSERT_TRUE(*repo.moveToStage(loose.id, w.renewals.stages[0].id));
    EXPECT_EQ(repo.get(loose.id)->pipelineId, w.renewals.id);
    EXPECT_EQ(repo.get(loose.id)->probability, 30);
}

TEST(OpportunityRepository, RemoveHidesTheOpportunity)
{
    test::TempStore ts;
    const World w = world(*ts);
    OpportunityRepository repo(*ts);
    const QString id = *repo.create(deal(w));
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
    EXPECT_FALSE(repo.moveToStage(id, w.won()).ok());
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM search_docs WHERE record_id = ?"), {id}), 0);
}
