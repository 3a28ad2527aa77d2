#pragma once
#include "EntitySchema.h"
#include "StoreError.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// A record as stored: its fields plus the metadata every record carries.
struct StoredRecord {
    QString id;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> deletedAt;
    qint64 version = 1;
    QJsonObject fieldVersions; // field -> version; absent means 1
    QJsonObject fields;
};

// The one write path for records. Every create, field edit, delete and restore
// goes through here and, in the same transaction: writes the row, appends one
// journal entry per changed field, updates the search index and the derived
// link tables. Repositories, undo, import and (later) sync all call it, so the
// journal can never miss a change made through the application.
class RecordWriter {
public:
    explicit RecordWriter(Store &store) : m_store(store) {}

    // Creates a record; id may be given (import, undo) or is generated.
    Result<QString> create(const EntityDef &entity, const QJsonObject &fields, const QString &id = {});
    // Applies the fields in `changes` that differ from the stored values;
    // returns whether anything changed. Unknown fields are an error.
    Result<bool> update(const EntityDef &entity, const QString &id, const QJsonObject &changes);
    // Soft delete: the row stays (sync needs the tombstone), hidden everywhere.
    Status remove(const EntityDef &entity, const QString &id);
    Status restore(const EntityDef &entity, const QString &id);

    std::optional<StoredRecord> read(const EntityDef &entity, const QString &id);

    // Checks every field against the entity's catalogue and returns them
    // normalised (empty text and lists as null, integers as 64-bit).
    static Result<QJsonObject> normaliseFields(const EntityDef &entity, const QJsonObject &fields);
    // The row exactly as given (meta columns included) plus its derived
    // columns; no journal. create() and backup restore both write through it.
    Status insertRow(const EntityDef &entity, const StoredRecord &record);
    // Search document and link tables of a record, after any write to it.
    Status refreshDerived(const EntityDef &entity, const QString &id, const QJsonObject &fields, bool live);

private:
    Status journal(const EntityDef &entity, const QString &id, const QString &op, const QString &field, const QJsonValue &oldValue,
                   const QJsonValue &newValue, qint64 baseVersion, qint64 at);
    Status setDeleted(const EntityDef &entity, const QString &id, bool deleted);
    // An opportunity's stage history: every change of stage_id made by a user
    // or an import is kept as a stage_change record (funnel and days-to-close
    // read it). Undo and redo do not add one: they delete or restore the
    // record of the move they turn around.
    Status recordStageChange(const EntityDef &entity, const QString &id, const QJsonValue &from, const QJsonValue &to, qint64 at);

    Store &m_store;
};

} // namespace rapport
