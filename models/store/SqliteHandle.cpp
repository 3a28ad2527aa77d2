#include "SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace rapport {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant h = database.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *db = *static_cast<sqlite3 *const *>(h.constData());
    if (!db)
        return nullptr;
    // A Qt built with its own SQLite would hand us a handle of another library.
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() || q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return db;
}

} // namespace rapport
