#pragma once
#include "analytics/AnalyticsInput.h"
#include "store/StoreError.h"

#include <QDate>

#include <memory>
#include <vector>

namespace rapport {

class Store;

// The done activities per customer and kind of a period (the Value page's
// cost to serve), read from the store once per load and period: any change to
// activities makes AnalyticsSource load afresh (a new loadId), so the counts
// of a load stay true for it, and changing the owner or segment filter, or a
// new order, reuses them (the read is ~0.3 s on a 100k store).
// Called on the analytics worker only; thread-safe anyway.
class ActivityCountsCache {
public:
    static Result<std::shared_ptr<const std::vector<analytics::ActivityCount>>> get(Store &store, const analytics::AnalyticsInput &input,
                                                                                      QDate from, QDate to);
};

} // namespace rapport
