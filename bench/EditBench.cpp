// e. one edit with its journal and search index update: RecordWriter::update of
// an account's name, beside the same statements with literals in the shell.
// Runs on a copy of the store, which is removed afterwards.

#include "BenchSupport.h"

#include "store/EntitySchema.h"
#include "store/FieldValue.h"
#include "store/RecordWriter.h"
#include "store/SearchIndexer.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <unistd.h>

namespace rapport::bench {

namespace {

const QString NameSuffix = QStringLiteral(" Bench");

void removeDatabaseFiles(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(db + QLatin1String(suffix));
}

// The statements RecordWriter::update runs for a one-field edit, in its order,
// with the values it would bind: BEGIN IMMEDIATE, read the record, the change
// set, the journal entry, the row, the search document and its prefix terms,
// COMMIT. All on one line, so the shell times them as one unit.
QString editLine(Store &store, RecordWriter &writer, const EntityDef &def, const QString &id, QString *error)
{
    const std::optional<StoredRecord> rec = writer.read(def, id);
    if (!rec) {
        *error = QStringLiteral("cannot read account %1").arg(id);
        return {};
    }
    qint64 docid = 0;
    {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT docid FROM search_docs WHERE record_id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            docid = q.value(0).toLongLong();
    }
    if (!docid) {
        *error = QStringLiteral("account %1 has no search document").arg(id);
        return {};
    }
    const QString field = QStringLiteral("name");
    const QJsonValue oldName = rec->fields.value(field);
    const QJsonValue newName(oldName.toString() + NameSuffix);
    QJsonObject fields = rec->fields;
    fields.insert(field, newName);
    QJsonObject fver = rec->fieldVersions;
    const qint64 base = fver.value(field).toInteger(1);
    fver.insert(field, base + 1);
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    const QString user = sqlValue(store.localUserId());

    QStringList s;
    s << QStringLiteral("BEGIN IMMEDIATE;");
    s << QStringLiteral("SELECT id, created_at, updated_at, deleted_at, version, fver, %1 FROM %2 WHERE id = %3;")
             .arg(def.fieldNames().join(QStringLiteral(", ")), def.table, sqlText(id));
    s << QStringLiteral("INSERT INTO change_sets (at, user_id, label, origin, batch_id, reverts) VALUES (%1, %2, %3, 'local', NULL, NULL);")
             .arg(t)
             .arg(user, sqlText(QStringLiteral("Edit %1").arg(def.name)));
    s << QStringLiteral("INSERT INTO journal (change_id, at, replica_id, user_id, entity, record_id, op, field, old_value, new_value, "
                        "base_version) VALUES (last_insert_rowid(), %1, %2, %3, %4, %5, 'update', %6, %7, %8, %9);")
             .arg(t)
             .arg(sqlText(store.replicaId()), user, sqlText(def.name), sqlText(id), sqlText(field), sqlText(encodeJournalValue(oldName)),
                  sqlText(encodeJournalValue(newName)))
             .arg(base);
    QStringList sets{QStringLiteral("%1 = %2").arg(field, sqlValue(toSqlValue(*def.field(field), newName)))};
    const QJsonObject derived = derivedColumns(def, fields);
    for (auto it = derived.begin(); it != derived.end(); ++it)
        sets << QStringLiteral("%1 = %2").arg(it.key(), sqlText(it.value().toString()));
    sets << QStringLiteral("updated_at = %1").arg(t) << QStringLiteral("version = version + 1")
         << QStringLiteral("fver = %1").arg(sqlText(QString::fromUtf8(QJsonDocument(fver).toJson(QJsonDocument::Compact))));
    s << QStringLiteral("UPDATE %1 SET %2 WHERE id = %3;").arg(def.table, sets.join(QStringLiteral(", ")), sqlText(id));
    const SearchDocument doc = buildSearchDocument(def, fields);
    s << QStringLiteral("SELECT docid FROM search_docs WHERE record_id = %1;").arg(sqlText(id));
    s << QStringLiteral("UPDATE search_docs SET title = ifnull(%1, ''), name = ifnull(%2, ''), keys = ifnull(%3, ''), notes = ifnull(%4, '') "
                        "WHERE docid = %5;")
             .arg(sqlText(doc.title), sqlText(doc.name), sqlText(doc.keys), sqlText(doc.notes))
             .arg(docid);
    s << QStringLiteral("DELETE FROM search_terms WHERE docid = %1;").arg(docid);
    for (const QString &term : doc.terms)
        s << QStringLiteral("INSERT OR IGNORE INTO search_terms (term, docid) VALUES (%1, %2);").arg(sqlText(term)).arg(docid);
    s << QStringLiteral("COMMIT;");
    return s.join(QLatin1Char(' '));
}

} // namespace

void benchEdits(const Context &ctx, QList<Row> *rows)
{
    const QString figure = QStringLiteral("one edit (account name) with journal and search index update");
    const QString target = QStringLiteral("< 2 ms (median)");
    auto fail = [&](const QString &message) {
        rows->append(Row{figure, QStringLiteral("error"), {}, {}, target, false, message});
    };
    const QString copy = ctx.db + QStringLiteral(".edit-bench");
    removeDatabaseFiles(copy);
    {
        // Closing the last connection checkpoints the WAL into the file, so a
        // plain copy of the file is the whole store.
        StoreError e;
        auto store = Store::open(ctx.db, Store::OpenMode::ExistingOnly, &e);
        if (!store)
            return fail(e.message);
        store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (QFile(ctx.db + QStringLiteral("-wal")).size() > 0)
        return fail(QStringLiteral("the store's WAL is not empty (another process has it open?)"));
    ctx.progress(QStringLiteral("edits: copying the store …"));
    if (!QFile::copy(ctx.db, copy))
        return fail(QStringLiteral("cannot copy %1 to %2").arg(ctx.db, copy));
    {
        // The copy is all dirty pages in the OS cache; the first fsync of a
        // commit or checkpoint would write all of it out and be timed.
        ctx.progress(QStringLiteral("edits: flushing the copy to disk …"));
        QFile f(copy);
        if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0)
            return fail(QStringLiteral("cannot flush %1 to disk").arg(copy));
    }

    QList<double> mine;
    ShellTimes shell;
    {
        StoreError e;
        auto store = Store::open(copy, Store::OpenMode::ExistingOnly, &e);
        if (!store) {
            removeDatabaseFiles(copy);
            return fail(e.message);
        }
        const EntityDef &def = *entityByName(QStringLiteral("account"));
        RecordWriter writer(*store);

        // Accounts spread over the whole table: even ones for Rapport, odd
        // ones for the shell.
        QStringList ids;
        {
            QSqlQuery q(store->db());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id"));
            while (q.next())
                ids << q.value(0).toString();
        }
        const qsizetype stride = ids.size() / (2 * qsizetype(ctx.edits));
        if (stride < 1) {
            store.reset();
            removeDatabaseFiles(copy);
            return fail(QStringLiteral("%1 accounts are too few for %2 edits").arg(ids.size()).arg(ctx.edits));
        }
        QStringList lines;
        for (int i = 0; i < ctx.edits; ++i) {
            QString error;
            lines << editLine(*store, writer, def, ids.at((2 * i + 1) * stride), &error);
            if (!error.isEmpty()) {
                store.reset();
                removeDatabaseFiles(copy);
                return fail(error);
            }
        }
        ctx.progress(QStringLiteral("edits: %1 in the shell …").arg(ctx.edits));
        QStringList setup{QStringLiteral("PRAGMA foreign_keys=ON;"), QStringLiteral("PRAGMA synchronous=NORMAL;"),
                          QStringLiteral("PRAGMA busy_timeout=5000;")};
        shell = runShellTimed(ctx.sqlite3, copy, setup, lines);

        ctx.progress(QStringLiteral("edits: %1 through RecordWriter …").arg(ctx.edits));
        for (int i = 0; i < ctx.edits; ++i) {
            const QString id = ids.at(2 * i * stride);
            const std::optional<StoredRecord> rec = writer.read(def, id);
            if (!rec) {
                store.reset();
                removeDatabaseFiles(copy);
                return fail(QStringLiteral("cannot read account %1").arg(id));
            }
            const QJsonObject change{{QStringLiteral("name"), rec->fields.value(QStringLiteral("name")).toString() + NameSuffix}};
            QElapsedTimer t;
            t.start();
            const Result<bool> r = writer.update(def, id, change);
            mine << double(t.nsecsElapsed()) / 1e6;
            if (!r || !*r) {
                store.reset();
                removeDatabaseFiles(copy);
                return fail(r ? QStringLiteral("the edit of %1 changed nothing").arg(id) : r.error().message);
            }
        }
    }
    removeDatabaseFiles(copy);

    const Summary m = summarise(mine);
    Row r{QStringLiteral("%1 (%2 edits)").arg(figure).arg(ctx.edits),
          QStringLiteral("median %1 · p95 %2 (mean %3, max %4)").arg(ms(m.median), ms(m.p95), ms(m.mean), ms(m.max)),
          QString(),
          QString(),
          target,
          m.median < 2,
          QString()};
    if (!shell.error.isEmpty()) {
        r.baseline = QStringLiteral("error");
        r.note = shell.error;
    } else {
        const Summary b = summarise(shell.ms);
        r.baseline = QStringLiteral("mean %1 (max %2)").arg(ms(b.mean), ms(b.max));
        r.ratio = ratio(m.mean, b.mean);
    }
    rows->append(r);
}

} // namespace rapport::bench
