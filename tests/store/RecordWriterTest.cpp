#include "store/EntitySchema.h"
#include "store/Journal.h"
#include "store/RecordWriter.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

namespace {
const EntityDef &account() { return *entityByName(QStringLiteral("account")); }

int journalCount(Store &s, const QString &recordId)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE record_id = ?"));
    q.addBindValue(recordId);
    q.exec();
    q.next();
    return q.value(0).toInt();
}
} // namespace

TEST(RecordWriter, CreateWritesRowJournalAndSearchInOneGo)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    Result<QString> id = w.create(account(), {{QStringLiteral("name"), QStringLiteral("Acme GmbH")},
                                              {QStringLiteral("city"), QStringLiteral("Berlin")},
                                              {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")}}});
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto rec = w.read(account(), *id);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Acme GmbH"));
    EXPECT_EQ(rec->fields.value(QStringLiteral("owner_id")).toString(), ts->localUserId());
    // name, city, tags, owner_id
    EXPECT_EQ(journalCount(*ts, *id), 4);
    QSqlQuery q(ts->db());
    q.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"acm\"'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(RecordWriter, UpdateJournalsOnlyChangedFieldsWithVersions)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    const QString id = *w.create(account(), {{QStringLiteral("name"), QStringLiteral("Acme")}});
    const int before = journalCount(*ts, id);
    Result<bool> changed = w.update(account(), id, {{QStringLiteral("name"), QStringLiteral("Acme")}, {QStringLiteral("city"), QStringLiteral("Paris")}});
    ASSERT_TRUE(changed.ok());
    EXPECT_TRUE(*changed);
    EXPECT_EQ(journalCount(*ts, id), before + 1);
    Result<bool> again = w.update(account(), id, {{QStringLiteral("city"), QStringLiteral("Paris")}});
    EXPECT_FALSE(*again);
    w.update(account(), id, {{QStringLiteral("city"), QStringLiteral("Lyon")}});
    auto rec = w.read(account(), id);
    EXPECT_EQ(rec->fieldVersions.value(QStringLiteral("city")).toInteger(), 3);
    EXPECT_EQ(rec->version, 3);
}

TEST(RecordWriter, RejectsUnknownFieldsAndWrongTypesWithoutWriting)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    Result<QString> bad = w.create(account(), {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("nope"), 1}});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("nope")));
    Result<QString> wrongType = w.create(account(), {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("visit_interval_days"), QStringLiteral("often")}});
    ASSERT_FALSE(wrongType.ok());
    Result<QString> missingName = w.create(account(), {{QStringLiteral("city"), QStringLiteral("X")}});
    ASSERT_FALSE(missingName.ok());
    QSqlQuery q(ts->db());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM journal)"));
    q.next();
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(RecordWriter, UndoAndRedoThroughTheJournal)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    Journal j(*ts);
    const QString id = *w.create(account(), {{QStringLiteral("name"), QStringLiteral("Acme")}});
    w.update(account(), id, {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}});
    auto changes = j.recentChangeSets(1);
    ASSERT_TRUE(changes.ok());
    Result<qint64> undo = j.revert(changes->first().id);
    ASSERT_TRUE(undo.ok()) << undo.error().message.toStdString();
    EXPECT_EQ(w.read(account(), id)->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
    Result<qint64> redo = j.revert(*undo);
    ASSERT_TRUE(redo.ok());
    EXPECT_EQ(w.read(account(), id)->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Ltd"));
    EXPECT_EQ(j.changeSet(*redo)->origin, QStringLiteral("redo"));
}

TEST(RecordWriter, StageMovesAreKeptAsHistoryAndUndoneWithTheMove)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    Journal j(*ts);
    const QString pipeline = *w.create(*entityByName(QStringLiteral("pipeline")), {{QStringLiteral("name"), QStringLiteral("Sales")}});
    auto stage = [&](const char *name, int pos) {
        return *w.create(*entityByName(QStringLiteral("stage")), {{QStringLiteral("pipeline_id"), pipeline},
                                                                  {QStringLiteral("name"), QLatin1String(name)},
                                                                  {QStringLiteral("position"), pos},
                                                                  {QStringLiteral("kind"), QStringLiteral("open")}});
    };
    const QString lead = stage("Lead", 1);
    const QString proposal = stage("Proposal", 2);
    const EntityDef &opp = *entityByName(QStringLiteral("opportunity"));
    const QString id = *w.create(opp, {{QStringLiteral("name"), QStringLiteral("Big deal")}, {QStringLiteral("stage_id"), lead}});
    auto liveMoves = [&] {
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT group_concat(ifnull(from_stage_id, '-') || '>' || to_stage_id, ' ') FROM "
                                 "(SELECT * FROM stage_changes WHERE opportunity_id = ? AND deleted_at IS NULL ORDER BY changed_at, id)"));
        q.addBindValue(id);
        q.exec();
        q.next();
        return q.value(0).toString();
    };
    EXPECT_EQ(liveMoves(), QStringLiteral("->%1").arg(lead));
    ASSERT_TRUE(w.update(opp, id, {{QStringLiteral("stage_id"), proposal}}).ok());
    EXPECT_EQ(liveMoves(), QStringLiteral("->%1 %1>%2").arg(lead, proposal));
    const qint64 move = j.recentChangeSets(1)->first().id;
    const qint64 undo = *j.revert(move);
    EXPECT_EQ(w.read(opp, id)->fields.value(QStringLiteral("stage_id")).toString(), lead);
    EXPECT_EQ(liveMoves(), QStringLiteral("->%1").arg(lead)); // the undone move leaves no history
    ASSERT_TRUE(j.revert(undo).ok());
    EXPECT_EQ(liveMoves(), QStringLiteral("->%1 %1>%2").arg(lead, proposal));
}
