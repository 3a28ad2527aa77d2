#include "ListQuery.h"

#include "Store.h"
#include "domain/PersonName.h"

#include <QJsonArray>
#include <QJsonDocument>
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
// Every list shows its owner; users are few and joined by primary key.
ListColumn ownerColumn()
{
    return column("owner", QT_TRANSLATE_NOOP("ListQuery", "Owner"), {QStringLiteral("ifnull(u.display_name, u.name)")},
                  "ifnull(u.display_name, u.name, '')");
}

const char *const OwnerJoin = " LEFT JOIN users u ON u.id = t.owner_id";
const char *const AccountJoin = " LEFT JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL";

ListFilterDef filter(const char *key, const char *label, const char *condition, ValueKind kind = ValueKind::Text)
{
    return {QString::fromLatin1(key), label, QString::fromLatin1(condition), kind};
}

ListFilterDef tagFilter()
{
    return filter("tag", QT_TRANSLATE_NOOP("ListQuery", "Tag"),
                  "EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(t.tags) THEN t.tags END) WHERE json_each.value = ?)");
}

ListDef accountsList()
{
    ListDef d{ListKind::Accounts, QStringLiteral("account"), QStringLiteral("accounts t") + QLatin1String(OwnerJoin), {}, 0,
              Qt::AscendingOrder, {}};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.name")}, "t.sort_key"),
        column("type", QT_TRANSLATE_NOOP("ListQuery", "Type"), {QStringLiteral("t.type")}, "ifnull(t.type, '')"),
        column("industry", QT_TRANSLATE_NOOP("ListQuery", "Industry"), {QStringLiteral("t.industry")}, "ifnull(t.industry, '')"),
        column("city", QT_TRANSLATE_NOOP("ListQuery", "City"), {QStringLiteral("t.city")}, "ifnull(t.city, '')"),
        column("country", QT_TRANSLATE_NOOP("ListQuery", "Country"), {QStringLiteral("t.country")}, "ifnull(t.country, '')"),
        column("tags", QT_TRANSLATE_NOOP("ListQuery", "Tags"), {QStringLiteral("t.tags")}, nullptr),
        ownerColumn(),
        column("updated_at", QT_TRANSLATE_NOOP("ListQuery", "Updated"), {QStringLiteral("t.updated_at")}, "t.updated_at",
               ValueKind::Timestamp),
    };
    d.filters = {
        filter("type", QT_TRANSLATE_NOOP("ListQuery", "Type"), "t.type = ?"),
        tagFilter(),
        filter("city", QT_TRANSLATE_NOOP("ListQuery", "City"), "t.city = ?"),
        filter("updated_from", QT_TRANSLATE_NOOP("ListQuery", "Updated from"), "t.updated_at >= ?", ValueKind::Timestamp),
        filter("updated_to", QT_TRANSLATE_NOOP("ListQuery", "Updated before"), "t.updated_at < ?", ValueKind::Timestamp),
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
    ListDef d{ListKind::Contacts, QStringLiteral("contact"), QStringLiteral("contacts t") + QLatin1String(AccountJoin) + QLatin1String(OwnerJoin),
              {}, 0, Qt::AscendingOrder, {}};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.given_name"), QStringLiteral("t.family_name")},
               "t.sort_key"),
        column("title", QT_TRANSLATE_NOOP("ListQuery", "Title"), {QStringLiteral("t.title")}, "ifnull(t.title, '')"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("email", QT_TRANSLATE_NOOP("ListQuery", "Email"), {firstJsonValue("t.emails")}, nullptr),
        column("phone", QT_TRANSLATE_NOOP("ListQuery", "Phone"), {firstJsonValue("t.phones")}, nullptr),
        column("city", QT_TRANSLATE_NOOP("ListQuery", "City"), {QStringLiteral("t.city")}, "ifnull(t.city, '')"),
        column("tags", QT_TRANSLATE_NOOP("ListQuery", "Tags"), {QStringLiteral("t.tags")}, nullptr),
        ownerColumn(),
    };
    d.filters = {
        filter("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), "t.account_id = ?"),
        tagFilter(),
        filter("city", QT_TRANSLATE_NOOP("ListQuery", "City"), "t.city = ?"),
    };
    return d;
}

