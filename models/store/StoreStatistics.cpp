#include "StoreStatistics.h"

#include "EntitySchema.h"
#include "Store.h"

#include <QSqlQuery>

namespace rapport {

Result<QList<QPair<QString, qint64>>> recordCounts(Store &store)
{
    QList<QPair<QString, qint64>> out;
    for (const EntityDef &e : entityCatalogue()) {
        QSqlQuery q(store.db());
        // The table name comes from the compile-time catalogue.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(e.table)) || !q.next())
            return store.sqlError(q, QStringLiteral("count %1").arg(e.name));
        out << qMakePair(e.name, q.value(0).toLongLong());
    }
    QSqlQuery j(store.db());
    if (!j.exec(QStringLiteral("SELECT count(*) FROM journal")) || !j.next())
        return store.sqlError(j, QStringLiteral("count journal"));
    out << qMakePair(QStringLiteral("journal_entries"), j.value(0).toLongLong());
    return out;
}

Result<bool> storeIsEmpty(Store &store)
{
    for (const EntityDef &e : entityCatalogue()) {
        const bool users = e.name == QLatin1String("user");
        QSqlQuery q(store.db());
        // The table name comes from the compile-time catalogue.
        q.prepare(users ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE id <> ?)")
                        : QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(e.table));
        if (users)
            q.addBindValue(store.localUserId());
        if (!q.exec() || !q.next())
            return store.sqlError(q, QStringLiteral("check empty"));
        if (q.value(0).toBool())
            return false;
    }
    return true;
}

} // namespace rapport
