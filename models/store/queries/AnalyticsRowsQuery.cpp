#include "AnalyticsRowsQuery.h"

#include "OrderAmountSql.h"
#include "AnalyticsRowStream.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace rapport {

namespace {

using analyticsrows::integer;
using analyticsrows::stream;
using analyticsrows::text;

// Cost of goods of line `l` with product `p` of order `o`, in minor units of
// the order's currency (see AnalyticsOrderRow::costMinor).
const char *LineCost = "CASE WHEN p.unit_cost IS NULL THEN 0 "
                       "WHEN p.currency IS NULL OR p.currency = o.currency THEN l.quantity * p.unit_cost "
                       "WHEN p.list_price > 0 THEN CAST(round(l.quantity * l.unit_price * p.unit_cost * 1.0 / p.list_price) AS INTEGER) "
                       "ELSE 0 END";

} // namespace

StoreError AnalyticsRowsQuery::cancelled()
{
    return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("cancelled"));
}

Result<qint64> AnalyticsRowsQuery::lastJournalSeq()
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT ifnull(max(seq), 0) FROM journal"));
    if (!q.exec() || !q.next())
        return m_store.sqlError(q, QStringLiteral("read the journal's last entry"));
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

Result<qint64> AnalyticsRowsQuery::journalEntryTime(qint64 seq)
{
    if (seq == 0)
        return qint64(0);
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT at FROM journal WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read a journal entry"));
    const qint64 at = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return at;
}

Result<QList<QPair<QString, qint64>>> AnalyticsRowsQuery::orderCountsByCurrency()
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT o.currency, count(*) AS n FROM orders o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
        "WHERE o.deleted_at IS NULL GROUP BY o.currency ORDER BY n DESC, o.currency"));
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("count orders per currency"));
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({text(q, 0), integer(q, 1)});
    q.finish();
    return out;
}

Status AnalyticsRowsQuery::accounts(const Sink<AnalyticsAccountRow> &sink)
{
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("SELECT id, name, type, source, owner_id FROM accounts WHERE deleted_at IS NULL ORDER BY id"));
    return stream<AnalyticsAccountRow>(m_store, q, QStringLiteral("read accounts"), [](const QSqlQuery &r) {
        return AnalyticsAccountRow{text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4)};
    }, sink);
}

Status AnalyticsRowsQuery::products(const Sink<AnalyticsProductRow> &sink)
{
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("SELECT id, code, name, category FROM products WHERE deleted_at IS NULL ORDER BY sort_key, id"));
    return stream<AnalyticsProductRow>(m_store, q, QStringLiteral("read products"), [](const QSqlQuery &r) {
        return AnalyticsProductRow{text(r, 0), text(r, 1), text(r, 2), text(r, 3)};
    }, sink);
}

namespace {

// The orders an update reads: all, or the ids as one bound JSON array.
QString orderIdCondition(const QStringList &orderIds)
{
    return orderIds.isEmpty() ? QString() : QStringLiteral(" AND o.id IN (SELECT value FROM json_each(?))");
}

QString jsonIds(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace

Status AnalyticsRowsQuery::orders(const QString &currency, const Sink<AnalyticsOrderRow> &sink, const QStringList &orderIds)
{
    // LEFT JOIN: an order without lines is an order of nothing (0), still a visit.
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT o.account_id, o.campaign_id, o.currency, o.ordered_at, ifnull(sum(%1), 0), ifnull(sum(%2), 0) "
        "FROM orders o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
        "LEFT JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
        "LEFT JOIN products p ON p.id = l.product_id "
        "WHERE o.deleted_at IS NULL AND o.currency = ?%3 GROUP BY o.id")
                                        .arg(QLatin1String(sql::OrderLineNet), QLatin1String(LineCost), orderIdCondition(orderIds)));
    q.addBindValue(currency);
    if (!orderIds.isEmpty())
        q.addBindValue(jsonIds(orderIds));
    return stream<AnalyticsOrderRow>(m_store, q, QStringLiteral("read orders"), [](const QSqlQuery &r) {
        return AnalyticsOrderRow{text(r, 0), text(r, 1), text(r, 2), integer(r, 3), integer(r, 4), integer(r, 5)};
    }, sink);
}

