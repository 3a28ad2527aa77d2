#include "store/ChangeSet.h"
#include "store/EntitySchema.h"
#include "store/ListQuery.h"
#include "store/RecordWriter.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

const EntityDef &entity(const char *name) { return *entityByName(QString::fromLatin1(name)); }

QString planOf(Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return QStringLiteral("error");
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

int columnOf(ListKind kind, const char *key)
{
    const QList<ListColumn> &cols = listDef(kind).columns;
    for (int i = 0; i < cols.size(); ++i)
        if (cols[i].key == QLatin1String(key))
            return i;
    return -1;
}

} // namespace

TEST(ListQuery, StatementsUseKeysetsNeverOffsetOrCount)
{
    for (ListKind kind : {ListKind::Accounts, ListKind::Contacts, ListKind::Activities}) {
        const ListDef &def = listDef(kind);
        for (int c = 0; c < def.columns.size(); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString sql = ListQuery::pageSql(ListSpec{kind, QStringLiteral("u")}, c, order, true);
                if (!def.columns[c].sortable()) {
                    EXPECT_TRUE(sql.isEmpty());
                    continue;
                }
                EXPECT_FALSE(sql.contains(QLatin1String("OFFSET"), Qt::CaseInsensitive)) << sql.toStdString();
                EXPECT_FALSE(sql.contains(QLatin1String("count("), Qt::CaseInsensitive)) << sql.toStdString();
                EXPECT_TRUE(sql.contains(QLatin1String("t.deleted_at IS NULL"))) << sql.toStdString();
                EXPECT_TRUE(sql.contains(QLatin1String("t.owner_id = ?"))) << sql.toStdString();
                EXPECT_TRUE(sql.contains(order == Qt::AscendingOrder ? QLatin1String(", t.id) > (?, ?)") : QLatin1String(", t.id) < (?, ?)")))
                    << sql.toStdString();
            }
        }
    }
}

TEST(ListQuery, IndexedOrdersWalkTheirIndexWithoutSorting)
{
    test::TempStore ts;
    struct Case {
        ListKind kind;
        const char *column;
        const char *index;
    };
    const Case cases[] = {
        {ListKind::Accounts, "name", "accounts_by_sort"},
        {ListKind::Accounts, "city", "accounts_by_city"},
        {ListKind::Contacts, "name", "contacts_by_sort"},
        {ListKind::Activities, "start_at", "activities_by_start"},
        {ListKind::Cases, "status", "cases_by_status_order"},
        {ListKind::Cases, "priority", "cases_by_priority_order"},
    };
    for (const Case &c : cases) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (bool after : {false, true}) {
                const QString sql = ListQuery::pageSql(ListSpec{c.kind, std::nullopt}, columnOf(c.kind, c.column), order, after);
                QVariantList binds;
                if (after)
                    binds << QVariant(c.kind == ListKind::Activities || c.kind == ListKind::Cases ? QVariant(qint64(5)) : QVariant(QStringLiteral("m")))
                          << QStringLiteral("x");
                binds << 200;
                const QString plan = planOf(*ts, sql, binds);
                EXPECT_TRUE(plan.contains(QLatin1String(c.index))) << sql.toStdString() << "\n" << plan.toStdString();
                EXPECT_FALSE(plan.contains(QLatin1String("TEMP B-TREE"))) << sql.toStdString() << "\n" << plan.toStdString();
            }
        }
    }
}

TEST(ListQuery, UnsortableColumnIsAnError)
{
    test::TempStore ts;
    ListQuery q(*ts);
    const Result<QList<ListRow>> r = q.page(ListSpec{ListKind::Contacts, std::nullopt}, columnOf(ListKind::Contacts, "email"),
                                            Qt::AscendingOrder, std::nullopt, 10);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, StoreError::Kind::Invalid);
    EXPECT_FALSE(q.page(ListSpec{ListKind::Accounts, std::nullopt}, 99, Qt::AscendingOrder, std::nullopt, 10).ok());
}

