#include "AccountRevenue.h"

#include "OrderAmountSql.h"
#include "domain/UtcTime.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport {

qint64 AccountRevenue::windowStart(qint64 now)
{
    return toUtcMillis(fromUtcMillis(now).addMonths(-12));
}

Result<QHash<QString, Money>> AccountRevenue::last12Months(const QStringList &accountIds, qint64 now)
{
    QHash<QString, Money> revenue;
    if (accountIds.isEmpty())
        return revenue;
    // The ids travel as one JSON array, so one prepared statement serves any
    // number of them.
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT o.account_id, o.currency, sum(%1) FROM json_each(?) ids "
        "JOIN orders o ON o.account_id = ids.value AND o.ordered_at > ? AND o.ordered_at <= ? AND o.deleted_at IS NULL "
        "JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
        "GROUP BY o.account_id, o.currency")
                                       .arg(QLatin1String(sql::OrderLineNet)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(accountIds)).toJson(QJsonDocument::Compact)));
    q.addBindValue(windowStart(now));
    q.addBindValue(now);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("account revenue"));
    while (q.next()) {
        const QString account = q.value(0).toString();
        const Money total{q.value(2).toLongLong(), q.value(1).toString()};
        const auto it = revenue.constFind(account);
        if (it == revenue.constEnd() || total.minor > it->minor)
            revenue.insert(account, total);
    }
    q.finish();
    return revenue;
}

} // namespace rapport
