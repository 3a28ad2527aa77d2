#include "analytics/GammaGammaModel.h"

#include "analytics/GslStatusPolicy.h"
#include "analytics/LogScaleMinimizer.h"

#include <gsl/gsl_sf_gamma.h>

#include <cmath>
#include <limits>

namespace rapport::analytics {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

GammaGammaModel::GammaGammaModel(GammaGammaParameters parameters)
    : m_p(parameters)
{
    useGslStatusCodes();
}

double GammaGammaModel::logLikelihood(int x, double m) const
{
    const double p = m_p.p, q = m_p.q, g = m_p.gamma;
    if (!(p > 0 && q > 0 && g > 0) || x <= 0 || !(m > 0))
        return kNaN;
    gsl_sf_result lnBeta;
    if (gsl_sf_lnbeta_e(p * x, q, &lnBeta))
        return kNaN;
    return q * std::log(g) + (p * x - 1) * std::log(m) + p * x * std::log(x) - (p * x + q) * std::log(g + m * x) - lnBeta.val;
}

double GammaGammaModel::logLikelihood(const std::vector<CustomerRepeatPurchases> &customers) const
{
    double sum = 0;
    for (const auto &c : customers) {
        if (c.spendCount > 0 && c.meanRepeatSpend > 0)
            sum += logLikelihood(c.spendCount, c.meanRepeatSpend);
    }
    return sum;
}

ModelFit<GammaGammaModel> GammaGammaModel::fit(const std::vector<CustomerRepeatPurchases> &customers)
{
    ModelFit<GammaGammaModel> result;
    std::vector<CustomerRepeatPurchases> spenders;
    for (const auto &c : customers) {
        if (c.spendCount > 0 && c.meanRepeatSpend > 0)
            spenders.push_back(c);
    }
    if (spenders.empty()) {
        result.error = QStringLiteral("Gamma-Gamma cannot be fitted: no customer has a repeat transaction with positive value");
        return result;
    }
    LogScaleMinimizer minimizer([&spenders](const std::vector<double> &v) {
        return -GammaGammaModel({v[0], v[1], v[2]}).logLikelihood(spenders);
    });
    const LogScaleMinimizer::Outcome outcome = minimizer.minimise({1.0, 1.0, 1.0});
    result.iterations = outcome.iterations;
    result.converged = outcome.converged;
    result.error = outcome.error;
    if (outcome.parameters.size() == 3) {
        result.model = GammaGammaModel({outcome.parameters[0], outcome.parameters[1], outcome.parameters[2]});
        result.logLikelihood = -outcome.minimum;
        // The population mean p gamma / (q - 1) exists only for q > 1; a fit
        // below that would give every new customer infinite value.
        if (result.error.isEmpty() && !(outcome.parameters[1] > 1))
            result.error = QStringLiteral("Gamma-Gamma fit has q = %1 <= 1: mean spend is unbounded").arg(outcome.parameters[1]);
    }
    return result;
}

double GammaGammaModel::populationMeanSpend() const
{
    return m_p.q > 1 ? m_p.p * m_p.gamma / (m_p.q - 1) : std::numeric_limits<double>::infinity();
}

double GammaGammaModel::conditionalExpectedSpend(int x, double m) const
{
    if (x <= 0 || !(m > 0))
        return populationMeanSpend();
    // (gamma + m x) p / (p x + q - 1): the same as weighting the population mean
    // by (q - 1) / (p x + q - 1) and the customer's mean by the rest.
    return (m_p.gamma + m * x) * m_p.p / (m_p.p * x + m_p.q - 1);
}

} // namespace rapport::analytics