Status AnalyticsRowsQuery::orderLines(const QString &currency, const Sink<AnalyticsOrderLineRow> &sink, const QStringList &orderIds)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT o.account_id, l.product_id, o.currency, o.ordered_at, l.quantity, %1 "
        "FROM orders o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
        "JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL AND l.product_id IS NOT NULL "
        "WHERE o.deleted_at IS NULL AND o.currency = ?%2")
                                        .arg(QLatin1String(sql::OrderLineNet), orderIdCondition(orderIds)));
    q.addBindValue(currency);
    if (!orderIds.isEmpty())
        q.addBindValue(jsonIds(orderIds));
    return stream<AnalyticsOrderLineRow>(m_store, q, QStringLiteral("read order lines"), [](const QSqlQuery &r) {
        return AnalyticsOrderLineRow{text(r, 0), text(r, 1), text(r, 2), integer(r, 3), integer(r, 4), integer(r, 5)};
    }, sink);
}

Status AnalyticsRowsQuery::activityStates(const QStringList &ids, const Sink<AnalyticsActivityStateRow> &sink)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT id, account_id, kind, start_at, done_at IS NOT NULL, deleted_at IS NOT NULL "
                                                   "FROM activities WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(jsonIds(ids));
    return stream<AnalyticsActivityStateRow>(m_store, q, QStringLiteral("read activities"), [](const QSqlQuery &r) {
        AnalyticsActivityStateRow row{text(r, 0), text(r, 1), text(r, 2), std::nullopt, integer(r, 4) != 0, integer(r, 5) != 0};
        if (!r.value(3).isNull())
            row.startAt = integer(r, 3);
        return row;
    }, sink);
}

QString AnalyticsRowsQuery::doneActivityStartsSql()
{
    // Read from activities_done_by_account_kind alone (migration 5), in its
    // order; "+start_at": the bound is a filter on that scan, not a range of
    // activities_by_start followed by a table lookup and a sort per row. One
    // row per account and kind with its start times as a list: a row per
    // activity (1.9M on a 100k store) costs Qt Sql ~1 s more.
    return QStringLiteral("SELECT account_id, kind, group_concat(start_at) FROM activities "
                          "WHERE account_id IS NOT NULL AND +start_at < ? AND done_at IS NOT NULL AND deleted_at IS NULL "
                          "GROUP BY account_id, kind");
}

Status AnalyticsRowsQuery::doneActivityStarts(qint64 before, const Sink<AnalyticsActivityStartsRow> &sink)
{
    QSqlQuery &q = m_store.prepared(doneActivityStartsSql());
    q.addBindValue(before);
    return stream<AnalyticsActivityStartsRow>(m_store, q, QStringLiteral("read done activities"), [](const QSqlQuery &r) {
        AnalyticsActivityStartsRow row{text(r, 0), text(r, 1), {}};
        // group_concat's text: integers separated by commas, in scan order
        // (the index's, so ascending; sorted anyway, as SQL does not promise it).
        const QString list = text(r, 2);
        const QChar *c = list.constData();
        const QChar *const end = c + list.size();
        while (c < end) {
            qint64 value = 0;
            bool negative = false;
            if (*c == QLatin1Char('-')) {
                negative = true;
                ++c;
            }
            for (; c < end && *c != QLatin1Char(','); ++c)
                value = value * 10 + (c->unicode() - '0');
            row.startsAt.push_back(negative ? -value : value);
            ++c;
        }
        if (!std::is_sorted(row.startsAt.begin(), row.startsAt.end()))
            std::sort(row.startsAt.begin(), row.startsAt.end());
        return row;
    }, sink);
}

} // namespace rapport
