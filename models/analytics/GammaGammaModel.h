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
    // A customer's likelihood depends on (x, m) only; mean spends rarely
    // repeat, but x does, and ln B(p x, q), the costly term, depends on x
    // alone. The fit evaluates each distinct (x, m) once, weighted by how
    // many customers share it, and ln B once per distinct x. Customers without
    // positive repeat spend are left out, as the likelihood leaves them out.
    class DistinctSpenders
    {
    public:
        explicit DistinctSpenders(const std::vector<CustomerRepeatPurchases> &customers);

        struct Spender
        {
            int xIndex = 0;     // into x()
            double lnMean = 0;  // ln m
            double mean = 0;    // m
            double weight = 0;  // customers with this (x, m)
        };
        const std::vector<Spender> &spenders() const { return m_spenders; }
        const std::vector<int> &x() const { return m_x; }  // distinct x, ascending
        size_t customers() const { return m_customers; }   // spenders, counted with their weights

    private:
        std::vector<Spender> m_spenders;
        std::vector<int> m_x;
        size_t m_customers = 0;
    };

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
    // The same sum over the distinct spenders: each customer's term is the
    // same number as above, only the order of the additions differs.
    double logLikelihood(const DistinctSpenders &spenders) const;
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
