#include "RecordWriter.h"

#include "ChangeSet.h"
#include "FieldValue.h"
#include "SearchIndexer.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace rapport {

namespace {

// Identifiers in the SQL below come from the compile-time entity catalogue,
// never from input; every value is bound.
QString selectSql(const EntityDef &e)
{
    return QStringLiteral("SELECT id, created_at, updated_at, deleted_at, version, fver, %1 FROM %2 WHERE id = ?")
        .arg(e.fieldNames().join(QStringLiteral(", ")), e.table);
}

// Runs `body` inside the current change set, or in one of its own.
template <typename T, typename F>
Result<T> inChangeSet(Store &store, const QString &label, F body)
{
    if (store.currentChangeSet()) {
        // Nested: a savepoint so a failure undoes only this operation. The
        // change set's row must exist outside that savepoint (as in ChangeSet's
        // constructor): written inside it, a rollback would remove the row while
        // the change set keeps its id, and every later journal entry would fail.
        Result<qint64> changeId = store.currentChangeSet()->id();
        if (!changeId)
            return changeId.error();
        if (!store.begin())
            return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot open savepoint"));
        Result<T> r = body();
        if (r.ok())
            store.commit();
        else
            store.rollback();
        return r;
    }
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot start a transaction"));
    Result<T> r = body();
    if (!r.ok())
        return r;
    Status c = cs.commit();
    if (!c.ok())
        return c.error();
    return r;
}

} // namespace

std::optional<StoredRecord> RecordWriter::read(const EntityDef &entity, const QString &id)
{
    QSqlQuery &q = m_store.prepared(selectSql(entity));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredRecord r;
    r.id = q.value(0).toString();
    r.createdAt = q.value(1).toLongLong();
    r.updatedAt = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        r.deletedAt = q.value(3).toLongLong();
    r.version = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        r.fieldVersions = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (int i = 0; i < entity.fields.size(); ++i)
        r.fields.insert(entity.fields[i].name, fromSqlValue(entity.fields[i], q.value(6 + i)));
    q.finish();
    return r;
}

Status RecordWriter::journal(const EntityDef &entity, const QString &id, const QString &op, const QString &field, const QJsonValue &oldValue,
                             const QJsonValue &newValue, qint64 baseVersion, qint64 at)
{
    ChangeSet *cs = m_store.currentChangeSet();
    if (!cs)
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("journal write outside a change set"));
    Result<qint64> changeId = cs->id();
    if (!changeId)
        return changeId.error();
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "INSERT INTO journal (change_id, at, replica_id, user_id, entity, record_id, op, field, old_value, new_value, base_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*changeId);
    q.addBindValue(at);
    q.addBindValue(m_store.replicaId());
    q.addBindValue(m_store.localUserId());
    q.addBindValue(entity.name);
    q.addBindValue(id);
    q.addBindValue(op);
    q.addBindValue(field);
    q.addBindValue(encodeJournalValue(oldValue));
    q.addBindValue(encodeJournalValue(newValue));
    q.addBindValue(baseVersion);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("journal"));
    return success();
}

Status RecordWriter::refreshDerived(const EntityDef &entity, const QString &id, const QJsonObject &fields, bool live)
{
    if (entity.searchable) {
        SearchIndexer indexer(m_store);
        Status s = live ? indexer.index(entity, id, fields) : indexer.remove(id);
        if (!s)
            return s;
    }
    if (entity.name == QLatin1String("activity")) {
        QSqlQuery &d = m_store.prepared(QStringLiteral("DELETE FROM activity_contacts WHERE activity_id = ?"));
        d.addBindValue(id);
        if (!d.exec())
            return m_store.sqlError(d, QStringLiteral("activity contacts"));
        if (live) {
            QSqlQuery &i = m_store.prepared(QStringLiteral("INSERT OR IGNORE INTO activity_contacts (contact_id, activity_id) VALUES (?, ?)"));
            for (const QJsonValue &c : fields.value(QStringLiteral("contact_ids")).toArray()) {
                i.addBindValue(c.toString());
                i.addBindValue(id);
                if (!i.exec())
                    return m_store.sqlError(i, QStringLiteral("activity contacts"));
            }
        }
    }
    return success();
}

