#include "analytics/BgNbdModel.h"

#include "analytics/GslStatusPolicy.h"
#include "analytics/LogScaleMinimizer.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_hyperg.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace rapport::analytics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return kNaN;
}

// gsl_sf_hyperg_2F1 converges only for |z| < 1. Every call below has
// z = t / (alpha + T + t) with alpha > 0, t >= 0, T >= 0, so 0 <= z < 1; GSL
// can still give up (GSL_EMAXITER) near z = 1 when c - a - b is close to an
// integer, which we report rather than return a wrong number.
double hypergeometric2F1(double a, double b, double c, double z, QString *error)
{
    if (!(z >= 0 && z < 1))
        return fail(error, QStringLiteral("2F1 argument %1 outside [0, 1)").arg(z));
    gsl_sf_result result;
    const int status = gsl_sf_hyperg_2F1_e(a, b, c, z, &result);
    if (status != GSL_SUCCESS)
        return fail(error, gslFailure("gsl_sf_hyperg_2F1", status));
    return result.val;
}

// The expectations divide by (a - 1) a bracket that vanishes at a = 1 (there
// 2F1(r, b; b; z) = (1 - z)^-r exactly), so a == 1 is a removable 0/0. Close to
// it we average the values just either side: the error is O(eps^2).
constexpr double kNearOne = 1e-6;

template <typename F>
double removingSingularityAtAEqualsOne(const BgNbdParameters &p, F evaluate)
{
    if (std::fabs(p.a - 1.0) >= kNearOne)
        return evaluate(p);
    BgNbdParameters below = p;
    BgNbdParameters above = p;
    below.a = 1.0 - kNearOne;
    above.a = 1.0 + kNearOne;
    return 0.5 * (evaluate(below) + evaluate(above));
}

bool usable(const BgNbdParameters &p)
{
    return p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0 && std::isfinite(p.r + p.alpha + p.a + p.b);
}

} // namespace

BgNbdModel::BgNbdModel(BgNbdParameters parameters)
    : m_p(parameters)
{
    useGslStatusCodes();
}

double BgNbdModel::logLikelihood(int x, double tx, double T) const
{
    const double r = m_p.r, alpha = m_p.alpha, a = m_p.a, b = m_p.b;
    gsl_sf_result lnGammaRx, lnGammaR, lnBetaABx, lnBetaAB;
    if (!usable(m_p) || x < 0 || gsl_sf_lngamma_e(r + x, &lnGammaRx) || gsl_sf_lngamma_e(r, &lnGammaR)
        || gsl_sf_lnbeta_e(a, b + x, &lnBetaABx) || gsl_sf_lnbeta_e(a, b, &lnBetaAB))
        return kNaN;
    // ln A1 + ln A2 + ln(A3 + delta(x>0) A4) in FHL's notation; the sum of the
    // last two is taken as a log-sum-exp, as either may underflow on its own.
    const double common = lnGammaRx.val - lnGammaR.val + r * std::log(alpha) + lnBetaABx.val - lnBetaAB.val;
    const double alive = -(r + x) * std::log(alpha + T);
    if (x == 0)
        return common + alive;
    const double droppedOut = std::log(a) - std::log(b + x - 1) - (r + x) * std::log(alpha + tx);
    const double top = std::max(alive, droppedOut);
    return common + top + std::log(std::exp(alive - top) + std::exp(droppedOut - top));
}

double BgNbdModel::logLikelihood(const std::vector<CustomerRepeatPurchases> &customers) const
{
    double sum = 0;
    for (const auto &c : customers)
        sum += logLikelihood(c.x, c.tx, c.T);
    return sum;
}

namespace {

template <typename T>
int indexIn(const std::vector<T> &sorted, T value)
{
    return static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

} // namespace

BgNbdModel::DistinctHistories::DistinctHistories(const std::vector<CustomerRepeatPurchases> &customers)
    : m_customers(customers.size())
{
    // Exact equality of doubles is what is wanted: t_x and T of two customers
    // are the same number when they come from the same count of days.
    std::vector<std::tuple<int, double, double>> keys;
    keys.reserve(customers.size());
    for (const auto &c : customers)
        keys.emplace_back(c.x, c.tx, c.T);
    std::sort(keys.begin(), keys.end());
    for (const auto &[x, tx, T] : keys) {
        m_x.push_back(x);
        m_tx.push_back(tx);
        m_T.push_back(T);
    }
    for (auto *values : {&m_tx, &m_T}) {
        std::sort(values->begin(), values->end());
        values->erase(std::unique(values->begin(), values->end()), values->end());
    }
    m_x.erase(std::unique(m_x.begin(), m_x.end()), m_x.end());  // keys are sorted by x first
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        const auto &[x, tx, T] = keys[i];
        m_histories.push_back({indexIn(m_x, x), indexIn(m_tx, tx), indexIn(m_T, T), static_cast<double>(j - i)});
        i = j;
    }
}

