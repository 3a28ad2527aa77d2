#pragma once

class QSqlDatabase;
struct sqlite3;

namespace rapport {

// The SQLite connection under a Qt Sql connection, when Qt's driver runs on
// the SQLite library we link (the system one, as on Debian): then the C API
// can be used on it (BulkWriter, StatementTrace). Null otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace rapport
