#pragma once

#include "analytics/BgNbdModel.h"
#include "analytics/CustomerLifetimeValue.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/ModelFit.h"
#include "analytics/RepeatPurchaseSummary.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

struct LifetimeSettings
{
    int horizonWeeks = 52;
    double annualDiscountRate = 0.10;
};

// Both lifetime models fitted on a purchase history as of a date, and every
// customer's expected purchases, probability alive, CLV and value at risk.
// A fit that did not converge still values customers at its best point (and
// says so); a fit that could not be made values nobody.
struct LifetimeAnalysis
{
    RepeatPurchaseSummary summary;
    ModelFit<BgNbdModel> purchases;
    ModelFit<GammaGammaModel> spend;
    std::vector<CustomerLifetime> values;   // one per summary customer, same order
    LifetimeSettings settings;

    // Blocks until done, but uses the machine's other cores meanwhile: the
    // Gamma-Gamma fit runs beside BG/NBD's, and the customers are valued on
    // several threads (about 1 s for 100k customers on two cores).
    static LifetimeAnalysis compute(const PurchaseHistory &history, QDate asOf, LifetimeSettings settings = {});

    // The customers valued again on a changed history with the parameters
    // `fitted` found (no new fit): after a few new orders the parameters of
    // the whole base do not move, but the buyers' own figures do.
    static LifetimeAnalysis revalue(const LifetimeAnalysis &fitted, const PurchaseHistory &history, QDate asOf);
};

} // namespace rapport::analytics
