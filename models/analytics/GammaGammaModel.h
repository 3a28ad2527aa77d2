#pragma once

#include "analytics/ModelFit.h"
#include "analytics/RepeatPurchaseSummary.h"

#include <vector>

namespace rapport::analytics {

// The Gamma-Gamma model of monetary value (Fader & Hardie 2013, "The
// Gamma-Gamma Model of Monetary Value"; Colombo & Jiang 1999). Transaction
// values of a customer are Gamma(p, nu) around their mean p/nu, and nu varies
// across customers as Gamma(q, gamma). It assumes spend is independent of the
// purchase process, so it pairs with BG/NBD for lifetime value.
struct GammaGammaParameters
{
    double p = 1;
    double q = 1;
    double gamma = 1;
};

class GammaGammaModel
{
public:
    explicit GammaGammaModel(GammaGammaParameters parameters);

    const GammaGammaParameters &parameters() const { return m_p; }

    // Maximum likelihood on the customers with positive repeat spend
    // (spendCount > 0, meanRepeatSpend > 0); the rest carry no information
    // about spend. Refuses when there are none.
    static ModelFit<GammaGammaModel> fit(const std::vector<CustomerRepeatPurchases> &customers);

    // Sum over customers with x > 0 of
    //   q ln(gamma) + (p x - 1) ln(m) + p x ln(x) - (p x + q) ln(gamma + m x) - ln B(p x, q),
    // the density of the mean m of x transactions; this is the form whose
    // values are published (CLVTools' gg_LL, LL = -4055.92 on CDNOW).
    // Uses spendCount as x and meanRepeatSpend as m.
    double logLikelihood(const std::vector<CustomerRepeatPurchases> &customers) const;
    double logLikelihood(int x, double meanSpend) const;

    // E[M | m, x]: the posterior mean transaction value, a weighted average of
    // the population mean and the customer's own mean. Customers with x = 0
    // get the population mean p gamma / (q - 1), which is infinite when q <= 1.
    double conditionalExpectedSpend(int x, double meanSpend) const;
    double populationMeanSpend() const;

private:
    GammaGammaParameters m_p;
};

} // namespace rapport::analytics
