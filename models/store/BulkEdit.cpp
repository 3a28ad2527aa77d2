#include "BulkEdit.h"

#include "ChangeSet.h"
#include "EntitySchema.h"
#include "FieldValue.h"
#include "OpportunityRepository.h"
#include "RecordWriter.h"

#include <QJsonArray>

namespace rapport {

namespace {

StoreError cancelled()
{
    return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled."));
}

} // namespace

Result<qint64> applyBulkChange(Store &store, const QString &entity, const QStringList &ids, const BulkChange &change,
                               const QString &label, const BulkProgress &progress)
{
    const EntityDef *def = entityByName(entity);
    if (!def)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("There is no record type \"%1\".").arg(entity));
    const QString field = change.kind == BulkChange::Kind::SetField ? change.field : QStringLiteral("tags");
    if (!def->field(field))
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("A %1 has no field \"%2\".").arg(entity, field));
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    RecordWriter writer(store);
    OpportunityRepository opportunities(store);
    bool changedAny = false;
    qint64 done = 0;
    for (const QString &id : ids) {
        if (progress && !progress(done, ids.size()))
            return cancelled();
        ++done;
        Result<bool> changed = false;
        if (entity == QLatin1String("opportunity") && field == QLatin1String("stage_id")) {
            changed = opportunities.moveToStage(id, change.value.toString(), change.reason);
        } else if (change.kind == BulkChange::Kind::SetField) {
            changed = writer.update(*def, id, QJsonObject{{field, QJsonValue::fromVariant(change.value)}});
        } else {
            const std::optional<StoredRecord> r = writer.read(*def, id);
            if (!r || r->deletedAt)
                continue;
            QStringList tags;
            for (const QJsonValue &t : r->fields.value(QStringLiteral("tags")).toArray())
                tags << t.toString();
            const QString tag = change.value.toString().trimmed();
            if (change.kind == BulkChange::Kind::AddTag && !tags.contains(tag))
                tags << tag;
            else if (change.kind == BulkChange::Kind::RemoveTag)
                tags.removeAll(tag);
            else
                continue;
            changed = writer.update(*def, id, QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
        }
        if (!changed.ok())
            return StoreError::make(changed.error().kind, QObject::tr("%1 (record %2 of %3)").arg(changed.error().message).arg(done).arg(ids.size()));
        changedAny = changedAny || *changed;
    }
    if (progress)
        progress(done, ids.size());
    if (!changedAny)
        return qint64(0);
    const Result<qint64> id = cs.id();
    if (!id.ok())
        return id;
    if (Status s = cs.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> deleteRecords(Store &store, const QString &entity, const QStringList &ids, const QString &label, const BulkProgress &progress)
{
    const EntityDef *def = entityByName(entity);
    if (!def)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("There is no record type \"%1\".").arg(entity));
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    RecordWriter writer(store);
    qint64 done = 0;
    for (const QString &id : ids) {
        if (progress && !progress(done, ids.size()))
            return cancelled();
        ++done;
        if (Status s = writer.remove(*def, id); !s)
            return StoreError::make(s.error().kind, QObject::tr("%1 (record %2 of %3)").arg(s.error().message).arg(done).arg(ids.size()));
    }
    if (ids.isEmpty())
        return qint64(0);
    const Result<qint64> id = cs.id();
    if (!id.ok())
        return id;
    if (Status s = cs.commit(); !s)
        return s.error();
    return id;
}

} // namespace rapport
