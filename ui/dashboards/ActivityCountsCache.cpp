#include "ActivityCountsCache.h"

#include "analytics/AnalyticsInputLoader.h"

#include <mutex>

namespace rapport {

Result<std::shared_ptr<const std::vector<analytics::ActivityCount>>> ActivityCountsCache::get(Store &store, const analytics::AnalyticsInput &input,
                                                                                               QDate from, QDate to)
{
    struct Entry {
        quint64 loadId = 0;
        QDate from, to;
        std::shared_ptr<const std::vector<analytics::ActivityCount>> counts;
    };
    static std::mutex mutex;
    static Entry entry;
    const std::lock_guard lock(mutex);
    if (entry.counts && entry.loadId == input.loadId && entry.from == from && entry.to == to)
        return entry.counts;
    Result<std::vector<analytics::ActivityCount>> counts = analytics::AnalyticsInputLoader::activityCounts(store, input, from, to);
    if (!counts)
        return counts.error();
    entry = {input.loadId, from, to, std::make_shared<const std::vector<analytics::ActivityCount>>(std::move(counts.value()))};
    return entry.counts;
}

} // namespace rapport
