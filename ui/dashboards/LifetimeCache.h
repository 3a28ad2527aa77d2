#pragma once

#include "analytics/AnalyticsInput.h"
#include "analytics/AnalyticsSnapshot.h"
#include "analytics/LifetimeAnalysis.h"

#include <memory>
#include <optional>

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

    // The fit kept for `input`, to save with it (AnalyticsSnapshot).
    static std::optional<analytics::SavedLifetimeFit> saved(const analytics::AnalyticsInput &input);
    // A fit saved with a restored input: get() for its as-of date then values
    // the customers with it instead of fitting again.
    static void seed(const analytics::AnalyticsInput &input, const analytics::SavedLifetimeFit &fit);
};

} // namespace rapport