Result<QJsonObject> RecordWriter::normaliseFields(const EntityDef &entity, const QJsonObject &input)
{
    QJsonObject fields;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const FieldDef *fd = entity.field(it.key());
        if (!fd)
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("%1 has no field %2").arg(entity.name, it.key()));
        Result<QJsonValue> v = normaliseValue(entity, *fd, it.value());
        if (!v)
            return v.error();
        fields.insert(fd->name, *v);
    }
    return fields;
}

Status RecordWriter::insertRow(const EntityDef &entity, const StoredRecord &r)
{
    QStringList cols = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at"),
                        QStringLiteral("version"), QStringLiteral("fver")};
    QVariantList values = {r.id, r.createdAt, r.updatedAt,
                           r.deletedAt ? QVariant(*r.deletedAt) : QVariant(QMetaType(QMetaType::LongLong)), r.version,
                           r.fieldVersions.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(QString::fromUtf8(QJsonDocument(r.fieldVersions).toJson(QJsonDocument::Compact)))};
    for (const FieldDef &fd : entity.fields) {
        cols << fd.name;
        values << toSqlValue(fd, r.fields.value(fd.name));
    }
    const QJsonObject derived = derivedColumns(entity, r.fields);
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        cols << it.key();
        values << it.value().toString();
    }
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(entity.table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cannot create %1: %2").arg(entity.name, q.lastError().databaseText()));
    return success();
}

Result<QString> RecordWriter::create(const EntityDef &entity, const QJsonObject &input, const QString &givenId)
{
    Result<QJsonObject> normalised = normaliseFields(entity, input);
    if (!normalised)
        return normalised.error();
    QJsonObject fields = *normalised;
    if (!input.contains(QStringLiteral("owner_id")) && entity.name != QLatin1String("user"))
        fields.insert(QStringLiteral("owner_id"), m_store.localUserId());
    const QString id = givenId.isEmpty() ? m_store.newId() : givenId;
    if (!isValidRecordId(id))
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("%1 is not a valid record id").arg(id));

    return inChangeSet<QString>(m_store, QObject::tr("Create %1").arg(entity.name), [&]() -> Result<QString> {
        const qint64 t = m_store.now();
        StoredRecord row;
        row.id = id;
        row.createdAt = row.updatedAt = t;
        row.fields = fields;
        if (Status ins = insertRow(entity, row); !ins)
            return ins.error();
        bool any = false;
        for (const FieldDef &fd : entity.fields) {
            const QJsonValue v = fields.value(fd.name);
            if (v.isNull() || v.isUndefined())
                continue;
            any = true;
            Status s = journal(entity, id, QStringLiteral("create"), fd.name, QJsonValue(QJsonValue::Null), v, 0, t);
            if (!s)
                return s.error();
        }
        if (!any) {
            // A record with no values still needs its creation journaled.
            Status s = journal(entity, id, QStringLiteral("create"), QString(), QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null), 0, t);
            if (!s)
                return s.error();
        }
        Status d = refreshDerived(entity, id, fields, true);
        if (!d)
            return d.error();
        d = recordStageChange(entity, id, QJsonValue(QJsonValue::Null), fields.value(QStringLiteral("stage_id")), t);
        if (!d)
            return d.error();
        return id;
    });
}

