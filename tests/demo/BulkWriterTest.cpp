#include "store/BulkWriter.h"
#include "store/RecordWriter.h"
#include "store/SearchIndexer.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

const EntityDef &entity(const char *name) { return *entityByName(QString::fromLatin1(name)); }

QStringList dump(Store &s, const QString &table)
{
    QSqlQuery q(s.db());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// A few records of every kind BulkWriter treats specially.
void load(Store &s, BulkWriter::Binding binding)
{
    ASSERT_TRUE(s.begin());
    BulkWriter w(s, binding);
    const qint64 t = 1700000000000;
    const QString owner = s.localUserId();
    const QString acc = QStringLiteral("018bcfe5-6800-7000-8000-000000000001");
    const QString con = QStringLiteral("018bcfe5-6800-7000-8000-000000000002");
    const QString con2 = QStringLiteral("018bcfe5-6800-7000-8000-000000000003");
    ASSERT_TRUE(w.insert(entity("account"), acc, t, t + 5,
                         {{QStringLiteral("owner_id"), owner}, {QStringLiteral("name"), QStringLiteral("Zoë's Café GmbH")},
                          {QStringLiteral("city"), QStringLiteral("München")}, {QStringLiteral("notes"), QString()},
                          {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip"), QStringLiteral("重点客户")}},
                          {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("work")},
                                                                            {QStringLiteral("value"), QStringLiteral("+49 89 1234567")}}}}})
                    .ok());
    BulkRecord c(entity("contact"));
    c.start(con, t + 1, t + 1);
    c.setText(c.field(u"owner_id"), owner);
    c.setText(c.field(u"given_name"), QStringLiteral("伟"));
    c.setText(c.field(u"family_name"), QStringLiteral("王"));
    c.setText(c.field(u"romanised_name"), QStringLiteral("Wang Wei"));
    c.setText(c.field(u"account_id"), acc);
    c.setJson(c.field(u"emails"), QStringLiteral("[{\"type\":\"work\",\"value\":\"wei.wang@example.cn\"}]"));
    c.setJson(c.field(u"tags"), QStringLiteral("[]"));
    ASSERT_TRUE(w.insert(c).ok());
    c.start(con2, t + 2, t + 2);
    c.setText(c.field(u"given_name"), QStringLiteral("Anna"));
    c.setText(c.field(u"family_name"), QStringLiteral("Schmidt"));
    c.setText(c.field(u"account_id"), acc);
    ASSERT_TRUE(w.insert(c).ok());
    BulkRecord a(entity("activity"));
    const QStringList contacts[] = {{con}, {con, con2}, {}};
    int i = 0;
    for (const QStringList &ids : contacts) {
        a.start(QStringLiteral("018bcfe5-6800-7000-8000-00000000001%1").arg(i), t + 10 + i, t + 10 + i);
        a.setText(a.field(u"kind"), QStringLiteral("call"));
        if (i != 2)
            a.setText(a.field(u"subject"), QStringLiteral("Call \"%1\"").arg(i));
        a.setInteger(a.field(u"start_at"), t + i);
        a.setText(a.field(u"account_id"), acc);
        a.set(a.field(u"contact_ids"), QJsonArray::fromStringList(ids));
        ASSERT_TRUE(w.insert(a).ok());
        ++i;
    }
    ASSERT_TRUE(w.finish().ok());
    ASSERT_TRUE(s.commit());
}

} // namespace

TEST(BulkWriter, BothBindingsWriteTheSameRows)
{
    test::TempStore direct, qt;
    load(*direct, BulkWriter::Binding::Auto);
    load(*qt, BulkWriter::Binding::QtSql);
    EXPECT_TRUE(BulkWriter(*direct).usesSqliteApi()); // the system SQLite, as on Debian
    EXPECT_FALSE(BulkWriter(*qt, BulkWriter::Binding::QtSql).usesSqliteApi());
    for (const char *table : {"accounts", "contacts", "activities", "activity_contacts", "search_docs", "search_terms"}) {
        const QString t = QString::fromLatin1(table);
        QStringList a = dump(*direct, t), b = dump(*qt, t);
        if (t == QLatin1String("accounts") || t == QLatin1String("contacts")) {
            // owner_id differs: each store has its own local user.
            a.replaceInStrings(direct->localUserId(), QStringLiteral("ME"));
            b.replaceInStrings(qt->localUserId(), QStringLiteral("ME"));
        }
        EXPECT_EQ(a, b) << table;
        EXPECT_FALSE(a.isEmpty()) << table;
    }
}

