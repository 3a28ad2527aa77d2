#include "store/EntitySchema.h"
#include "store/RecordWriter.h"
#include "store/SearchQuery.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

class Search : public ::testing::Test {
protected:
    test::TempStore ts;
    RecordWriter writer{*ts};

    QString create(const char *entity, const QJsonObject &fields)
    {
        Result<QString> id = writer.create(*entityByName(QLatin1String(entity)), fields);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }
    QList<SearchHit> find(const QString &text, int limit = 50)
    {
        Result<QList<SearchHit>> r = SearchQuery(*ts).run(text, limit);
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? *r : QList<SearchHit>();
    }
    static QStringList ids(const QList<SearchHit> &hits)
    {
        QStringList out;
        for (const SearchHit &h : hits)
            out << h.id;
        return out;
    }
};

QJsonArray phones(const char *number)
{
    return QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mobile")}, {QStringLiteral("value"), QString::fromUtf8(number)}}};
}

} // namespace

TEST_F(Search, LatinSubstringAnywhereInAWord)
{
    const QString acme = create("account", {{QStringLiteral("name"), QStringLiteral("Acme Industrial Supplies")}});
    create("account", {{QStringLiteral("name"), QStringLiteral("Globex")}});
    EXPECT_EQ(ids(find(QStringLiteral("dustr"))), QStringList{acme});
    EXPECT_EQ(ids(find(QStringLiteral("ACME"))), QStringList{acme}); // case-insensitive
    EXPECT_TRUE(find(QStringLiteral("zzz")).isEmpty());
}

TEST_F(Search, ChineseWithOneTwoAndThreeCharacters)
{
    const QString wangwei = create("contact", {{QStringLiteral("family_name"), QStringLiteral("王")},
                                               {QStringLiteral("given_name"), QStringLiteral("伟")},
                                               {QStringLiteral("romanised_name"), QStringLiteral("Wang Wei")}});
    const QString wangfang = create("contact", {{QStringLiteral("family_name"), QStringLiteral("王")}, {QStringLiteral("given_name"), QStringLiteral("芳")}});
    const QString huawei = create("account", {{QStringLiteral("name"), QStringLiteral("深圳华为技术有限公司")}});
    // Two characters: the whole name, by the prefix path.
    EXPECT_EQ(ids(find(QStringLiteral("王伟"))), QStringList{wangwei});
    // One character: every name starting with it.
    const QStringList wang = ids(find(QStringLiteral("王")));
    EXPECT_TRUE(wang.contains(wangwei) && wang.contains(wangfang));
    EXPECT_FALSE(wang.contains(huawei));
    // Three or more: anywhere in the name.
    EXPECT_EQ(ids(find(QStringLiteral("华为技术"))), QStringList{huawei});
    EXPECT_EQ(ids(find(QStringLiteral("技术有"))), QStringList{huawei});
    // The romanised name finds the Chinese record too.
    EXPECT_TRUE(ids(find(QStringLiteral("wang wei"))).contains(wangwei));
    // Titles come back family name first.
    EXPECT_EQ(find(QStringLiteral("王伟")).first().title, QStringLiteral("王伟"));
}

TEST_F(Search, TraditionalChinese)
{
    const QString chen = create("contact", {{QStringLiteral("family_name"), QStringLiteral("陳")}, {QStringLiteral("given_name"), QStringLiteral("志明")}});
    EXPECT_EQ(ids(find(QStringLiteral("陳志明"))), QStringList{chen});
    EXPECT_EQ(ids(find(QStringLiteral("陳志"))), QStringList{chen});
}

TEST_F(Search, PhoneNumbersByTheirDigitsInAnyFormat)
{
    const QString c = create("contact", {{QStringLiteral("family_name"), QStringLiteral("Li")}, {QStringLiteral("phones"), phones("+86 138 0013 8000")}});
    EXPECT_EQ(ids(find(QStringLiteral("1380013"))), QStringList{c});
    EXPECT_EQ(ids(find(QStringLiteral("138-0013-8000"))), QStringList{c});
    EXPECT_EQ(ids(find(QStringLiteral("(138) 0013"))), QStringList{c});
    EXPECT_EQ(ids(find(QStringLiteral("+86 13800138000"))), QStringList{c});
}

TEST_F(Search, EmailsCitiesAndTags)
{
    const QString c = create("contact", {{QStringLiteral("family_name"), QStringLiteral("Meyer")},
                                         {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("work")},
                                                                                           {QStringLiteral("value"), QStringLiteral("j.meyer@example.de")}}}},
                                         {QStringLiteral("city"), QStringLiteral("Hamburg")},
                                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("trade-fair")}}});
    EXPECT_EQ(ids(find(QStringLiteral("meyer@exa"))), QStringList{c});
    EXPECT_EQ(ids(find(QStringLiteral("hambu"))), QStringList{c});
    EXPECT_EQ(ids(find(QStringLiteral("trade-fair"))), QStringList{c});
}

