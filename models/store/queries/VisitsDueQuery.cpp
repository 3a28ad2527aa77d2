#include "VisitsDueQuery.h"

#include "AccountRevenue.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace rapport {

namespace {
constexpr qint64 DayMs = 24ll * 60 * 60 * 1000;
}

QString VisitsDueQuery::batchSql(bool byOwner)
{
    // Keyset by rowid: one pass over the table (or, for one owner, over
    // accounts_by_owner, whose entries are in rowid order per owner). The last
    // visit walks the account's activities newest first (activities_by_account)
    // and stops at the first done visit.
    return QStringLiteral(
               "SELECT a.rowid, a.id, a.name, ifnull(a.city, ''), a.visit_interval_days, a.created_at, "
               "(SELECT v.start_at FROM activities v WHERE v.account_id = a.id AND v.kind = 'visit' AND v.done_at IS NOT NULL "
               " AND v.deleted_at IS NULL ORDER BY v.start_at DESC LIMIT 1) "
               "FROM accounts a WHERE a.rowid > ?%1 AND a.deleted_at IS NULL AND a.visit_interval_days > 0 "
               "ORDER BY a.rowid LIMIT ?")
        .arg(byOwner ? QStringLiteral(" AND a.owner_id = ?") : QString());
}

bool VisitsDueQuery::moreUrgent(const VisitDue &a, const VisitDue &b)
{
    if (a.daysOverdue != b.daysOverdue)
        return a.daysOverdue > b.daysOverdue;
    const qint64 ra = a.revenue ? a.revenue->minor : 0;
    const qint64 rb = b.revenue ? b.revenue->minor : 0;
    if (ra != rb)
        return ra > rb;
    if (a.accountName != b.accountName)
        return a.accountName.localeAwareCompare(b.accountName) < 0;
    return a.accountId < b.accountId;
}

Result<VisitsDue> VisitsDueQuery::run(const VisitsDueSpec &spec, const Progress &progress)
{
    // Progress counts rowids: they grow with every insert, so the largest one
    // bounds how far the keyset walk has to go without counting the table.
    qint64 lastRowid = 0;
    {
        QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT ifnull(max(rowid), 0) FROM accounts"));
        if (!q.exec() || !q.next())
            return m_store.sqlError(q, QStringLiteral("visits due"));
        lastRowid = q.value(0).toLongLong();
        q.finish();
    }

    QList<VisitDue> due;
    AccountRevenue revenue(m_store);
    QSqlQuery &q = m_store.prepared(batchSql(spec.ownerId.has_value()));
    qint64 after = 0;
    for (;;) {
        q.addBindValue(after);
        if (spec.ownerId)
            q.addBindValue(*spec.ownerId);
        q.addBindValue(BatchSize);
        if (!q.exec())
            return m_store.sqlError(q, QStringLiteral("visits due"));
        int read = 0;
        QStringList dueIds;
        const qsizetype firstOfBatch = due.size();
        while (q.next()) {
            ++read;
            after = q.value(0).toLongLong();
            VisitDue v;
            v.accountId = q.value(1).toString();
            v.accountName = q.value(2).toString();
            v.city = q.value(3).toString();
            v.intervalDays = q.value(4).toInt();
            if (!q.value(6).isNull())
                v.lastVisitAt = q.value(6).toLongLong();
            v.dueSince = v.lastVisitAt.value_or(q.value(5).toLongLong()) + v.intervalDays * DayMs;
            if (v.dueSince > spec.now)
                continue;
            v.daysOverdue = int((spec.now - v.dueSince) / DayMs);
            dueIds << v.accountId;
            due << v;
        }
        q.finish();
        // Revenue only for the accounts that are due: the others are not shown.
        const Result<QHash<QString, Money>> money = revenue.last12Months(dueIds, spec.now);
        if (!money)
            return money.error();
        for (qsizetype i = firstOfBatch; i < due.size(); ++i)
            if (const auto it = money->constFind(due[i].accountId); it != money->constEnd())
                due[i].revenue = *it;
        if (progress && !progress(read < BatchSize ? lastRowid : qMin(after, lastRowid), lastRowid))
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled."));
        if (read < BatchSize)
            break;
    }

    VisitsDue out;
    out.dueCount = due.size();
    const qsizetype shown = qMin<qsizetype>(due.size(), qMax(0, spec.limit));
    std::partial_sort(due.begin(), due.begin() + shown, due.end(), &VisitsDueQuery::moreUrgent);
    due.resize(shown);
    // Group by city, the cities ordered by their most urgent account: a stable
    // sort by each city's first position keeps the urgency order inside it.
    QHash<QString, qsizetype> cityRank;
    for (qsizetype i = 0; i < due.size(); ++i)
        if (!cityRank.contains(due[i].city))
            cityRank.insert(due[i].city, i);
    std::stable_sort(due.begin(), due.end(),
                     [&](const VisitDue &a, const VisitDue &b) { return cityRank.value(a.city) < cityRank.value(b.city); });
    out.visits = due;
    return out;
}

} // namespace rapport