Result<bool> RecordWriter::update(const EntityDef &entity, const QString &id, const QJsonObject &changes)
{
    Result<QJsonObject> checked = normaliseFields(entity, changes);
    if (!checked)
        return checked.error();
    const QJsonObject normalised = *checked;
    return inChangeSet<bool>(m_store, QObject::tr("Edit %1").arg(entity.name), [&]() -> Result<bool> {
        std::optional<StoredRecord> current = read(entity, id);
        if (!current)
            return StoreError::make(StoreError::Kind::NotFound, QObject::tr("No %1 with id %2").arg(entity.name, id));
        const qint64 t = m_store.now();
        QJsonObject fields = current->fields;
        QJsonObject fver = current->fieldVersions;
        QStringList sets;
        QVariantList values;
        for (auto it = normalised.begin(); it != normalised.end(); ++it) {
            const QJsonValue old = fields.value(it.key());
            if (old == it.value())
                continue;
            const qint64 base = fver.value(it.key()).toInteger(1);
            Status s = journal(entity, id, QStringLiteral("update"), it.key(), old, it.value(), base, t);
            if (!s)
                return s.error();
            fver.insert(it.key(), base + 1);
            fields.insert(it.key(), it.value());
            sets << it.key() + QStringLiteral(" = ?");
            values << toSqlValue(*entity.field(it.key()), it.value());
        }
        if (sets.isEmpty())
            return false;
        const QJsonObject derived = derivedColumns(entity, fields);
        for (auto it = derived.begin(); it != derived.end(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value().toString();
        }
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1") << QStringLiteral("fver = ?");
        values << t << QString::fromUtf8(QJsonDocument(fver).toJson(QJsonDocument::Compact));
        QSqlQuery &q = m_store.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity.table, sets.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cannot save %1: %2").arg(entity.name, q.lastError().databaseText()));
        Status d = refreshDerived(entity, id, fields, !current->deletedAt.has_value());
        if (!d)
            return d.error();
        d = recordStageChange(entity, id, current->fields.value(QStringLiteral("stage_id")), fields.value(QStringLiteral("stage_id")), t);
        if (!d)
            return d.error();
        return true;
    });
}

Status RecordWriter::setDeleted(const EntityDef &entity, const QString &id, bool deleted)
{
    return inChangeSet<Done>(m_store, deleted ? QObject::tr("Delete %1").arg(entity.name) : QObject::tr("Restore %1").arg(entity.name),
                             [&]() -> Result<Done> {
        std::optional<StoredRecord> current = read(entity, id);
        if (!current)
            return StoreError::make(StoreError::Kind::NotFound, QObject::tr("No %1 with id %2").arg(entity.name, id));
        if (current->deletedAt.has_value() == deleted)
            return Done{};
        const qint64 t = m_store.now();
        const QString field = QStringLiteral("deleted_at");
        const qint64 base = current->fieldVersions.value(field).toInteger(1);
        const QJsonValue oldValue = current->deletedAt ? QJsonValue(*current->deletedAt) : QJsonValue(QJsonValue::Null);
        const QJsonValue newValue = deleted ? QJsonValue(t) : QJsonValue(QJsonValue::Null);
        Status s = journal(entity, id, deleted ? QStringLiteral("delete") : QStringLiteral("update"), field, oldValue, newValue, base, t);
        if (!s)
            return s.error();
        QJsonObject fver = current->fieldVersions;
        fver.insert(field, base + 1);
        QSqlQuery &q = m_store.prepared(
            QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, version = version + 1, fver = ? WHERE id = ?").arg(entity.table));
        q.addBindValue(deleted ? QVariant(t) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(t);
        q.addBindValue(QString::fromUtf8(QJsonDocument(fver).toJson(QJsonDocument::Compact)));
        q.addBindValue(id);
        if (!q.exec())
            return m_store.sqlError(q, QStringLiteral("delete"));
        Status d = refreshDerived(entity, id, current->fields, !deleted);
        if (!d)
            return d.error();
        return Done{};
    });
}

Status RecordWriter::recordStageChange(const EntityDef &entity, const QString &id, const QJsonValue &from, const QJsonValue &to, qint64 at)
{
    if (entity.name != QLatin1String("opportunity") || from == to || to.isNull())
        return success();
    const ChangeSet *cs = m_store.currentChangeSet();
    if (cs && (cs->origin() == ChangeSet::Origin::Undo || cs->origin() == ChangeSet::Origin::Redo))
        return success();
    Result<QString> r = create(*entityByName(QStringLiteral("stage_change")),
                               {{QStringLiteral("opportunity_id"), id},
                                {QStringLiteral("from_stage_id"), from},
                                {QStringLiteral("to_stage_id"), to},
                                {QStringLiteral("changed_at"), at},
                                {QStringLiteral("changed_by"), m_store.localUserId()}});
    if (!r)
        return r.error();
    return success();
}

Status RecordWriter::remove(const EntityDef &entity, const QString &id)
{
    return setDeleted(entity, id, true);
}

Status RecordWriter::restore(const EntityDef &entity, const QString &id)
{
    return setDeleted(entity, id, false);
}

} // namespace rapport
