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

} // namespace rapport
