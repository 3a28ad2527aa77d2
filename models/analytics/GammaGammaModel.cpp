#include "analytics/GammaGammaModel.h"

#include "analytics/GslStatusPolicy.h"
#include "analytics/LogScaleMinimizer.h"

#include <gsl/gsl_sf_gamma.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

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

GammaGammaModel::DistinctSpenders::DistinctSpenders(const std::vector<CustomerRepeatPurchases> &customers)
{
    std::vector<std::pair<int, double>> keys;
    for (const auto &c : customers) {
        if (c.spendCount > 0 && c.meanRepeatSpend > 0)
            keys.emplace_back(c.spendCount, c.meanRepeatSpend);
    }
    m_customers = keys.size();
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        const auto &[x, m] = keys[i];
        if (m_x.empty() || m_x.back() != x)
            m_x.push_back(x);
        m_spenders.push_back({static_cast<int>(m_x.size()) - 1, std::log(m), m, static_cast<double>(j - i)});
        i = j;
    }
}

double GammaGammaModel::logLikelihood(const DistinctSpenders &spenders) const
{
    // The expression of logLikelihood(x, m), with ln B(p x, q), ln x and
    // ln gamma computed once: each customer's term is bit for bit the one the
    // plain sum adds.
    const double p = m_p.p, q = m_p.q, g = m_p.gamma;
    if (!(p > 0 && q > 0 && g > 0))
        return kNaN;
    const double lnG = std::log(g);
    const size_t nx = spenders.x().size();
    std::vector<double> px(nx), pxLnX(nx), lnBeta(nx);
    for (size_t i = 0; i < nx; ++i) {
        const int x = spenders.x()[i];
        gsl_sf_result b;
        if (x <= 0 || gsl_sf_lnbeta_e(p * x, q, &b))
            return kNaN;
        px[i] = p * x;
        pxLnX[i] = p * x * std::log(x);
        lnBeta[i] = b.val;
    }
    double sum = 0;
    for (const DistinctSpenders::Spender &s : spenders.spenders()) {
        const size_t i = static_cast<size_t>(s.xIndex);
        const double x = spenders.x()[i];
        const double term = q * lnG + (px[i] - 1) * s.lnMean + pxLnX[i] - (px[i] + q) * std::log(g + s.mean * x) - lnBeta[i];
        sum += s.weight * term;
    }
    return sum;
}

ModelFit<GammaGammaModel> GammaGammaModel::fit(const std::vector<CustomerRepeatPurchases> &customers)
{
    ModelFit<GammaGammaModel> result;
    const DistinctSpenders spenders(customers);
    if (spenders.customers() == 0) {
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
