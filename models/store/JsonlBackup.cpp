#include "JsonlBackup.h"

#include "StoreStatistics.h"

#include "EntitySchema.h"
#include "FieldValue.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rapport {

namespace {
const QString kFormat = QStringLiteral("rapport-jsonl");
constexpr int kFormatVersion = 1;

QString selectAllSql(const EntityDef &e)
{
    return QStringLiteral("SELECT id, created_at, updated_at, deleted_at, version, fver, %1 FROM %2 ORDER BY id")
        .arg(e.fieldNames().join(QStringLiteral(", ")), e.table);
}
} // namespace

Status JsonlExporter::write(QIODevice &out, const std::function<bool(qint64)> &progress)
{
    QJsonObject header{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("format_version"), kFormatVersion},
                       {QStringLiteral("schema_version"), m_store.schemaVersion()},
                       {QStringLiteral("local_user_id"), m_store.localUserId()}};
    out.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    // One read transaction: the export is a consistent snapshot even while
    // another connection writes.
    m_store.exec(QStringLiteral("BEGIN"));
    qint64 n = 0;
    for (const EntityDef &e : entityCatalogue()) {
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!q.exec(selectAllSql(e))) {
            m_store.exec(QStringLiteral("ROLLBACK"));
            return m_store.sqlError(q, QStringLiteral("export %1").arg(e.name));
        }
        while (q.next()) {
            QJsonObject fields;
            for (int i = 0; i < e.fields.size(); ++i) {
                const QJsonValue v = fromSqlValue(e.fields[i], q.value(6 + i));
                if (!v.isNull())
                    fields.insert(e.fields[i].name, v);
            }
            QJsonObject rec{{QStringLiteral("entity"), e.name},
                            {QStringLiteral("id"), q.value(0).toString()},
                            {QStringLiteral("created_at"), q.value(1).toLongLong()},
                            {QStringLiteral("updated_at"), q.value(2).toLongLong()},
                            {QStringLiteral("version"), q.value(4).toLongLong()},
                            {QStringLiteral("fields"), fields}};
            if (!q.value(3).isNull())
                rec.insert(QStringLiteral("deleted_at"), q.value(3).toLongLong());
            if (!q.value(5).isNull())
                rec.insert(QStringLiteral("fver"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
            if (out.write(QJsonDocument(rec).toJson(QJsonDocument::Compact) + '\n') < 0) {
                m_store.exec(QStringLiteral("ROLLBACK"));
                return StoreError::make(StoreError::Kind::Unwritable, QObject::tr("Cannot write the export: %1").arg(out.errorString()));
            }
            if (++n % 10000 == 0 && progress && !progress(n)) {
                m_store.exec(QStringLiteral("ROLLBACK"));
                return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Export cancelled"));
            }
        }
    }
    m_store.exec(QStringLiteral("ROLLBACK"));
    if (progress)
        progress(n);
    return success();
}

