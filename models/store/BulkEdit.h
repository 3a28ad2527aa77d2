#pragma once
#include "StoreError.h"

#include <QStringList>
#include <QVariant>
#include <functional>

namespace rapport {

class Store;

// One change applied to many records of one entity: what a list's
// "Edit selected" does. The field is a catalogue field (owner_id, type,
// status, stage_id, …) set to `value`, or a tag added to or removed from
// the record's tags.
struct BulkChange {
    enum class Kind { SetField, AddTag, RemoveTag };
    Kind kind = Kind::SetField;
    QString field;   // SetField: the field; the tag operations use "tags"
    QVariant value;  // the new value, or the tag
    QString reason;  // an opportunity moved to a won or lost stage
};

// Called after each record with (done, total); returning false cancels.
using BulkProgress = std::function<bool(qint64 done, qint64 total)>;

// Applies `change` to every live record in `ids`, in ONE change set labelled
// `label` (one undo step), through the repositories' write path (journaled,
// validated; an opportunity's stage through moveToStage, so its probability,
// close time and stage history follow). All or nothing: an invalid value or a
// cancel rolls everything back. Returns the change set id (0 if nothing
// changed).
Result<qint64> applyBulkChange(Store &store, const QString &entity, const QStringList &ids, const BulkChange &change,
                               const QString &label, const BulkProgress &progress = {});

// Soft-deletes every record in `ids`, in one change set; undo restores them all.
Result<qint64> deleteRecords(Store &store, const QString &entity, const QStringList &ids, const QString &label,
                             const BulkProgress &progress = {});

} // namespace rapport
