#pragma once

#include "analytics/LifetimeFitCache.h"

namespace rapport {

// The one lifetime fit cache the dashboards share (analytics::LifetimeFitCache):
// the Churn page fits once per load and date, AnalyticsSource saves and seeds it.
class LifetimeCache {
public:
    static analytics::LifetimeFitCache &instance();
    static std::shared_ptr<const analytics::LifetimeAnalysis> get(const analytics::AnalyticsInput &input, QDate asOf)
    {
        return instance().get(input, asOf);
    }
};

} // namespace rapport