TEST(BulkWriter, WritesWhatTheWritePathWouldExceptTheJournal)
{
    test::TempStore ts;
    load(*ts, BulkWriter::Binding::Auto);
    Store &s = *ts;
    QSqlQuery q(s.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM journal")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // Empty text and empty lists are NULL, as normaliseValue makes them.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE notes IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE tags IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    // Search rows and sort keys equal the write path's for the stored record.
    RecordWriter r(s);
    for (const char *name : {"account", "contact", "activity"}) {
        const EntityDef &e = entity(name);
        QSqlQuery ids(s.db());
        ASSERT_TRUE(ids.exec(QStringLiteral("SELECT id FROM %1").arg(e.table)));
        while (ids.next()) {
            const auto rec = r.read(e, ids.value(0).toString());
            ASSERT_TRUE(rec);
            const SearchDocument doc = buildSearchDocument(e, rec->fields);
            QSqlQuery d(s.db());
            d.prepare(QStringLiteral("SELECT title, name, keys, notes FROM search_docs WHERE record_id = ?"));
            d.addBindValue(rec->id);
            ASSERT_TRUE(d.exec() && d.next());
            EXPECT_EQ(d.value(0).toString(), doc.title);
            EXPECT_EQ(d.value(2).toString(), doc.keys);
        }
    }
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sort_key FROM contacts ORDER BY sort_key")));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("schmidt anna"), QStringLiteral("wang wei")}));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM activity_contacts")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Schmidt\"'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // Later edits through the normal path find and update the bulk-loaded documents.
    QSqlQuery id(s.db());
    ASSERT_TRUE(id.exec(QStringLiteral("SELECT id FROM accounts")) && id.next());
    ASSERT_TRUE(r.update(entity("account"), id.value(0).toString(), {{QStringLiteral("name"), QStringLiteral("Rapport Kaffee AG")}}).ok());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Kaffee\"'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Zoë\"'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(BulkWriter, NeedsATransaction)
{
    test::TempStore ts;
    BulkWriter w(*ts);
    const Status st = w.insert(entity("tag"), QStringLiteral("018bcfe5-6800-7000-8000-000000000009"), 1, 1, {{QStringLiteral("name"), QStringLiteral("x")}});
    EXPECT_FALSE(st.ok());
}

TEST(BulkWriter, RepairsTheSchemaIfCommittedWithoutFinish)
{
    test::TempStore ts;
    Store &s = *ts;
    const QString schema = QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name");
    QSqlQuery q(s.db());
    auto names = [&] {
        QStringList out;
        EXPECT_TRUE(q.exec(schema));
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList before = names();
    {
        ASSERT_TRUE(s.begin());
        BulkWriter w(s);
        ASSERT_TRUE(w.insert(entity("account"), QStringLiteral("018bcfe5-6800-7000-8000-000000000001"), 1, 1,
                             {{QStringLiteral("name"), QStringLiteral("Forgotten GmbH")}})
                        .ok());
        EXPECT_NE(names(), before); // indexes and the FTS trigger set aside
        ASSERT_TRUE(s.commit());    // without finish(): a caller's bug
    }
    EXPECT_EQ(names(), before);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"Forgotten\"'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

namespace {

QList<qint64> matches(Store &s, const QString &phrase)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(QStringLiteral("\"%1\"").arg(phrase));
    EXPECT_TRUE(q.exec()) << phrase.toStdString();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool ftsIntact(Store &s)
{
    QSqlQuery q(s.db());
    return q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

// Into an empty store the full-text index is built on a scratch database and
// copied in (FullTextIndexBuilder); through Qt Sql it is filled in place. The
// two must answer every search alike, and FTS5's own check must pass.
TEST(BulkWriter, BuildsTheFullTextIndexBesideTheLoad)
{
    test::TempStore beside, inPlace;
    load(*beside, BulkWriter::Binding::Auto);
    load(*inPlace, BulkWriter::Binding::QtSql);
    EXPECT_TRUE(ftsIntact(*beside));
    EXPECT_TRUE(ftsIntact(*inPlace));
    // Which path ran: the in-place fill leaves its hashsize setting behind,
    // the copy does not touch the store's FTS configuration.
    const auto hashSizeSet = [](Store &s) {
        QSqlQuery q(s.db());
        return q.exec(QStringLiteral("SELECT count(*) FROM search_fts_config WHERE k = 'hashsize'")) && q.next() && q.value(0).toInt() == 1;
    };
    EXPECT_FALSE(hashSizeSet(*beside));
    EXPECT_TRUE(hashSizeSet(*inPlace));
    for (const char *phrase : {"Zoë", "Café", "München", "重点客户", "Wang Wei", "wei.wang@example", "Schmidt", "Call"}) {
        const QString p = QString::fromUtf8(phrase);
        EXPECT_EQ(matches(*beside, p), matches(*inPlace, p)) << phrase;
        EXPECT_FALSE(matches(*beside, p).isEmpty()) << phrase;
    }
    // The copied index takes ordinary edits afterwards.
    RecordWriter w(*beside);
    ASSERT_TRUE(w.create(entity("account"), {{QStringLiteral("name"), QStringLiteral("Nachher AG")}}).ok());
    EXPECT_EQ(matches(*beside, QStringLiteral("Nachher")).size(), 1);
    EXPECT_TRUE(ftsIntact(*beside));
}

// A load into a store that already has search documents fills the index in place.
TEST(BulkWriter, ASecondLoadAddsToTheIndex)
{
    test::TempStore ts;
    load(*ts, BulkWriter::Binding::Auto);
    Store &s = *ts;
    ASSERT_TRUE(s.begin());
    {
        BulkWriter w(s);
        ASSERT_TRUE(w.insert(entity("account"), QStringLiteral("018bcfe5-6800-7000-8000-0000000000a1"), 1, 1,
                             {{QStringLiteral("name"), QStringLiteral("Zweite Ladung KG")}})
                        .ok());
        ASSERT_TRUE(w.finish().ok());
    }
    ASSERT_TRUE(s.commit());
    EXPECT_TRUE(ftsIntact(s));
    EXPECT_EQ(matches(s, QStringLiteral("Zweite Ladung")).size(), 1);
    EXPECT_EQ(matches(s, QStringLiteral("München")).size(), 1);
}

// Rows run on the writer's thread, so a bad row is reported by a later
// insert() or by finish(); quiesce() makes the connection idle for the
// rollback, which leaves nothing of the load.
TEST(BulkWriter, AFailingRowIsReportedAndTheLoadRollsBack)
{
    test::TempStore ts;
    Store &s = *ts;
    const QStringList before = dump(s, QStringLiteral("sqlite_schema"));
    ASSERT_TRUE(s.begin());
    Status st = success();
    {
        BulkWriter w(s);
        const QString id = QStringLiteral("018bcfe5-6800-7000-8000-0000000000b1");
        for (int i = 0; i < 3 && st; ++i) // the same id twice: the primary key refuses the second
            st = w.insert(entity("account"), id, 1, 1, {{QStringLiteral("name"), QStringLiteral("Doppelt %1").arg(i)}});
        if (st)
            st = w.finish();
        ASSERT_FALSE(st.ok());
        EXPECT_TRUE(st.error().message.contains(QStringLiteral("UNIQUE"))) << st.error().message.toStdString();
        EXPECT_FALSE(w.quiesce().ok()); // the error stays reported
        s.rollback();
    }
    EXPECT_EQ(dump(s, QStringLiteral("sqlite_schema")), before);
    QSqlQuery q(s.db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM search_docs)")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_TRUE(ftsIntact(s));
}