TEST_F(Search, NameMatchesRankBeforeKeyAndNoteMatches)
{
    const QString noteOnly = create("account", {{QStringLiteral("name"), QStringLiteral("Initech")}, {QStringLiteral("notes"), QStringLiteral("met at the Berlin fair")}});
    const QString cityOnly = create("account", {{QStringLiteral("name"), QStringLiteral("Umbrella")}, {QStringLiteral("city"), QStringLiteral("Berlin")}});
    const QString inName = create("account", {{QStringLiteral("name"), QStringLiteral("Ostberliner Hof")}});
    const QString startsWith = create("account", {{QStringLiteral("name"), QStringLiteral("Berliner Kindl")}});
    const QList<SearchHit> hits = find(QStringLiteral("berlin"));
    EXPECT_EQ(ids(hits), (QStringList{startsWith, inName, cityOnly, noteOnly}));
    ASSERT_EQ(hits.size(), 4);
    EXPECT_EQ(hits[0].tier, 0);
    EXPECT_EQ(hits[3].tier, 3);
    EXPECT_EQ(hits[0].entity, QStringLiteral("account"));
}

TEST_F(Search, IndexFollowsEditsAndDeletesInTheSameTransaction)
{
    const EntityDef &account = *entityByName(QStringLiteral("account"));
    const QString id = create("account", {{QStringLiteral("name"), QStringLiteral("Old Name Trading")}});
    ASSERT_TRUE(writer.update(account, id, {{QStringLiteral("name"), QStringLiteral("Brand New Trading")}}).ok());
    EXPECT_TRUE(find(QStringLiteral("old name")).isEmpty());
    EXPECT_EQ(ids(find(QStringLiteral("brand new"))), QStringList{id});
    ASSERT_TRUE(writer.remove(account, id).ok());
    EXPECT_TRUE(find(QStringLiteral("brand")).isEmpty());
    ASSERT_TRUE(writer.restore(account, id).ok());
    EXPECT_EQ(ids(find(QStringLiteral("brand")).mid(0, 1)), QStringList{id});
}

TEST_F(Search, QueryOperatorsAreJustText)
{
    create("account", {{QStringLiteral("name"), QStringLiteral("A \"quoted\" AND name*")}});
    EXPECT_EQ(find(QStringLiteral("\"quoted\" AND")).size(), 1);
    EXPECT_EQ(find(QStringLiteral("name*")).size(), 1);
    EXPECT_NO_FATAL_FAILURE(find(QStringLiteral("' OR 1=1 --")));
}

TEST_F(Search, RespectsTheLimit)
{
    for (int i = 0; i < 30; ++i)
        create("account", {{QStringLiteral("name"), QStringLiteral("Store %1").arg(i)}});
    EXPECT_EQ(find(QStringLiteral("store"), 10).size(), 10);
    EXPECT_EQ(find(QStringLiteral("st"), 7).size(), 7);
}

TEST_F(Search, ShortWordsFirstAcrossLengths)
{
    // "Li" (2 letters) before "Lina" (4) before "Lindqvist" (9), whatever
    // order they were written in: tier 0 walks the terms by length.
    const QString lindqvist = create("account", {{QStringLiteral("name"), QStringLiteral("Lindqvist AB")}});
    const QString lina = create("contact", {{QStringLiteral("given_name"), QStringLiteral("Lina")}, {QStringLiteral("family_name"), QStringLiteral("Berg")}});
    const QString li = create("contact", {{QStringLiteral("given_name"), QStringLiteral("Na")}, {QStringLiteral("family_name"), QStringLiteral("Li")}});
    const QList<SearchHit> hits = find(QStringLiteral("li"));
    ASSERT_EQ(ids(hits), (QStringList{li, lina, lindqvist}));
    for (const SearchHit &h : hits)
        EXPECT_EQ(h.tier, 0);
}

TEST_F(Search, RestrictedToOneEntityAndTraced)
{
    const QString account = create("account", {{QStringLiteral("name"), QStringLiteral("Harbour Coffee")}});
    const QString contact = create("contact", {{QStringLiteral("given_name"), QStringLiteral("Harbour")}, {QStringLiteral("family_name"), QStringLiteral("Smith")}});
    SearchQuery search(*ts);
    search.setEntity(QStringLiteral("contact"));
    QList<SearchQuery::Statement> trace;
    search.setTrace(&trace);
    const auto hits = search.run(QStringLiteral("harb"), 10);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(ids(*hits), QStringList{contact});
    EXPECT_FALSE(ids(*hits).contains(account));
    // Every statement it ran is in the trace with its bound values, the
    // entity among them: the benchmark replays exactly these.
    ASSERT_FALSE(trace.isEmpty());
    bool entityBound = false;
    for (const SearchQuery::Statement &st : trace) {
        EXPECT_EQ(st.sql.count(QLatin1Char('?')), st.values.size()) << st.sql.toStdString();
        entityBound = entityBound || st.values.contains(QStringLiteral("contact"));
    }
    EXPECT_TRUE(entityBound);
}

TEST_F(Search, FullTextIndexMergesIncrementallyNeverAllAtOnce)
{
    // Migration 2 moves FTS5's crisis merge out of reach (see Migrations.cpp):
    // an edit must never pay for rewriting the whole index.
    QSqlQuery q(ts->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'crisismerge'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1000);
}
