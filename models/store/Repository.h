#pragma once
#include "ChangeSet.h"
#include "RecordRepository.h"

#include <optional>

namespace rapport {

// create/get/update/remove of one entity, written once for all typed
// repositories. `Derived` supplies, as statics, the entity's catalogue entry and
// its struct's conversions and store-free validation:
//   static const EntityDef &entity();
//   static QJsonObject toFields(const T &);
//   static T fromFields(const QString &id, const QJsonObject &fields);
//   static QString validate(const T &); // empty when valid, else the problem in words
// and may override checkInStore() for rules that need to read the store.
template <typename Derived, typename T>
class Repository {
public:
    Result<QString> create(const T &value)
    {
        if (const QString problem = Derived::validate(value); !problem.isEmpty())
            return RecordRepository::invalid(problem);
        return m_records.create(Derived::toFields(value), value.id, [&](const QJsonObject &stored) { return checkInStore(value, stored); });
    }

    std::optional<T> get(const QString &id)
    {
        const std::optional<StoredRecord> r = m_records.readLive(id);
        if (!r)
            return std::nullopt;
        return Derived::fromFields(id, r->fields);
    }

    // Saves the fields that differ from the stored record; true if any did.
    Result<bool> update(const T &value)
    {
        if (const QString problem = Derived::validate(value); !problem.isEmpty())
            return RecordRepository::invalid(problem);
        return m_records.update(value.id, Derived::toFields(value), [&](const QJsonObject &stored) { return checkInStore(value, stored); });
    }

    // What an editor's Save does: creates the record when it has no id yet,
    // else saves its changed fields, in one change set named `label` (the
    // undo menu's text). Returns the record's id.
    Result<QString> save(const T &value, const QString &label)
    {
        ChangeSet cs(store(), label);
        if (!cs.isActive())
            return RecordRepository::notStarted();
        QString id = value.id;
        if (id.isEmpty()) {
            Result<QString> created = create(value);
            if (!created)
                return created;
            id = *created;
        } else if (Result<bool> updated = update(value); !updated) {
            return updated.error();
        }
        if (Status c = cs.commit(); !c)
            return c.error();
        return id;
    }

    // Soft delete: hidden from get() and every list; undo restores it.
    Status remove(const QString &id) { return m_records.remove(id); }

protected:
    explicit Repository(Store &store) : m_records(store, Derived::entity()) {}
    virtual ~Repository() = default;
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    // Rules that read the store (duplicates, records in other tables); runs in
    // the write's transaction after the references were checked. `stored` is
    // the record before the edit, empty for a create.
    virtual Status checkInStore(const T &, const QJsonObject &) { return success(); }

    Store &store() const { return m_records.store(); }

    // Reads the record, lets `edit` change it (or refuse with an error) and
    // saves it, all in one change set: the convenience operations
    // (complete, moveToStage, resolve, …) are read-modify-writes that another
    // writer must not split.
    template <typename Edit>
    Result<bool> modify(const QString &id, const QString &label, Edit edit)
    {
        ChangeSet cs(store(), label);
        if (!cs.isActive())
            return RecordRepository::notStarted();
        std::optional<T> value = get(id);
        if (!value)
            return StoreError::make(StoreError::Kind::NotFound, QObject::tr("There is no %1 with the id \"%2\".")
                                                                    .arg(RecordRepository::noun(Derived::entity().name), id));
        if (Status s = edit(*value); !s)
            return s.error();
        Result<bool> changed = update(*value);
        if (!changed)
            return changed;
        if (Status c = cs.commit(); !c)
            return c.error();
        return changed;
    }

    RecordRepository m_records;
};

} // namespace rapport
