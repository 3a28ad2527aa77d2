#pragma once

#include "analytics/ModelFit.h"
#include "analytics/RepeatPurchaseSummary.h"

#include <QString>

#include <vector>

namespace rapport::analytics {

// The beta-geometric/negative-binomial distribution model of repeat buying
// (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"). While
// alive a customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha);
// after each purchase they drop out with probability p ~ Beta(a, b). Time is
// in the unit of the summary: weeks.
struct BgNbdParameters
{
    double r = 1;
    double alpha = 1;
    double a = 1;
    double b = 1;
};

class BgNbdModel
{
public:
    // The likelihood of a customer depends on (x, t_x, T) only, and t_x and T
    // are whole days over 7, so tens of thousands of customers have a few
    // thousand distinct histories (every one-time buyer who first bought on
    // the same day has the same one). The fit evaluates each distinct history
    // once, weighted by how many customers share it, and everything that
    // depends on x alone (the lngamma and lnbeta terms) once per distinct x.
    class DistinctHistories
    {
    public:
        explicit DistinctHistories(const std::vector<CustomerRepeatPurchases> &customers);

        struct History
        {
            int xIndex = 0;     // into x()
            int txIndex = 0;    // into tx()
            int TIndex = 0;     // into T()
            double weight = 0;  // customers with this history
        };
        const std::vector<History> &histories() const { return m_histories; }
        const std::vector<int> &x() const { return m_x; }      // distinct x, ascending
        const std::vector<double> &tx() const { return m_tx; } // distinct t_x, ascending
        const std::vector<double> &T() const { return m_T; }   // distinct T, ascending
        size_t customers() const { return m_customers; }

    private:
        std::vector<History> m_histories;
        std::vector<int> m_x;
        std::vector<double> m_tx;
        std::vector<double> m_T;
        size_t m_customers = 0;
    };

    explicit BgNbdModel(BgNbdParameters parameters);

    const BgNbdParameters &parameters() const { return m_p; }

    // Maximum likelihood over the summarised customers. Refuses (no model,
    // error text) when nobody bought twice: without repeat purchases the
    // dropout and rate parameters are not identified.
    static ModelFit<BgNbdModel> fit(const std::vector<CustomerRepeatPurchases> &customers);

    // FHL (2005) equation 6, summed over customers.
    double logLikelihood(const std::vector<CustomerRepeatPurchases> &customers) const;
    // The same sum over the distinct histories: each customer's term is the
    // same number as above, only the order of the additions differs.
    double logLikelihood(const DistinctHistories &histories) const;
    double logLikelihood(int x, double tx, double T) const;

    // The functions below return NaN only when GSL cannot evaluate a special
    // function there, and then say why in *error when it is given.

    // E[X(t)]: expected purchases of a new customer in their first t weeks
    // (FHL equation 7).
    double expectedTransactions(double t, QString *error = nullptr) const;
    // E[Y(t) | x, tx, T]: expected purchases in the t weeks after the end of
    // the calibration period by a customer with that history (equation 10).
    double conditionalExpectedTransactions(double t, int x, double tx, double T, QString *error = nullptr) const;
    // P(alive | x, tx, T) at the end of the calibration period.
    double probabilityAlive(int x, double tx, double T) const;
    // P(X(t) = n) for a new customer (equation 8).
    double probabilityOfTransactions(int n, double t, QString *error = nullptr) const;

private:
    BgNbdParameters m_p;
};

} // namespace rapport::analytics
