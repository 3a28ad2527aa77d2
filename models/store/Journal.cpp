#include "Journal.h"

#include "ChangeSet.h"
#include "EntitySchema.h"
#include "FieldValue.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QSet>
#include <QSqlQuery>

namespace rapport {

namespace {
const char *kEntryColumns = "seq, change_id, at, replica_id, user_id, entity, record_id, op, field, old_value, new_value, base_version";

JournalEntry entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.changeId = q.value(1).toLongLong();
    e.at = q.value(2).toLongLong();
    e.replicaId = q.value(3).toString();
    e.userId = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.recordId = q.value(6).toString();
    e.op = q.value(7).toString();
    e.field = q.value(8).toString();
    e.oldValue = decodeJournalValue(q.value(9).toString());
    e.newValue = decodeJournalValue(q.value(10).toString());
    e.baseVersion = q.value(11).toLongLong();
    return e;
}

Result<QList<JournalEntry>> runEntries(Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return store.sqlError(q, QStringLiteral("read journal"));
    QList<JournalEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}
} // namespace

Result<QList<JournalEntry>> Journal::entries(qint64 afterSeq, int limit)
{
    return runEntries(m_store, QStringLiteral("SELECT %1 FROM journal WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(kEntryColumns)),
                      {afterSeq, limit});
}

Result<QList<JournalEntry>> Journal::entriesOfChange(qint64 changeId)
{
    return runEntries(m_store, QStringLiteral("SELECT %1 FROM journal WHERE change_id = ? ORDER BY seq").arg(QLatin1String(kEntryColumns)),
                      {changeId});
}

Result<QList<JournalEntry>> Journal::entriesOfRecord(const QString &recordId)
{
    return runEntries(m_store, QStringLiteral("SELECT %1 FROM journal WHERE record_id = ? ORDER BY seq").arg(QLatin1String(kEntryColumns)),
                      {recordId});
}

std::optional<ChangeSetInfo> Journal::changeSet(qint64 id)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, at, label, origin, batch_id, reverts, reverted_by, "
                             "(SELECT count(*) FROM journal WHERE change_id = change_sets.id) FROM change_sets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ChangeSetInfo{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt()};
}

Result<QList<ChangeSetInfo>> Journal::recentChangeSets(int limit)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id FROM change_sets ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read change sets"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<ChangeSetInfo> out;
    for (qint64 id : ids)
        if (auto cs = changeSet(id))
            out << *cs;
    return out;
}

Result<qint64> Journal::entryCount(qint64 changeId)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT count(*) FROM journal WHERE change_id = ?"));
    q.addBindValue(changeId);
    if (!q.exec() || !q.next())
        return m_store.sqlError(q, QStringLiteral("count a change's journal entries"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<qint64> Journal::revert(qint64 changeId, const QString &label, const Progress &progress)
{
    const std::optional<ChangeSetInfo> info = changeSet(changeId);
    if (!info)
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("No change %1 to undo").arg(changeId));
    if (info->revertedBy)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Change %1 was already undone").arg(changeId));
    Result<QList<JournalEntry>> list = entriesOfChange(changeId);
    if (!list)
        return list.error();
    // Undoing an undo is a redo; anything else is an undo.
    const ChangeSet::Origin origin = info->origin == QLatin1String("undo") ? ChangeSet::Origin::Redo : ChangeSet::Origin::Undo;
    ChangeSet cs(m_store, label.isEmpty() ? QObject::tr("Undo %1").arg(info->label) : label, origin, {}, changeId);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot start a transaction"));
    RecordWriter writer(m_store);
    // Walk backwards so that, per record, the oldest value is written last.
    QHash<QString, QJsonObject> restoreFields; // record -> field -> old value
    QHash<QString, QString> entityOf;
    QSet<QString> created;
    QList<QString> order;
    for (auto it = list->crbegin(); it != list->crend(); ++it) {
        const JournalEntry &e = *it;
        if (!entityOf.contains(e.recordId))
            order << e.recordId;
        entityOf.insert(e.recordId, e.entity);
        if (e.op == QLatin1String("create"))
            created.insert(e.recordId);
        else if (!e.field.isEmpty())
            restoreFields[e.recordId].insert(e.field, e.oldValue);
    }
    qint64 done = 0;
    const qint64 total = order.size();
    for (const QString &id : order) {
        // The ChangeSet rolls back when this returns early: a cancel writes nothing.
        if (progress && done++ % 256 == 0 && !progress(done - 1, total))
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled; nothing was changed."));
        const EntityDef *def = entityByName(entityOf.value(id));
        if (!def)
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Unknown entity %1 in the journal").arg(entityOf.value(id)));
        if (created.contains(id)) {
            Status s = writer.remove(*def, id);
            if (!s)
                return s.error();
            continue;
        }
        QJsonObject fields = restoreFields.value(id);
        std::optional<QJsonValue> deletedAt;
        if (fields.contains(QStringLiteral("deleted_at"))) {
            deletedAt = fields.value(QStringLiteral("deleted_at"));
            fields.remove(QStringLiteral("deleted_at"));
        }
        if (!fields.isEmpty()) {
            Result<bool> r = writer.update(*def, id, fields);
            if (!r)
                return r.error();
        }
        if (deletedAt) {
            Status s = deletedAt->isNull() ? writer.restore(*def, id) : writer.remove(*def, id);
            if (!s)
                return s.error();
        }
    }
    // A revert that changes nothing (e.g. undoing an empty change) still
    // marks the original as reverted, so the undo stack moves on.
    Result<qint64> newId = cs.id();
    if (!newId)
        return newId.error();
    Status c = cs.commit();
    if (!c)
        return c.error();
    return *newId;
}

Result<ReplayedStore> Journal::replay()
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, record_id, op, field, new_value FROM journal ORDER BY seq")))
        return m_store.sqlError(q, QStringLiteral("replay journal"));
    ReplayedStore out;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString op = q.value(2).toString();
        const QString field = q.value(3).toString();
        ReplayedRecord &r = out[entity][id];
        if (field == QLatin1String("deleted_at")) {
            r.deleted = !decodeJournalValue(q.value(4).toString()).isNull();
            r.deleteJournaled = true;
            continue;
        }
        if (field.isEmpty())
            continue;
        r.fields.insert(field, decodeJournalValue(q.value(4).toString()));
    }
    return out;
}

} // namespace rapport
