#include "LifetimeCache.h"

#include <mutex>

namespace rapport {

namespace {

struct Entry {
    quint64 loadId = 0;
    qint64 journalSeq = -1;
    size_t purchases = 0;
    QDate asOf;
    std::shared_ptr<const analytics::LifetimeAnalysis> value;
};

struct Seed {
    quint64 loadId = 0;
    std::optional<analytics::SavedLifetimeFit> fit;
};

std::mutex mutex;
Entry entry;
Seed seeded;

} // namespace

std::shared_ptr<const analytics::LifetimeAnalysis> LifetimeCache::get(const analytics::AnalyticsInput &input, QDate asOf)
{
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
    // A restored input's saved fit for this date: the same parameters a fit
    // would find (it was made on this input, or on it before the orders merged
    // since, as the running app would have kept it), without the fit.
    if (seeded.fit && seeded.loadId == input.loadId && seeded.fit->asOf == asOf) {
        entry = {input.loadId, input.journalSeq, input.purchases.purchases.size(), asOf,
                 std::make_shared<const analytics::LifetimeAnalysis>(analytics::LifetimeAnalysis::withFits(
                     seeded.fit->purchases, seeded.fit->spend, input.purchases, asOf, seeded.fit->settings))};
        return entry.value;
    }
    entry = {input.loadId, input.journalSeq, input.purchases.purchases.size(), asOf,
             std::make_shared<const analytics::LifetimeAnalysis>(analytics::LifetimeAnalysis::compute(input.purchases, asOf))};
    return entry.value;
}

std::optional<analytics::SavedLifetimeFit> LifetimeCache::saved(const analytics::AnalyticsInput &input)
{
    const std::lock_guard lock(mutex);
    if (entry.value && entry.loadId == input.loadId)
        return analytics::SavedLifetimeFit{entry.asOf, entry.value->settings, entry.value->purchases, entry.value->spend};
    if (seeded.fit && seeded.loadId == input.loadId)
        return seeded.fit;
    return std::nullopt;
}

void LifetimeCache::seed(const analytics::AnalyticsInput &input, const analytics::SavedLifetimeFit &fit)
{
    const std::lock_guard lock(mutex);
    seeded = {input.loadId, fit};
}

} // namespace rapport
