#pragma once
#include "StoreError.h"

#include <QIODevice>
#include <functional>

namespace rapport {

class Store;

// The backup format: a header line, then every record (tombstones included),
// one JSON object a line, entities in dependency order and records by id, keys
// sorted. The same store always gives the same bytes, and importing a backup
// into an empty store restores it exactly (ids, times, versions, field
// versions), so exporting again gives identical bytes. The journal is not part
// of a backup: it is this device's history of changes, not data.
class JsonlExporter {
public:
    explicit JsonlExporter(Store &store) : m_store(store) {}
    Status write(QIODevice &out, const std::function<bool(qint64 records)> &progress = {});

private:
    Store &m_store;
};

class JsonlImporter {
public:
    explicit JsonlImporter(Store &store) : m_store(store) {}
    // All or nothing, in one transaction: any bad line aborts the import with
    // its line number and leaves the store as it was.
    Status read(QIODevice &in, const std::function<bool(qint64 lines)> &progress = {});

private:
    Store &m_store;
};

} // namespace rapport