ListDef activitiesList()
{
    ListDef d{ListKind::Activities, QStringLiteral("activity"),
              QStringLiteral("activities t") + QLatin1String(AccountJoin) + QLatin1String(OwnerJoin), {}, 0, Qt::DescendingOrder, {}};
    d.columns = {
        column("start_at", QT_TRANSLATE_NOOP("ListQuery", "Date"), {QStringLiteral("t.start_at")}, "t.start_at", ValueKind::Timestamp),
        column("kind", QT_TRANSLATE_NOOP("ListQuery", "Kind"), {QStringLiteral("t.kind")}, "t.kind"),
        column("subject", QT_TRANSLATE_NOOP("ListQuery", "Subject"), {QStringLiteral("t.subject")}, "ifnull(t.subject, '')"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("due_at", QT_TRANSLATE_NOOP("ListQuery", "Due"), {QStringLiteral("t.due_at")}, "ifnull(t.due_at, 0)", ValueKind::Timestamp),
        column("done_at", QT_TRANSLATE_NOOP("ListQuery", "Done"), {QStringLiteral("t.done_at")}, "ifnull(t.done_at, 0)",
               ValueKind::Timestamp),
        column("outcome", QT_TRANSLATE_NOOP("ListQuery", "Outcome"), {QStringLiteral("t.outcome")}, nullptr),
        ownerColumn(),
    };
    d.filters = {
        filter("kind", QT_TRANSLATE_NOOP("ListQuery", "Kind"), "t.kind = ?"),
        filter("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), "t.account_id = ?"),
        filter("status", QT_TRANSLATE_NOOP("ListQuery", "Status"), "(CASE WHEN t.done_at IS NULL THEN 'open' ELSE 'done' END) = ?"),
        filter("from", QT_TRANSLATE_NOOP("ListQuery", "From"), "t.start_at >= ?", ValueKind::Timestamp),
        filter("to", QT_TRANSLATE_NOOP("ListQuery", "Before"), "t.start_at < ?", ValueKind::Timestamp),
    };
    return d;
}

ListDef opportunitiesList()
{
    ListDef d{ListKind::Opportunities, QStringLiteral("opportunity"),
              QStringLiteral("opportunities t") + QLatin1String(AccountJoin) + QLatin1String(OwnerJoin)
                  + QLatin1String(" LEFT JOIN stages s ON s.id = t.stage_id"),
              {}, 0, Qt::AscendingOrder, {}};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.name")}, "t.sort_key"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("stage", QT_TRANSLATE_NOOP("ListQuery", "Stage"), {QStringLiteral("s.name")}, "ifnull(s.position, -1)"),
        column("amount", QT_TRANSLATE_NOOP("ListQuery", "Amount"), {QStringLiteral("t.amount"), QStringLiteral("t.currency")},
               "ifnull(t.amount, 0)", ValueKind::Money),
        column("probability", QT_TRANSLATE_NOOP("ListQuery", "Probability"), {QStringLiteral("t.probability")}, "ifnull(t.probability, -1)",
               ValueKind::Percent),
        column("weighted", QT_TRANSLATE_NOOP("ListQuery", "Weighted"),
               {QStringLiteral("t.amount * ifnull(t.probability, 0) / 100"), QStringLiteral("t.currency")},
               "ifnull(t.amount * ifnull(t.probability, 0) / 100, 0)", ValueKind::Money),
        column("expected_close", QT_TRANSLATE_NOOP("ListQuery", "Expected close"), {QStringLiteral("t.expected_close")},
               "ifnull(t.expected_close, '')", ValueKind::Date),
        ownerColumn(),
    };
    d.filters = {
        filter("pipeline", QT_TRANSLATE_NOOP("ListQuery", "Pipeline"), "t.pipeline_id = ?"),
        filter("stage", QT_TRANSLATE_NOOP("ListQuery", "Stage"), "t.stage_id = ?"),
        filter("state", QT_TRANSLATE_NOOP("ListQuery", "State"), "ifnull(s.kind, 'open') = ?"),
        filter("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), "t.account_id = ?"),
        tagFilter(),
        filter("close_from", QT_TRANSLATE_NOOP("ListQuery", "Closing from"), "t.expected_close >= ?", ValueKind::Date),
        filter("close_to", QT_TRANSLATE_NOOP("ListQuery", "Closing before"), "t.expected_close < ?", ValueKind::Date),
    };
    return d;
}

ListDef campaignsList()
{
    ListDef d{ListKind::Campaigns, QStringLiteral("campaign"), QStringLiteral("campaigns t") + QLatin1String(OwnerJoin), {}, 0,
              Qt::AscendingOrder, {}};
    d.columns = {
        column("name", QT_TRANSLATE_NOOP("ListQuery", "Name"), {QStringLiteral("t.name")}, "t.sort_key"),
        column("channel", QT_TRANSLATE_NOOP("ListQuery", "Channel"), {QStringLiteral("t.channel")}, "ifnull(t.channel, '')"),
        column("status", QT_TRANSLATE_NOOP("ListQuery", "Status"), {QStringLiteral("t.status")}, "ifnull(t.status, '')"),
        column("start_date", QT_TRANSLATE_NOOP("ListQuery", "Start"), {QStringLiteral("t.start_date")}, "ifnull(t.start_date, '')",
               ValueKind::Date),
        column("end_date", QT_TRANSLATE_NOOP("ListQuery", "End"), {QStringLiteral("t.end_date")}, "ifnull(t.end_date, '')", ValueKind::Date),
        column("budget", QT_TRANSLATE_NOOP("ListQuery", "Budget"), {QStringLiteral("t.budget"), QStringLiteral("t.currency")},
               "ifnull(t.budget, 0)", ValueKind::Money),
        column("actual_cost", QT_TRANSLATE_NOOP("ListQuery", "Actual cost"), {QStringLiteral("t.actual_cost"), QStringLiteral("t.currency")},
               "ifnull(t.actual_cost, 0)", ValueKind::Money),
        ownerColumn(),
    };
    d.filters = {
        filter("status", QT_TRANSLATE_NOOP("ListQuery", "Status"), "t.status = ?"),
        filter("channel", QT_TRANSLATE_NOOP("ListQuery", "Channel"), "t.channel = ?"),
        filter("from", QT_TRANSLATE_NOOP("ListQuery", "Starting from"), "t.start_date >= ?", ValueKind::Date),
        filter("to", QT_TRANSLATE_NOOP("ListQuery", "Starting before"), "t.start_date < ?", ValueKind::Date),
    };
    return d;
}

ListDef casesList()
{
    ListDef d{ListKind::Cases, QStringLiteral("case"),
              QStringLiteral("cases t") + QLatin1String(AccountJoin) + QLatin1String(" LEFT JOIN users u ON u.id = t.assignee_id"), {}, 0,
              Qt::AscendingOrder, {}};
    d.columns = {
        column("subject", QT_TRANSLATE_NOOP("ListQuery", "Subject"), {QStringLiteral("t.subject")}, "t.sort_key"),
        column("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), {QStringLiteral("a.name")}, "ifnull(a.sort_key, '')"),
        column("priority", QT_TRANSLATE_NOOP("ListQuery", "Priority"), {QStringLiteral("t.priority")},
               "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END"),
        column("status", QT_TRANSLATE_NOOP("ListQuery", "Status"), {QStringLiteral("t.status")},
               "CASE t.status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'in progress' THEN 2 WHEN 'waiting' THEN 3 "
               "WHEN 'resolved' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END"),
        column("due_at", QT_TRANSLATE_NOOP("ListQuery", "Due by"), {QStringLiteral("t.due_at")}, "ifnull(t.due_at, 0)", ValueKind::Timestamp),
        column("assignee", QT_TRANSLATE_NOOP("ListQuery", "Assignee"), {QStringLiteral("ifnull(u.display_name, u.name)")},
               "ifnull(u.display_name, u.name, '')"),
        column("created_at", QT_TRANSLATE_NOOP("ListQuery", "Opened"), {QStringLiteral("t.created_at")}, "t.created_at", ValueKind::Timestamp),
    };
    d.filters = {
        filter("status", QT_TRANSLATE_NOOP("ListQuery", "Status"), "t.status = ?"),
        filter("priority", QT_TRANSLATE_NOOP("ListQuery", "Priority"), "t.priority = ?"),
        filter("account", QT_TRANSLATE_NOOP("ListQuery", "Account"), "t.account_id = ?"),
        filter("assignee", QT_TRANSLATE_NOOP("ListQuery", "Assignee"), "t.assignee_id = ?"),
        // Open cases past their due-by time, at the bound time (UTC ms).
        filter("overdue_at", QT_TRANSLATE_NOOP("ListQuery", "Overdue"), "(t.due_at < ? AND t.status NOT IN ('resolved', 'closed'))",
               ValueKind::Timestamp),
        filter("from", QT_TRANSLATE_NOOP("ListQuery", "Opened from"), "t.created_at >= ?", ValueKind::Timestamp),
        filter("to", QT_TRANSLATE_NOOP("ListQuery", "Opened before"), "t.created_at < ?", ValueKind::Timestamp),
    };
    return d;
}

} // namespace

int ListDef::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

const ListFilterDef *ListDef::filter(const QString &key) const
{
    for (const ListFilterDef &f : filters)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString ListSpec::unknownFilter() const
{
    for (const auto &f : filters)
        if (!def().filter(f.first))
            return f.first;
    return {};
}

const ListDef &listDef(ListKind kind)
{
    static const ListDef lists[] = {accountsList(), contactsList(), activitiesList(), opportunitiesList(), campaignsList(), casesList()};
    for (const ListDef &d : lists)
        if (d.kind == kind)
            return d;
    Q_UNREACHABLE();
}

std::optional<ListKind> listKindOf(const QString &entity)
{
    for (ListKind k : {ListKind::Accounts, ListKind::Contacts, ListKind::Activities, ListKind::Opportunities, ListKind::Campaigns,
                       ListKind::Cases})
        if (listDef(k).entity == entity)
            return k;
    return std::nullopt;
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
    for (const auto &f : spec.filters) {
        const ListFilterDef *fd = def.filter(f.first);
        if (!fd)
            return {};
        where << fd->condition;
    }
    if (spec.ids)
        where << QStringLiteral("t.id IN (SELECT value FROM json_each(?))");
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
    if (const QString unknown = spec.unknownFilter(); !unknown.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("The %1 list has no filter \"%2\".").arg(def.entity, unknown));
    if (sql.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The %1 list cannot be sorted by column %2.").arg(def.entity).arg(sortColumn));
    QList<ListRow> rows;
    if (limit <= 0)
        return rows;

    QSqlQuery &q = m_store.prepared(sql);
    if (spec.ownerId)
        q.addBindValue(*spec.ownerId);
    for (const auto &f : spec.filters)
        q.addBindValue(f.second);
    if (spec.ids)
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*spec.ids)).toJson(QJsonDocument::Compact)));
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
            if (c.kind == ValueKind::Money) {
                // (amount, currency): the amount stays raw; the currency is
                // kept beside it for display.
                const QVariant amount = q.value(field);
                row.values << (amount.isNull() ? QVariant()
                                               : QVariant(QVariantList{amount.toLongLong(), q.value(field + 1).toString()}));
            } else if (c.select.size() == 2) {
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
