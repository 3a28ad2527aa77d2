#include "LifetimeFitCache.h"

namespace rapport::analytics {

std::shared_ptr<const LifetimeAnalysis> LifetimeFitCache::get(const AnalyticsInput &input, QDate asOf)
{
    const std::lock_guard lock(m_mutex);
    const size_t purchases = input.purchases.purchases.size();
    if (m_value && m_loadId == input.loadId && m_asOf == asOf) {
        if (m_journalSeq == input.journalSeq && m_purchases == purchases)
            return m_value;
        // Orders merged into the same input since: same parameters, the
        // customers whose summary changed valued again.
        if (input.journalSeq > m_journalSeq && purchases >= m_purchases) {
            m_value = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::revalue(*m_value, input.purchases, asOf));
            m_journalSeq = input.journalSeq;
            m_purchases = purchases;
            return m_value;
        }
    }
    // A restored input's saved fit for this date: the parameters the running
    // app had (fitted on this input, or on it before the orders merged since),
    // without fitting again.
    if (m_seed && m_seedLoadId == input.loadId && m_seed->asOf == asOf)
        m_value = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::withFits(m_seed->purchases, m_seed->spend, input.purchases, asOf, m_seed->settings));
    else
        m_value = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::compute(input.purchases, asOf));
    m_loadId = input.loadId;
    m_journalSeq = input.journalSeq;
    m_purchases = purchases;
    m_asOf = asOf;
    return m_value;
}

std::optional<SavedLifetimeFit> LifetimeFitCache::saved(const AnalyticsInput &input) const
{
    const std::lock_guard lock(m_mutex);
    if (m_value && m_loadId == input.loadId)
        return SavedLifetimeFit{m_asOf, m_value->settings, m_value->purchases, m_value->spend};
    if (m_seed && m_seedLoadId == input.loadId)
        return m_seed;
    return std::nullopt;
}

void LifetimeFitCache::seed(const AnalyticsInput &input, const SavedLifetimeFit &fit)
{
    const std::lock_guard lock(m_mutex);
    m_seedLoadId = input.loadId;
    m_seed = fit;
}

} // namespace rapport::analytics
