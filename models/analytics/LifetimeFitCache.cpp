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
    m_value = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::compute(input.purchases, asOf));
    m_loadId = input.loadId;
    m_journalSeq = input.journalSeq;
    m_purchases = purchases;
    m_asOf = asOf;
    return m_value;
}

std::shared_ptr<const LifetimeAnalysis> LifetimeFitCache::saved(const AnalyticsInput &input) const
{
    const std::lock_guard lock(m_mutex);
    return m_value && m_loadId == input.loadId ? m_value : nullptr;
}

void LifetimeFitCache::seed(const AnalyticsInput &input, LifetimeAnalysis kept)
{
    const std::lock_guard lock(m_mutex);
    // Kept for the input as it was saved, not as it is after the journal's
    // orders were merged: the first get() for its date re-summarises (cheap)
    // and values again only the customers whose summary differs.
    m_loadId = input.loadId;
    m_journalSeq = -1;
    m_purchases = 0;
    m_asOf = kept.summary.asOf();
    m_value = std::make_shared<const LifetimeAnalysis>(std::move(kept));
}

} // namespace rapport::analytics