Status JsonlImporter::read(QIODevice &in, const std::function<bool(qint64)> &progress)
{
    auto lineError = [](qint64 line, const QString &what) {
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("line %1: %2").arg(line).arg(what));
    };
    // Only into an empty store: a backup restores a whole store, it does not merge.
    const Result<bool> empty = storeIsEmpty(m_store);
    if (!empty.ok())
        return empty.error();
    if (!*empty)
        return StoreError::make(StoreError::Kind::Invalid,
                                QObject::tr("The store is not empty: a backup can only be restored into a new, empty store."));

    qint64 lineNo = 0;
    const QByteArray first = in.readLine();
    ++lineNo;
    const QJsonObject header = QJsonDocument::fromJson(first).object();
    if (header.value(QStringLiteral("format")).toString() != kFormat)
        return lineError(1, QObject::tr("not a Rapport JSONL backup (the first line must be its header)"));
    if (header.value(QStringLiteral("format_version")).toInt() > kFormatVersion
        || header.value(QStringLiteral("schema_version")).toInt() > m_store.schemaVersion())
        return lineError(1, QObject::tr("the backup was written by a newer Rapport (store version %1; this Rapport has %2)")
                                .arg(header.value(QStringLiteral("schema_version")).toInt())
                                .arg(m_store.schemaVersion()));

    if (!m_store.begin())
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot start a transaction"));
    auto fail = [&](const StoreError &e) -> Status {
        m_store.rollback();
        return e;
    };
    // Parents may come after children (an account's parent account has a
    // later id), so foreign keys are checked once, at commit.
    m_store.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const QString oldLocalUser = m_store.localUserId();
    const QString newLocalUser = header.value(QStringLiteral("local_user_id")).toString();
    bool droppedOldUser = false;
    RecordWriter writer(m_store);
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return fail(lineError(lineNo, QObject::tr("not a JSON object (%1)").arg(perr.errorString())));
        const QJsonObject rec = doc.object();
        const EntityDef *e = entityByName(rec.value(QStringLiteral("entity")).toString());
        if (!e)
            return fail(lineError(lineNo, QObject::tr("unknown record type \"%1\"").arg(rec.value(QStringLiteral("entity")).toString())));
        const QString id = rec.value(QStringLiteral("id")).toString();
        if (!isValidRecordId(id))
            return fail(lineError(lineNo, QObject::tr("invalid record id \"%1\"").arg(id)));
        if (!droppedOldUser && e->name == QLatin1String("user") && !newLocalUser.isEmpty()) {
            // The new store's own placeholder user gives way to the backup's.
            QSqlQuery d(m_store.db());
            d.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
            d.addBindValue(oldLocalUser);
            if (!d.exec())
                return fail(m_store.sqlError(d, QStringLiteral("replace local user")));
            droppedOldUser = true;
        }
        Result<QJsonObject> normalised = RecordWriter::normaliseFields(*e, rec.value(QStringLiteral("fields")).toObject());
        if (!normalised)
            return fail(lineError(lineNo, normalised.error().message));
        StoredRecord row;
        row.id = id;
        row.createdAt = rec.value(QStringLiteral("created_at")).toInteger();
        row.updatedAt = rec.value(QStringLiteral("updated_at")).toInteger();
        if (rec.contains(QStringLiteral("deleted_at")))
            row.deletedAt = rec.value(QStringLiteral("deleted_at")).toInteger();
        row.version = rec.value(QStringLiteral("version")).toInteger(1);
        row.fieldVersions = rec.value(QStringLiteral("fver")).toObject();
        row.fields = *normalised;
        if (Status s = writer.insertRow(*e, row); !s)
            return fail(lineError(lineNo, QObject::tr("cannot restore %1 %2: %3").arg(e->name, id, s.error().message)));
        if (Status s = writer.refreshDerived(*e, id, row.fields, !row.deletedAt); !s)
            return fail(s.error());
        if (progress && lineNo % 10000 == 0 && !progress(lineNo))
            return fail(StoreError::make(StoreError::Kind::Invalid, QObject::tr("Import cancelled; nothing was changed.")));
    }
    if (droppedOldUser && !m_store.setMeta(QStringLiteral("local_user_id"), newLocalUser))
        return fail(StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot set the local user")));
    // Restored rows keep no journal: a new baseline (Store::markNewBaseline).
    if (!m_store.markNewBaseline())
        return fail(StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot record the new baseline")));
    QSqlQuery fk(m_store.db());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        return fail(StoreError::make(StoreError::Kind::Invalid, QObject::tr("the backup refers to a missing %1 record (from %2 row %3)")
                                                                    .arg(fk.value(2).toString(), fk.value(0).toString())
                                                                    .arg(fk.value(1).toLongLong())));
    fk.finish();
    if (!m_store.commit())
        return fail(StoreError::make(StoreError::Kind::Sql, QStringLiteral("commit failed")));
    m_store.reloadIdentity();
    if (progress)
        progress(lineNo);
    return success();
}

} // namespace rapport
