#pragma once
#include "RecordWriter.h"

#include <QStringList>
#include <functional>
#include <utility>

namespace rapport {

// What every typed repository does with the records of its entity, apart from
// converting its struct: reading live records, checking that references point
// at live records, and running each write with its checks in one change set
// (so a check and the write it guards cannot be split by another writer, and a
// failed check leaves no trace). Every write goes through RecordWriter.
class RecordRepository {
public:
    // A check that needs the store; `stored` holds the record's fields before
    // the write (empty for a create). Runs inside the write's transaction.
    using Check = std::function<Status(const QJsonObject &stored)>;

    RecordRepository(Store &store, const EntityDef &entity) : m_store(store), m_entity(entity) {}

    Store &store() const { return m_store; }
    const EntityDef &entity() const { return m_entity; }

    // The record unless it does not exist or was deleted.
    std::optional<StoredRecord> readLive(const QString &id) const;
    // An empty owner_id is dropped: the writer makes the local user the owner
    // of a new record, and an edit leaves the owner as it was.
    Result<QString> create(QJsonObject fields, const QString &id = {}, const Check &check = {});
    // Saves the fields that differ from the stored ones; true if any did.
    // A deleted record is not found: restore it first.
    Result<bool> update(const QString &id, QJsonObject changes, const Check &check = {});
    Status remove(const QString &id);

    // Ids of the live records whose `field` is `value`, sorted by `orderBy`
    // (a column list written in code, never input).
    Result<QStringList> liveIdsWhere(const QString &field, const QString &value, const QString &orderBy = QStringLiteral("id"));

    // Makes `children` (id, fields; an empty id is a new record) the live
    // records of this entity whose `parentField` is `parentId`: updates the
    // listed ones, creates the new ones and removes the others. Returns the
    // ids in the given order. Call inside the parent's change set.
    Result<QStringList> writeChildren(const QString &parentField, const QString &parentId,
                                      const QList<std::pair<QString, QJsonObject>> &children);

    // Every reference in `fields` that is set and differs from `stored` must
    // name a live record; the error says which and why, in words.
    Status checkReferences(const QJsonObject &fields, const QJsonObject &stored) const;
    Status requireLive(const QString &entityName, const QString &id) const;

    // "account", "contact", … in the user's language.
    static QString noun(const QString &entityName);
    // "a, b or c": the allowed values in a validation message.
    static QString alternatives(const QStringList &values);
    static StoreError invalid(const QString &message) { return StoreError::make(StoreError::Kind::Invalid, message); }
    static StoreError notStarted() { return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot start a transaction")); }

private:
    Store &m_store;
    const EntityDef &m_entity;
};

} // namespace rapport
