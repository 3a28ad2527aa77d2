#include "LifetimeCache.h"

#include <mutex>

namespace rapport {

std::shared_ptr<const analytics::LifetimeAnalysis> LifetimeCache::get(const analytics::AnalyticsInput &input, QDate asOf)
{
    struct Entry {
        quint64 loadId = 0;
        qint64 journalSeq = -1;
        size_t purchases = 0;
        QDate asOf;
        std::shared_ptr<const analytics::LifetimeAnalysis> value;
    };
    static std::mutex mutex;
    static Entry entry;
    const std::lock_guard lock(mutex);
    // Fitted once per load: the same input (AnalyticsSource merges new orders
    // into it in place) keeps its parameters and only re-values the customers
    // when its journal position moved; a new load or another as-of date fits again.
    if (entry.value && entry.loadId == input.loadId && entry.asOf == asOf) {
        if (entry.journalSeq == input.journalSeq && entry.purchases == input.purchases.purchases.size())
            return entry.value;
        if (input.journalSeq > entry.journalSeq && input.purchases.purchases.size() >= entry.purchases) {
            entry.value = std::make_shared<const analytics::LifetimeAnalysis>(analytics::LifetimeAnalysis::revalue(*entry.value, input.purchases, asOf));
            entry.journalSeq = input.journalSeq;
            entry.purchases = input.purchases.purchases.size();
            return entry.value;
        }
    }
    entry = {input.loadId, input.journalSeq, input.purchases.purchases.size(), asOf,
             std::make_shared<const analytics::LifetimeAnalysis>(analytics::LifetimeAnalysis::compute(input.purchases, asOf))};
    return entry.value;
}

} // namespace rapport
