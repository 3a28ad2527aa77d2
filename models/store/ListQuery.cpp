#include "ListQuery.h"

#include "Store.h"
#include "domain/PersonName.h"

#include <QSqlQuery>
#include <QtGlobal>

namespace rapport {

namespace {

ListColumn column(const char *key, const char *header, QStringList select, const char *sortExpr, ValueKind kind = ValueKind::Text)
{
    return {QString::fromLatin1(key), header, std::move(select), sortExpr ? QString::fromLatin1(sortExpr) : QString(), kind};
}

// Sort expressions are chosen to match the indexes of the migrations where one
// exists (accounts_by_sort, accounts_by_city, contacts_by_sort,
// activities_by_start, all "(expr, id) WHERE deleted_at IS NULL"), so that the
// common orders walk an index; other sortable columns scan, which is fine for
// list sizes a desktop CRM holds. Nullable columns sort through ifnull() so the
// (expr, id) row-value comparison never meets a NULL.
ListDef accountsList()
{
    ListDef d{ListKind::Accounts, QStringLiteral("account"), QStringLiteral("accounts t"), {}, 0, Qt::AscendingOrder};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.name")}, "t.sort_key"),
        column("type", QT_TRANSLATE_NOOP("ListQuery", "Type"), {QStringLiteral("t.type")}, "ifnull(t.type, '')"),
        column("industry", QT_TRANSLATE_NOOP("ListQuery", "Industry"), {QStringLiteral("t.industry")}, "ifnull(t.industry, '')"),
        column("city", QT_TRANSLATE_NOOP("ListQuery", "City"), {QStringLiteral("t.city")}, "ifnull(t.city, '')"),
        column("country", QT_TRANSLATE_NOOP("ListQuery", "Country"), {QStringLiteral("t.country")}, "ifnull(t.country, '')"),
        column("updated_at", QT_TRANSLATE_NOOP("ListQuery", "Updated"), {QStringLiteral("t.updated_at")}, "t.updated_at",
               ValueKind::Timestamp),
    };
    return d;
}

// The first entry of a JSON list of {type, value} objects; a malformed value
// shows as empty instead of failing the whole page.
QString firstJsonValue(const char *column)
{
    return QStringLiteral("CASE WHEN json_valid(%1) THEN json_extract(%1, '$[0].value') END").arg(QLatin1String(column));
}

ListDef contactsList()
{
    ListDef d{ListKind::Contacts, QStringLiteral("contact"),
              QStringLiteral("contacts t LEFT JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL"), {}, 0,
              Qt::AscendingOrder};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.given_name"), QStringLiteral("t.family_name")},
               "t.sort_key"),
        column("title", QT_TRANSLATE_NOOP("ListQuery", "Title"), {QStringLiteral("t.title")}, "ifnull(t.title, '')"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("email", QT_TRANSLATE_NOOP("ListQuery", "Email"), {firstJsonValue("t.emails")}, nullptr),
        column("phone", QT_TRANSLATE_NOOP("ListQuery", "Phone"), {firstJsonValue("t.phones")}, nullptr),
        column("city", QT_TRANSLATE_NOOP("ListQuery", "City"), {QStringLiteral("t.city")}, "ifnull(t.city, '')"),
    };
    return d;
}

ListDef activitiesList()
{
    ListDef d{ListKind::Activities, QStringLiteral("activity"),
              QStringLiteral("activities t LEFT JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL"), {}, 0,
              Qt::DescendingOrder};
    d.columns = {
        column("start_at", QT_TRANSLATE_NOOP("ListQuery", "Date"), {QStringLiteral("t.start_at")}, "t.start_at", ValueKind::Timestamp),
        column("kind", QT_TRANSLATE_NOOP("ListQuery", "Kind"), {QStringLiteral("t.kind")}, "t.kind"),
        column("subject", QT_TRANSLATE_NOOP("ListQuery", "Subject"), {QStringLiteral("t.subject")}, "ifnull(t.subject, '')"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("done_at", QT_TRANSLATE_NOOP("ListQuery", "Done"), {QStringLiteral("t.done_at")}, "ifnull(t.done_at, 0)",
               ValueKind::Timestamp),
    };
    return d;
}

} // namespace

const ListDef &listDef(ListKind kind)
{
    static const ListDef accounts = accountsList();
    static const ListDef contacts = contactsList();
    static const ListDef activities = activitiesList();
    switch (kind) {
    case ListKind::Accounts:
        return accounts;
    case ListKind::Contacts:
        return contacts;
    case ListKind::Activities:
        return activities;
    }
    Q_UNREACHABLE();
}

QString ListQuery::pageSql(const ListSpec &spec, int sortColumn, Qt::SortOrder order, bool hasAfter)
{
    const ListDef &def = spec.def();
    if (sortColumn < 0 || sortColumn >= def.columns.size() || !def.columns.at(sortColumn).sortable())
        return {};
    const QString &sortExpr = def.columns.at(sortColumn).sortExpr;
    const bool desc = order == Qt::DescendingOrder;

    QStringList select{QStringLiteral("t.id"), sortExpr};
    for (const ListColumn &c : def.columns)
        select += c.select;

    QStringList where{QStringLiteral("t.deleted_at IS NULL")};
    if (spec.ownerId)
        where << QStringLiteral("t.owner_id = ?");
    if (hasAfter)
        where << QStringLiteral("(%1, t.id) %2 (?, ?)").arg(sortExpr, desc ? QStringLiteral("<") : QStringLiteral(">"));

    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4%5, t.id%5 LIMIT ?")
        .arg(select.join(QStringLiteral(", ")), def.from, where.join(QStringLiteral(" AND ")), sortExpr, dir);
}

Result<QList<ListRow>> ListQuery::page(const ListSpec &spec, int sortColumn, Qt::SortOrder order, const std::optional<PageKey> &after,
                                       int limit)
{
    const ListDef &def = spec.def();
    const QString sql = pageSql(spec, sortColumn, order, after.has_value());
    if (sql.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The %1 list cannot be sorted by column %2.").arg(def.entity).arg(sortColumn));
    QList<ListRow> rows;
    if (limit <= 0)
        return rows;

    QSqlQuery &q = m_store.prepared(sql);
    if (spec.ownerId)
        q.addBindValue(*spec.ownerId);
    if (after) {
        q.addBindValue(after->sortValue);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the %1 list").arg(def.entity));

    rows.reserve(limit);
    while (q.next()) {
        ListRow row;
        row.id = q.value(0).toString();
        row.sortValue = q.value(1);
        row.values.reserve(def.columns.size());
        int field = 2;
        for (const ListColumn &c : def.columns) {
            if (c.select.size() == 2) {
                // A person's name: (given, family) shown as one.
                const QVariant given = q.value(field);
                const QVariant family = q.value(field + 1);
                row.values << ((given.isNull() && family.isNull()) ? QVariant()
                                                                   : QVariant(personDisplayName(given.toString(), family.toString())));
            } else {
                row.values << q.value(field);
            }
            field += int(c.select.size());
        }
        rows << row;
    }
    q.finish();
    return rows;
}

} // namespace rapport
