#include "AccountFiguresQuery.h"

#include "AccountRevenue.h"
#include "OrderAmountSql.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace rapport {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

// Rows of (currency, amount) into Money, largest amount first.
QList<Money> moneyRows(QSqlQuery &q, int currencyColumn, int amountColumn)
{
    QList<Money> out;
    while (q.next()) {
        if (q.value(amountColumn).isNull() || q.value(currencyColumn).isNull())
            continue;
        out << Money{q.value(amountColumn).toLongLong(), q.value(currencyColumn).toString()};
    }
    std::stable_sort(out.begin(), out.end(), [](const Money &a, const Money &b) { return a.minor > b.minor; });
    return out;
}

} // namespace

Result<AccountFigures> AccountFiguresQuery::figures(const QString &accountId, qint64 now)
{
    AccountFigures f;
    for (Status s : {readLastOrder(accountId, f), readRevenue(accountId, now, f), readOpportunities(accountId, f),
                     readCases(accountId, now, f), readVisits(accountId, now, f)})
        if (!s)
            return s.error();
    return f;
}

Status AccountFiguresQuery::readLastOrder(const QString &accountId, AccountFigures &out)
{
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("SELECT t.id, t.number, t.ordered_at, t.currency, "
                       "(SELECT sum(%1) FROM order_lines l WHERE l.order_id = t.id AND l.deleted_at IS NULL) "
                       "FROM orders t WHERE t.account_id = ? AND t.deleted_at IS NULL ORDER BY t.ordered_at DESC, t.id DESC LIMIT 1")
            .arg(QLatin1String(sql::OrderLineNet)));
    q.addBindValue(accountId);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the last order"));
    if (q.next()) {
        out.lastOrderId = q.value(0).toString();
        out.lastOrderNumber = q.value(1).toString();
        out.lastOrderAt = q.value(2).toLongLong();
        out.lastOrderTotal = Money{q.value(4).toLongLong(), q.value(3).toString()};
    }
    q.finish();
    return success();
}

Status AccountFiguresQuery::readRevenue(const QString &accountId, qint64 now, AccountFigures &out)
{
    // The window and the line amounts are AccountRevenue's (Today ranks visits
    // by the same figure); unlike its ranking, the page shows every currency.
    // A return counts in the window of its order.
    const qint64 from = AccountRevenue::windowStart(now);
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("SELECT o.currency, sum(%1) FROM orders o JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
                       "WHERE o.account_id = ? AND o.deleted_at IS NULL AND o.ordered_at > ? AND o.ordered_at <= ? GROUP BY o.currency")
            .arg(QLatin1String(sql::OrderLineNet)));
    q.addBindValue(accountId);
    q.addBindValue(from);
    q.addBindValue(now);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the revenue"));
    out.revenueLast12Months = moneyRows(q, 0, 1);
    q.finish();
    return success();
}

Status AccountFiguresQuery::readOpportunities(const QString &accountId, AccountFigures &out)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT t.currency, sum(t.amount), count(*) FROM opportunities t LEFT JOIN stages s ON s.id = t.stage_id "
        "WHERE t.account_id = ? AND t.deleted_at IS NULL AND t.closed_at IS NULL AND ifnull(s.kind, 'open') = 'open' GROUP BY t.currency"));
    q.addBindValue(accountId);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the open opportunities"));
    QList<Money> totals;
    int count = 0;
    while (q.next()) {
        count += q.value(2).toInt();
        if (!q.value(0).isNull() && !q.value(1).isNull())
            totals << Money{q.value(1).toLongLong(), q.value(0).toString()};
    }
    q.finish();
    std::stable_sort(totals.begin(), totals.end(), [](const Money &a, const Money &b) { return a.minor > b.minor; });
    out.openOpportunities = count;
    out.openOpportunityTotal = totals;
    return success();
}

Status AccountFiguresQuery::readCases(const QString &accountId, qint64 now, AccountFigures &out)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT count(*), ifnull(sum(t.due_at IS NOT NULL AND t.due_at < ?), 0) FROM cases t "
        "WHERE t.account_id = ? AND t.deleted_at IS NULL AND ifnull(t.status, 'new') NOT IN ('resolved', 'closed')"));
    q.addBindValue(now);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return m_store.sqlError(q, QStringLiteral("read the open cases"));
    out.openCases = q.value(0).toInt();
    out.overdueCases = q.value(1).toInt();
    q.finish();
    return success();
}

Status AccountFiguresQuery::readVisits(const QString &accountId, qint64 now, AccountFigures &out)
{
    // Walk the account's activities newest first (activities_by_account) and
    // stop at the first completed visit.
    QSqlQuery &last = m_store.prepared(QStringLiteral(
        "SELECT t.start_at FROM activities t WHERE t.account_id = ? AND t.kind = 'visit' AND t.done_at IS NOT NULL "
        "AND t.deleted_at IS NULL ORDER BY t.start_at DESC LIMIT 1"));
    last.addBindValue(accountId);
    if (!last.exec())
        return m_store.sqlError(last, QStringLiteral("read the last visit"));
    if (last.next())
        out.lastVisitAt = last.value(0).toLongLong();
    last.finish();

    QSqlQuery &planned = m_store.prepared(QStringLiteral(
        "SELECT t.start_at FROM activities t WHERE t.account_id = ? AND t.kind = 'visit' AND t.done_at IS NULL "
        "AND t.deleted_at IS NULL ORDER BY t.start_at LIMIT 1"));
    planned.addBindValue(accountId);
    if (!planned.exec())
        return m_store.sqlError(planned, QStringLiteral("read the planned visits"));
    if (planned.next())
        out.nextPlannedVisitAt = planned.value(0).toLongLong();
    planned.finish();

    QSqlQuery &interval = m_store.prepared(QStringLiteral("SELECT visit_interval_days FROM accounts WHERE id = ?"));
    interval.addBindValue(accountId);
    if (!interval.exec())
        return m_store.sqlError(interval, QStringLiteral("read the visit interval"));
    if (interval.next() && !interval.value(0).isNull())
        out.visitIntervalDays = interval.value(0).toInt();
    interval.finish();

    if (out.visitIntervalDays && *out.visitIntervalDays > 0)
        out.nextVisitDue = out.lastVisitAt ? *out.lastVisitAt + qint64(*out.visitIntervalDays) * DayMs : now;
    return success();
}

} // namespace rapport
