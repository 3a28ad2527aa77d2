#include "analytics/LifetimeAnalysis.h"

namespace rapport::analytics {

LifetimeAnalysis LifetimeAnalysis::compute(const PurchaseHistory &history, QDate asOf, LifetimeSettings settings)
{
    LifetimeAnalysis out;
    out.settings = settings;
    out.summary = RepeatPurchaseSummary::summarise(history, asOf);
    out.purchases = BgNbdModel::fit(out.summary.customers());
    out.spend = GammaGammaModel::fit(out.summary.customers());
    if (out.purchases.model && out.spend.model)
        out.values = CustomerLifetimeValue(*out.purchases.model, *out.spend.model, settings.horizonWeeks, settings.annualDiscountRate)
                         .valueAll(out.summary);
    return out;
}

} // namespace rapport::analytics
