#pragma once
#include <functional>
#include "StoreError.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

struct JournalEntry {
    qint64 seq = 0;
    qint64 changeId = 0;
    qint64 at = 0;
    QString replicaId;
    QString userId;
    QString entity;
    QString recordId;
    QString op; // create | update | delete
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    qint64 baseVersion = 0;
};

struct ChangeSetInfo {
    qint64 id = 0;
    qint64 at = 0;
    QString label;
    QString origin;
    QString batchId;
    qint64 reverts = 0;
    qint64 revertedBy = 0;
    int entries = 0;
};

// A record as the journal alone describes it.
struct ReplayedRecord {
    QJsonObject fields;
    bool deleted = false;
    bool deleteJournaled = false; // the journal saw a delete or restore
};
using ReplayedStore = QHash<QString, QHash<QString, ReplayedRecord>>; // entity -> id -> record

// Reads the change journal and turns change sets around. Undo and redo are new
// change sets that write the inverse values through RecordWriter, so they are
// journaled (and will sync) like any edit.
class Journal {
public:
    explicit Journal(Store &store) : m_store(store) {}

    Result<QList<JournalEntry>> entries(qint64 afterSeq = 0, int limit = -1);
    Result<QList<JournalEntry>> entriesOfChange(qint64 changeId);
    Result<QList<JournalEntry>> entriesOfRecord(const QString &recordId);
    std::optional<ChangeSetInfo> changeSet(qint64 id);
    // Newest change sets first.
    Result<QList<ChangeSetInfo>> recentChangeSets(int limit);

    // Called now and then during a revert with the records done and their
    // total; returning false cancels it (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Writes the inverse of a change set as a new change set, marking the
    // original reverted. Returns the new change set's id.
    Result<qint64> revert(qint64 changeId, const QString &label = {}, const Progress &progress = {});
    // The number of journal entries (changed fields) of a change set: how
    // long a revert of it will take.
    Result<qint64> entryCount(qint64 changeId);

    // The data the journal describes, replayed from the first entry.
    Result<ReplayedStore> replay();

private:
    Store &m_store;
};

} // namespace rapport