TEST(ListQuery, ContactsShowDisplayNameAccountAndFirstEmail)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    const QString acme = *w.create(entity("account"), {{QStringLiteral("name"), QStringLiteral("Acme GmbH")}});
    const QString gone = *w.create(entity("account"), {{QStringLiteral("name"), QStringLiteral("Gone Ltd")}});
    ASSERT_TRUE(w.remove(entity("account"), gone).ok());
    const QJsonArray emails{QJsonObject{{QStringLiteral("type"), QStringLiteral("work")}, {QStringLiteral("value"), QStringLiteral("anna@acme.example")}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("home")}, {QStringLiteral("value"), QStringLiteral("anna@home.example")}}};
    const QString anna = *w.create(entity("contact"), {{QStringLiteral("given_name"), QStringLiteral("Anna")},
                                                       {QStringLiteral("family_name"), QStringLiteral("Schmidt")},
                                                       {QStringLiteral("account_id"), acme},
                                                       {QStringLiteral("emails"), emails}});
    const QString wang = *w.create(entity("contact"), {{QStringLiteral("given_name"), QStringLiteral("伟")},
                                                       {QStringLiteral("family_name"), QStringLiteral("王")},
                                                       {QStringLiteral("romanised_name"), QStringLiteral("wang wei")},
                                                       {QStringLiteral("account_id"), gone}});
    ListQuery q(*ts);
    const Result<QList<ListRow>> r = q.page(ListSpec{ListKind::Contacts, std::nullopt}, 0, Qt::AscendingOrder, std::nullopt, 10);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 2);
    const ListRow &first = r->at(0); // sorted by family name: Schmidt before wang
    EXPECT_EQ(first.id, anna);
    EXPECT_EQ(first.values.at(columnOf(ListKind::Contacts, "name")).toString(), QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(first.values.at(columnOf(ListKind::Contacts, "account")).toString(), QStringLiteral("Acme GmbH"));
    EXPECT_EQ(first.values.at(columnOf(ListKind::Contacts, "email")).toString(), QStringLiteral("anna@acme.example"));
    EXPECT_TRUE(first.values.at(columnOf(ListKind::Contacts, "phone")).isNull());
    const ListRow &second = r->at(1);
    EXPECT_EQ(second.id, wang);
    EXPECT_EQ(second.values.at(0).toString(), QStringLiteral("王伟"));
    EXPECT_TRUE(second.values.at(columnOf(ListKind::Contacts, "account")).isNull()); // its account is deleted
}

TEST(ListQuery, ActivitiesPageByStartAndFilterByOwner)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    const QString other = *w.create(entity("user"), {{QStringLiteral("name"), QStringLiteral("Other")}});
    ChangeSet cs(*ts, QStringLiteral("bulk"));
    QList<QPair<qint64, QString>> mine;
    for (int i = 0; i < 50; ++i) {
        const qint64 start = 1700000000000 + (i % 10) * 3600000; // ties on start_at: the id breaks them
        QJsonObject f{{QStringLiteral("kind"), QStringLiteral("call")}, {QStringLiteral("start_at"), start}};
        if (i % 5 == 0)
            f.insert(QStringLiteral("owner_id"), other);
        const QString id = *w.create(entity("activity"), f);
        if (i % 5 != 0)
            mine << qMakePair(start, id);
    }
    ASSERT_TRUE(cs.commit().ok());
    std::sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) { return a > b; });

    ListQuery q(*ts);
    const ListSpec spec{ListKind::Activities, ts->localUserId()};
    EXPECT_EQ(spec.def().defaultSortOrder, Qt::DescendingOrder);
    QList<QPair<qint64, QString>> got;
    std::optional<PageKey> after;
    for (;;) {
        const Result<QList<ListRow>> r = q.page(spec, 0, Qt::DescendingOrder, after, 7);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        for (const ListRow &row : *r)
            got << qMakePair(row.values.at(0).toLongLong(), row.id);
        if (r->size() < 7)
            break;
        after = r->last().key();
    }
    EXPECT_EQ(got, mine);
}

TEST(ListQueryFilters, TypeTagAndIdsNarrowTheListAndUnknownFiltersAreRefused)
{
    test::TempStore ts;
    RecordWriter w(*ts);
    const EntityDef &account = *entityByName(QStringLiteral("account"));
    auto make = [&](const char *name, const char *type, QJsonArray tags) {
        QJsonObject f{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
        if (!tags.isEmpty())
            f.insert(QStringLiteral("tags"), tags);
        return *w.create(account, f);
    };
    const QString a = make("Alpha", "customer", {QStringLiteral("vip")});
    const QString b = make("Beta", "prospect", {QStringLiteral("vip"), QStringLiteral("east")});
    const QString c = make("Gamma", "customer", {});
    ListQuery q(*ts);
    auto idsOf = [&](const ListSpec &spec) {
        QStringList out;
        const auto rows = q.page(spec, 0, Qt::AscendingOrder, std::nullopt, 50);
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        if (rows.ok())
            for (const ListRow &r : *rows)
                out << r.id;
        return out;
    };
    EXPECT_EQ(idsOf(ListSpec(ListKind::Accounts, std::nullopt, {{QStringLiteral("type"), QStringLiteral("customer")}})), (QStringList{a, c}));
    EXPECT_EQ(idsOf(ListSpec(ListKind::Accounts, std::nullopt, {{QStringLiteral("tag"), QStringLiteral("vip")}})), (QStringList{a, b}));
    EXPECT_EQ(idsOf(ListSpec(ListKind::Accounts, std::nullopt,
                             {{QStringLiteral("tag"), QStringLiteral("vip")}, {QStringLiteral("type"), QStringLiteral("customer")}})),
              QStringList{a});
    EXPECT_EQ(idsOf(ListSpec(ListKind::Accounts, std::nullopt, {}, QStringList{c, b})), (QStringList{b, c}));
    const auto bad = q.page(ListSpec(ListKind::Accounts, std::nullopt, {{QStringLiteral("stage"), QStringLiteral("x")}}), 0, Qt::AscendingOrder,
                            std::nullopt, 50);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("stage")));
}
