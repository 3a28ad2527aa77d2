#pragma once
#include "store/StoreError.h"

#include <QString>
#include <functional>

namespace rapport {

class Store;

struct GeneratorOptions {
    int accounts = 1000;
    quint64 seed = 1;
    qint64 nowMillis = 1793491200000; // the "as of" time: 2026-11-01T00:00:00Z
};

// Fills a store with a realistic, deterministic demo data set: a coffee
// equipment and supplies wholesaler with customers in Europe, North America,
// mainland China, Taiwan and Hong Kong. Per N accounts: ~3N contacts, ~20N
// activities, N/2 opportunities with their stage histories, N/5 cases, ~10N
// orders over the four years before nowMillis with their lines, ~100
// products, campaigns (200 per 100k accounts, at least 3) with their
// members, and the sales team that owns it all.
//
// The same options give the same data, ids included: all randomness comes
// from the seed and all times from nowMillis. Records are written without
// journal entries (see BulkWriter), in one transaction: a failure or a
// cancelled run leaves the store as it was.
class DataGenerator {
public:
    // phase: what is being written; done/total: progress within it.
    // Returning false cancels: the run rolls back and fails with "cancelled".
    using Progress = std::function<bool(const QString &phase, qint64 done, qint64 total)>;

    Status run(Store &store, const GeneratorOptions &options, const Progress &progress = {});
};

} // namespace rapport
