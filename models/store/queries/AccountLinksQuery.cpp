#include "AccountLinksQuery.h"

#include "domain/PersonName.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport {

Result<QList<LinkChoice>> AccountLinksQuery::run(const QString &sql, const QString &accountId, int limit, const QString &what)
{
    QList<LinkChoice> out;
    if (accountId.isEmpty())
        return out;
    QSqlQuery &q = m_store.prepared(sql);
    q.addBindValue(accountId);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, what);
    const bool person = q.record().count() > 3; // contacts: given and family name
    while (q.next()) {
        const QString title = person ? personDisplayName(q.value(1).toString(), q.value(3).toString()) : q.value(1).toString();
        out << LinkChoice{q.value(0).toString(), title, q.value(2).toBool()};
    }
    q.finish();
    return out;
}

Result<QList<LinkChoice>> AccountLinksQuery::contacts(const QString &accountId, int limit)
{
    // The title column is the display name, put together from both name parts
    // in the order their script wants ("王伟", "Anna Schmidt").
    Result<QList<LinkChoice>> r = run(QStringLiteral("SELECT id, given_name, 1, family_name FROM contacts WHERE account_id = ? AND deleted_at IS NULL "
                                                     "ORDER BY sort_key, id LIMIT ?"),
                                      accountId, limit, QStringLiteral("contacts of an account"));
    return r;
}

Result<QList<LinkChoice>> AccountLinksQuery::opportunities(const QString &accountId, int limit)
{
    return run(QStringLiteral("SELECT id, name, closed_at IS NULL FROM opportunities WHERE account_id = ? AND deleted_at IS NULL "
                              "ORDER BY closed_at IS NOT NULL, created_at DESC, id LIMIT ?"),
               accountId, limit, QStringLiteral("opportunities of an account"));
}

Result<QList<LinkChoice>> AccountLinksQuery::cases(const QString &accountId, int limit)
{
    return run(QStringLiteral("SELECT id, subject, ifnull(status, '') NOT IN ('resolved', 'closed') FROM cases "
                              "WHERE account_id = ? AND deleted_at IS NULL ORDER BY ifnull(status, '') IN ('resolved', 'closed'), created_at DESC, id LIMIT ?"),
               accountId, limit, QStringLiteral("cases of an account"));
}

} // namespace rapport
