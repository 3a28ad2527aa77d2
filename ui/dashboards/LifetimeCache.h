#pragma once
#include "analytics/AnalyticsInput.h"
#include "analytics/LifetimeAnalysis.h"

#include <memory>

namespace rapport {

// The lifetime models fitted on the whole customer base, kept for the input
// and as-of date they were fitted on: the fit is the same for every filter (an
// owner's customers are valued with the base's parameters), so changing a
// filter or opening the page again reuses it, and new orders merged into the
// input re-value the customers with the same parameters.
// Called on the analytics worker only; thread-safe anyway.
class LifetimeCache {
public:
    static std::shared_ptr<const analytics::LifetimeAnalysis> get(const analytics::AnalyticsInput &input, QDate asOf);
};

} // namespace rapport
