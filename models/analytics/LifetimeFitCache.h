#pragma once

#include "analytics/AnalyticsInput.h"
#include "analytics/AnalyticsSnapshot.h"
#include "analytics/LifetimeAnalysis.h"

#include <QDate>

#include <memory>
#include <mutex>
#include <optional>

namespace rapport::analytics {

// The lifetime models fitted on the whole customer base, kept for the input
// (AnalyticsInput::loadId) and as-of date they were fitted on: the fit is the
// same for every filter (an owner's customers are valued with the base's
// parameters), so changing a filter or opening the page again reuses it, and
// new orders merged into the same input re-value the customers with the same
// parameters. The dashboards share one (ui/dashboards/LifetimeCache); the
// benchmark has its own. Thread-safe.
class LifetimeFitCache
{
public:
    std::shared_ptr<const LifetimeAnalysis> get(const AnalyticsInput &input, QDate asOf);

    // What is kept for `input`, to save with it (AnalyticsSnapshot); null if none.
    std::shared_ptr<const LifetimeAnalysis> saved(const AnalyticsInput &input) const;
    // What was saved with a restored input: get() for its as-of date then
    // neither fits nor values again (only customers whose purchases changed
    // since are valued again, with its parameters).
    void seed(const AnalyticsInput &input, LifetimeAnalysis kept);

private:
    mutable std::mutex m_mutex;
    quint64 m_loadId = 0;
    qint64 m_journalSeq = -1;
    size_t m_purchases = 0;
    QDate m_asOf;
    std::shared_ptr<const LifetimeAnalysis> m_value;
};

} // namespace rapport::analytics
