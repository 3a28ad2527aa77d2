#include "RepositoryTestSupport.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

Stage stage(const char *name, std::optional<int> probability, const char *kind)
{
    Stage s;
    s.name = QString::fromUtf8(name);
    s.probability = probability;
    s.kind = QString::fromLatin1(kind);
    return s;
}

Pipeline sales()
{
    Pipeline p;
    p.name = QStringLiteral("Sales");
    p.position = 0;
    p.isDefault = true;
    p.stages = {stage("Lead", 10, "open"), stage("Qualified", 25, "open"), stage("Proposal", 50, "open"), stage("Negotiation", 75, "open"),
                stage("Won", 100, "won"), stage("Lost", 0, "lost")};
    return p;
}

QStringList names(const QList<Stage> &stages)
{
    QStringList out;
    for (const Stage &s : stages)
        out << s.name;
    return out;
}

} // namespace

TEST(PipelineRepository, CreatesThePipelineAndItsStagesInOneChangeSet)
{
    test::TempStore ts;
    PipelineRepository repo(*ts);
    Result<QString> id = repo.create(sales());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(DISTINCT change_id) FROM journal")), 1);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM stages WHERE pipeline_id = ?"), {*id}), 6);

    std::optional<Pipeline> back = repo.get(*id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, QStringLiteral("Sales"));
    EXPECT_EQ(back->position, 0);
    EXPECT_TRUE(back->isDefault);
    EXPECT_EQ(names(back->stages), names(sales().stages));
    Pipeline expected = sales();
    for (int i = 0; i < expected.stages.size(); ++i) {
        Stage &s = expected.stages[i];
        s.id = back->stages[i].id;
        s.ownerId = ts->localUserId();
        s.pipelineId = *id;
        s.position = i;
        EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT position FROM stages WHERE id = ?"), {s.id}), i);
    }
    expected.id = *id;
    expected.ownerId = ts->localUserId();
    EXPECT_EQ(*back, expected);
    EXPECT_EQ(*repo.stage(back->stages[4].id), expected.stages[4]);
    EXPECT_TRUE(repo.stage(back->stages[4].id)->isClosed());
}

TEST(PipelineRepository, ListsPipelinesAndStagesInOrder)
{
    test::TempStore ts;
    PipelineRepository repo(*ts);
    Pipeline renewals;
    renewals.name = QStringLiteral("续约");
    renewals.position = 1;
    renewals.stages = {stage("即将到期", 30, "open"), stage("已报价", 60, "open"), stage("已续约", 100, "won"), stage("未续约", 0, "lost")};
    const QString r = *repo.create(renewals);
    const QString s = *repo.create(sales());
    Result<QList<Pipeline>> all = repo.pipelines();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, s);
    EXPECT_EQ(all->at(1).id, r);
    EXPECT_EQ(names(all->at(1).stages), names(renewals.stages));
    EXPECT_EQ(names(*repo.stages(r)), names(renewals.stages));
}

TEST(PipelineRepository, UpdateRenamesReordersAddsAndRemovesStages)
{
    test::TempStore ts;
    PipelineRepository repo(*ts);
    Pipeline p = *repo.get(*repo.create(sales()));
    EXPECT_FALSE(*repo.update(p));

    const QString qualifiedId = p.stages[1].id;
    p.stages[0].name = QStringLiteral("Inbound lead");
    p.stages.swapItemsAt(2, 3);            // Negotiation before Proposal
    p.stages.removeAt(1);                  // no more "Qualified"
    p.stages.insert(1, stage("Demo", 30, "open"));
    ASSERT_TRUE(*repo.update(p));

    const QList<Stage> after = *repo.stages(p.id);
    EXPECT_EQ(names(after), (QStringList{QStringLiteral("Inbound lead"), QStringLiteral("Demo"), QStringLiteral("Negotiation"),
                                         QStringLiteral("Proposal"), QStringLiteral("Won"), QStringLiteral("Lost")}));
    for (int i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].position, i);
    EXPECT_FALSE(repo.stage(qualifiedId)) << "the dropped stage is removed";
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM stages WHERE id = ? AND deleted_at IS NOT NULL"), {qualifiedId}), 1);
    // All of it is one user action.
    QSet<QString> kinds;
    for (const JournalEntry &e : test::lastChange(*ts))
        kinds.insert(e.entity + QLatin1Char('.') + e.field);
    EXPECT_TRUE(kinds.contains(QStringLiteral("stage.name")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("stage.position")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("stage.deleted_at")));
    EXPECT_FALSE(kinds.contains(QStringLiteral("pipeline.name")));
}

TEST(PipelineRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    PipelineRepository repo(*ts);
    Pipeline p = sales();
    p.name = QString();
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("name"));
    p = sales();
    p.stages.clear();
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("at least one stage"));
    p = sales();
    p.stages[2].kind = QStringLiteral("pending");
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("\"pending\""));
    p = sales();
    p.stages[3].probability = 101;
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("101"));
    p = sales();
    p.stages[1].name = QStringLiteral(" ");
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("Stage 2"));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM pipelines")), 0);

    // A stage still holding an opportunity cannot go.
    p = *repo.get(*repo.create(sales()));
    Opportunity o;
    o.name = QStringLiteral("Big deal");
    o.pipelineId = p.id;
    o.stageId = p.stages[2].id;
    ASSERT_TRUE(OpportunityRepository(*ts).create(o).ok());
    Pipeline without = p;
    without.stages.removeAt(2);
    EXPECT_REJECTED(*ts, repo.update(without), QStringLiteral("\"Proposal\" still holds 1 opportunities"));
    EXPECT_REJECTED(*ts, repo.remove(p.id), QStringLiteral("Proposal"));
    EXPECT_EQ(repo.get(p.id)->stages.size(), 6);
}

TEST(PipelineRepository, RemoveHidesThePipelineWithItsStages)
{
    test::TempStore ts;
    PipelineRepository repo(*ts);
    const Pipeline p = *repo.get(*repo.create(sales()));
    ASSERT_TRUE(repo.remove(p.id).ok());
    EXPECT_FALSE(repo.get(p.id));
    EXPECT_FALSE(repo.stage(p.stages[0].id));
    EXPECT_TRUE(repo.pipelines()->isEmpty());
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM stages WHERE deleted_at IS NULL")), 0);
}
