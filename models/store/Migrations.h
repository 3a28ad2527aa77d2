#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rapport {

// Schema changes are numbered migrations, applied in order, each in one
// transaction together with the PRAGMA user_version bump. A migration is
// frozen once released: later versions add new migrations, never edit old ones.
struct Migration {
    int version;
    const char *description;
    // SQL statements run in order; kept as data so a test can print the schema.
    QList<QString> statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace rapport