double BgNbdModel::logLikelihood(const DistinctHistories &histories) const
{
    // Term by term the expressions of logLikelihood(x, tx, T), with every
    // factor that does not depend on the whole (x, t_x, T) computed once:
    // each customer's term is bit for bit the one the plain sum adds.
    const double r = m_p.r, alpha = m_p.alpha, a = m_p.a, b = m_p.b;
    gsl_sf_result lnGammaR, lnBetaAB;
    if (!usable(m_p) || gsl_sf_lngamma_e(r, &lnGammaR) || gsl_sf_lnbeta_e(a, b, &lnBetaAB))
        return kNaN;
    const double lnAlpha = std::log(alpha);
    const double lnA = std::log(a);
    const size_t nx = histories.x().size();
    std::vector<double> common(nx), rx(nx), dropoutOdds(nx);
    for (size_t i = 0; i < nx; ++i) {
        const int x = histories.x()[i];
        gsl_sf_result lnGammaRx, lnBetaABx;
        if (x < 0 || gsl_sf_lngamma_e(r + x, &lnGammaRx) || gsl_sf_lnbeta_e(a, b + x, &lnBetaABx))
            return kNaN;
        common[i] = lnGammaRx.val - lnGammaR.val + r * lnAlpha + lnBetaABx.val - lnBetaAB.val;
        rx[i] = r + x;
        dropoutOdds[i] = x > 0 ? lnA - std::log(b + x - 1) : 0.0;
    }
    std::vector<double> lnAlphaT(histories.T().size()), lnAlphaTx(histories.tx().size());
    for (size_t i = 0; i < lnAlphaT.size(); ++i)
        lnAlphaT[i] = std::log(alpha + histories.T()[i]);
    for (size_t i = 0; i < lnAlphaTx.size(); ++i)
        lnAlphaTx[i] = std::log(alpha + histories.tx()[i]);

    double sum = 0;
    for (const DistinctHistories::History &h : histories.histories()) {
        const size_t i = static_cast<size_t>(h.xIndex);
        const double alive = -rx[i] * lnAlphaT[static_cast<size_t>(h.TIndex)];
        double term;
        if (histories.x()[i] == 0) {
            term = common[i] + alive;
        } else {
            const double droppedOut = dropoutOdds[i] - rx[i] * lnAlphaTx[static_cast<size_t>(h.txIndex)];
            const double top = std::max(alive, droppedOut);
            term = common[i] + top + std::log(std::exp(alive - top) + std::exp(droppedOut - top));
        }
        sum += h.weight * term;
    }
    return sum;
}

ModelFit<BgNbdModel> BgNbdModel::fit(const std::vector<CustomerRepeatPurchases> &customers)
{
    ModelFit<BgNbdModel> result;
    int repeaters = 0;
    for (const auto &c : customers) {
        if (c.x < 0 || c.tx < 0 || c.T < c.tx) {
            result.error = QStringLiteral("customer %1 has an impossible summary (x=%2, t_x=%3, T=%4)")
                               .arg(c.customer).arg(c.x).arg(c.tx).arg(c.T);
            return result;
        }
        repeaters += c.x > 0 ? 1 : 0;
    }
    if (repeaters == 0) {
        result.error = customers.empty()
            ? QStringLiteral("BG/NBD cannot be fitted without customers")
            : QStringLiteral("BG/NBD cannot be fitted: none of the %1 customers bought again, so purchase rate and dropout "
                             "cannot be told apart").arg(customers.size());
        return result;
    }
    const DistinctHistories histories(customers);
    LogScaleMinimizer minimizer([&histories](const std::vector<double> &v) {
        return -BgNbdModel({v[0], v[1], v[2], v[3]}).logLikelihood(histories);
    });
    // All ones is the customary start (lifetimes, BTYD): a rate of one
    // purchase per alpha weeks and a uniform dropout prior, inside the basin
    // for any real purchase data we have tried.
    const LogScaleMinimizer::Outcome outcome = minimizer.minimise({1.0, 1.0, 1.0, 1.0});
    result.iterations = outcome.iterations;
    result.converged = outcome.converged;
    result.error = outcome.error;
    if (outcome.parameters.size() == 4) {
        result.model = BgNbdModel({outcome.parameters[0], outcome.parameters[1], outcome.parameters[2], outcome.parameters[3]});
        result.logLikelihood = -outcome.minimum;
    }
    return result;
}

