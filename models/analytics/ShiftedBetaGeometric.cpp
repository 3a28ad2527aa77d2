#include "analytics/ShiftedBetaGeometric.h"

#include "analytics/GslStatusPolicy.h"
#include "analytics/LogScaleMinimizer.h"

#include <gsl/gsl_sf_gamma.h>

#include <cmath>
#include <limits>

namespace rapport::analytics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double lnBeta(double a, double b)
{
    gsl_sf_result result;
    return gsl_sf_lnbeta_e(a, b, &result) == 0 ? result.val : kNaN;
}

} // namespace

ShiftedBetaGeometric::ShiftedBetaGeometric(double alpha, double beta)
    : m_alpha(alpha)
    , m_beta(beta)
{
    useGslStatusCodes();
}

double ShiftedBetaGeometric::churnProbability(int t) const
{
    if (t < 1)
        return 0.0;
    return std::exp(lnBeta(m_alpha + 1, m_beta + t - 1) - lnBeta(m_alpha, m_beta));
}

double ShiftedBetaGeometric::survival(int t) const
{
    if (t <= 0)
        return 1.0;
    return std::exp(lnBeta(m_alpha, m_beta + t) - lnBeta(m_alpha, m_beta));
}

double ShiftedBetaGeometric::retentionRate(int t) const
{
    if (t < 1)
        return 1.0;
    return (m_beta + t - 1) / (m_alpha + m_beta + t - 1);
}

std::vector<double> ShiftedBetaGeometric::projectSurvivors(double start, int horizon) const
{
    std::vector<double> out;
    for (int t = 0; t <= horizon; ++t)
        out.push_back(start * survival(t));
    return out;
}

double ShiftedBetaGeometric::logLikelihood(const std::vector<double> &survivors) const
{
    if (!(m_alpha > 0 && m_beta > 0) || survivors.size() < 2)
        return kNaN;
    double sum = 0;
    const int n = static_cast<int>(survivors.size()) - 1;
    for (int t = 1; t <= n; ++t) {
        const double lost = survivors[static_cast<size_t>(t - 1)] - survivors[static_cast<size_t>(t)];
        if (lost > 0)  // 0 * log(0) would be NaN for an impossible period
            sum += lost * std::log(churnProbability(t));
    }
    if (survivors.back() > 0)
        sum += survivors.back() * std::log(survival(n));
    return sum;
}

ModelFit<ShiftedBetaGeometric> ShiftedBetaGeometric::fit(const std::vector<double> &survivors)
{
    ModelFit<ShiftedBetaGeometric> result;
    if (survivors.size() < 2 || !(survivors.front() > 0)) {
        result.error = QStringLiteral("sBG needs survivor counts for at least two periods from a cohort of more than zero customers");
        return result;
    }
    for (size_t t = 1; t < survivors.size(); ++t) {
        if (!(survivors[t] >= 0) || survivors[t] > survivors[t - 1]) {
            result.error = QStringLiteral("survivor counts must not increase (period %1: %2 after %3)")
                               .arg(t).arg(survivors[t]).arg(survivors[t - 1]);
            return result;
        }
    }
    if (survivors.back() == survivors.front()) {
        result.error = QStringLiteral("sBG cannot be fitted: nobody churned, so churn cannot be estimated");
        return result;
    }
    LogScaleMinimizer minimizer([&survivors](const std::vector<double> &v) {
        return -ShiftedBetaGeometric(v[0], v[1]).logLikelihood(survivors);
    });
    const LogScaleMinimizer::Outcome outcome = minimizer.minimise({1.0, 1.0});
    result.iterations = outcome.iterations;
    result.converged = outcome.converged;
    result.error = outcome.error;
    if (outcome.parameters.size() == 2) {
        result.model = ShiftedBetaGeometric(outcome.parameters[0], outcome.parameters[1]);
        result.logLikelihood = -outcome.minimum;
    }
    return result;
}

} // namespace rapport::analytics