double BgNbdModel::expectedTransactions(double t, QString *error) const
{
    if (!usable(m_p) || !(t >= 0))
        return fail(error, QStringLiteral("E[X(t)] needs positive parameters and t >= 0"));
    return removingSingularityAtAEqualsOne(m_p, [t, error](const BgNbdParameters &p) {
        const double z = t / (p.alpha + t);
        const double f = hypergeometric2F1(p.r, p.b, p.a + p.b - 1, z, error);
        const double bracket = 1.0 - std::pow(p.alpha / (p.alpha + t), p.r) * f;
        return (p.a + p.b - 1) / (p.a - 1) * bracket;
    });
}

double BgNbdModel::conditionalExpectedTransactions(double t, int x, double tx, double T, QString *error) const
{
    if (!usable(m_p) || !(t >= 0) || x < 0 || !(tx >= 0) || !(T >= tx))
        return fail(error, QStringLiteral("E[Y(t)] needs positive parameters, t >= 0 and 0 <= t_x <= T"));
    const double pAlive = probabilityAlive(x, tx, T);
    return removingSingularityAtAEqualsOne(m_p, [=](const BgNbdParameters &p) {
        const double z = t / (p.alpha + T + t);
        const double f = hypergeometric2F1(p.r + x, p.b + x, p.a + p.b + x - 1, z, error);
        const double bracket = 1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * f;
        // FHL's denominator 1 + delta(x>0) a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)
        // is 1 / P(alive): reuse it so the two can never disagree.
        return (p.a + p.b + x - 1) / (p.a - 1) * bracket * pAlive;
    });
}

double BgNbdModel::probabilityAlive(int x, double tx, double T) const
{
    if (x == 0)
        return 1.0;  // dropout happens only right after a purchase
    const double r = m_p.r, alpha = m_p.alpha, a = m_p.a, b = m_p.b;
    // In logs: (alpha+T)/(alpha+t_x) raised to r+x overflows for heavy buyers
    // who have been silent for long; exp(+inf) then gives P(alive) = 0, the limit.
    const double lnOdds = std::log(a) - std::log(b + x - 1) + (r + x) * (std::log(alpha + T) - std::log(alpha + tx));
    return 1.0 / (1.0 + std::exp(lnOdds));
}

double BgNbdModel::probabilityOfTransactions(int n, double t, QString *error) const
{
    if (!usable(m_p) || n < 0 || !(t >= 0))
        return fail(error, QStringLiteral("P(X(t)=n) needs positive parameters, n >= 0 and t >= 0"));
    if (t == 0)
        return n == 0 ? 1.0 : 0.0;
    const double r = m_p.r, alpha = m_p.alpha, a = m_p.a, b = m_p.b;
    const double p = alpha / (alpha + t);
    gsl_sf_result lnBetaABn, lnBetaAB;
    if (gsl_sf_lnbeta_e(a, b + n, &lnBetaABn) || gsl_sf_lnbeta_e(a, b, &lnBetaAB))
        return fail(error, QStringLiteral("gsl_sf_lnbeta failed"));
    // Still alive after n purchases: B(a, b+n)/B(a, b) times the NBD(r, alpha)
    // probability of exactly n purchases by t.
    const double stillAlive = std::exp(lnBetaABn.val - lnBetaAB.val) * gsl_ran_negative_binomial_pdf(static_cast<unsigned>(n), p, r);
    if (n == 0)
        return stillAlive;
    gsl_sf_result lnBetaDrop;
    if (gsl_sf_lnbeta_e(a + 1, b + n - 1, &lnBetaDrop))
        return fail(error, QStringLiteral("gsl_sf_lnbeta failed"));
    // Dropped out at the n-th purchase, which needs at least n purchases by t
    // under the NBD: FHL's 1 - sum_{j<n} is that upper tail, taken from GSL's
    // CDF complement instead of a subtraction that loses every digit when the
    // tail is small (P(X(2)=10) ~ 1e-7).
    const double tail = gsl_cdf_negative_binomial_Q(static_cast<unsigned>(n - 1), p, r);
    const double value = stillAlive + std::exp(lnBetaDrop.val - lnBetaAB.val) * tail;
    if (!std::isfinite(value))
        return fail(error, QStringLiteral("P(X(t)=n) is not finite for n=%1, t=%2").arg(n).arg(t));
    return value;
}

} // namespace rapport::analytics
