#include "analytics/LogScaleMinimizer.h"

#include "analytics/GslStatusPolicy.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_vector.h>

#include <cmath>
#include <limits>
#include <memory>

namespace rapport::analytics {

namespace {

// Far above any negative log-likelihood the models produce, yet finite, so the
// simplex arithmetic (centroids, reflections of function values) stays defined.
constexpr double kOutsideDomain = 1e100;

// Iterations without any decrease of the best value after which a run is
// stalled (see minimise): far more than Nelder-Mead needs between two
// improvements while it is still making progress on these small problems.
constexpr int kStallIterations = 200;

struct VectorDeleter
{
    void operator()(gsl_vector *v) const { gsl_vector_free(v); }
};
struct MinimizerDeleter
{
    void operator()(gsl_multimin_fminimizer *m) const { gsl_multimin_fminimizer_free(m); }
};
using Vector = std::unique_ptr<gsl_vector, VectorDeleter>;

double evaluate(const gsl_vector *logParameters, void *context)
{
    const auto &objective = *static_cast<const LogScaleMinimizer::Objective *>(context);
    std::vector<double> natural(logParameters->size);
    for (size_t i = 0; i < natural.size(); ++i)
        natural[i] = std::exp(gsl_vector_get(logParameters, i));
    const double value = objective(natural);
    return std::isfinite(value) ? value : kOutsideDomain;
}

} // namespace

LogScaleMinimizer::LogScaleMinimizer(Objective objective)
    : m_objective(std::move(objective))
{
}

LogScaleMinimizer::Outcome LogScaleMinimizer::minimise(const std::vector<double> &start) const
{
    useGslStatusCodes();
    Outcome outcome;
    const size_t n = start.size();
    for (double s : start) {
        if (!(s > 0) || !std::isfinite(s)) {
            outcome.error = QStringLiteral("start parameters must be positive and finite");
            return outcome;
        }
    }
    if (!std::isfinite(m_objective(start))) {
        outcome.error = QStringLiteral("the likelihood cannot be evaluated at the start parameters");
        return outcome;
    }

    gsl_multimin_function function{&evaluate, n, const_cast<Objective *>(&m_objective)};
    Vector point(gsl_vector_alloc(n));
    Vector step(gsl_vector_alloc(n));
    for (size_t i = 0; i < n; ++i)
        gsl_vector_set(point.get(), i, std::log(start[i]));
    std::unique_ptr<gsl_multimin_fminimizer, MinimizerDeleter> minimizer(
        gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, n));

    // A first run with wide steps (a factor e^1 either way) to find the basin,
    // then restarts with smaller ones until the minimum stops moving.
    double stepSize = 1.0;
    double best = std::numeric_limits<double>::infinity();
    constexpr int kRuns = 8;
    for (int run = 0; run < kRuns; ++run) {
        gsl_vector_set_all(step.get(), stepSize);
        int status = gsl_multimin_fminimizer_set(minimizer.get(), &function, point.get(), step.get());
        if (status != GSL_SUCCESS) {
            outcome.error = gslFailure("gsl_multimin_fminimizer_set", status);
            return outcome;
        }
        bool runConverged = false;
        // Not gsl_multimin_fminimizer_minimum: _set does not update it.
        double runBest = std::numeric_limits<double>::infinity();
        int unchanged = 0;
        while (outcome.iterations < m_maxIterations) {
            ++outcome.iterations;
            status = gsl_multimin_fminimizer_iterate(minimizer.get());
            if (status != GSL_SUCCESS) {
                outcome.error = gslFailure("gsl_multimin_fminimizer_iterate", status);
                break;
            }
            if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(minimizer.get()), m_sizeTolerance) == GSL_SUCCESS) {
                runConverged = true;
                break;
            }
            // Close to the optimum the likelihood's rounding (about 1e-12 of
            // a sum over thousands of customers) outweighs its curvature, and
            // the simplex can cycle through vertices of equal value without
            // ever shrinking to the size tolerance (CDNOW's BG/NBD does, at a
            // size of 7e-10, depending only on the order of the additions).
            // A run whose best value has not moved for this long has gone as
            // far as doubles allow: it ends, and the restart below checks
            // that the point is a minimum.
            const double current = gsl_multimin_fminimizer_minimum(minimizer.get());
            unchanged = current < runBest ? 0 : unchanged + 1;
            runBest = std::min(runBest, current);
            if (unchanged >= kStallIterations) {
                runConverged = true;
                break;
            }
        }
        gsl_vector_memcpy(point.get(), gsl_multimin_fminimizer_x(minimizer.get()));
        const double minimum = gsl_multimin_fminimizer_minimum(minimizer.get());
        if (!outcome.error.isEmpty() || !runConverged)
            break;
        // Converged twice to the same value: a restart found nothing better.
        // (The first run always counts as an improvement; without the
        // isinf test, inf - 1e-12 * inf is NaN and no restart ever ran.)
        const bool improved = std::isinf(best) || minimum < best - 1e-12 * std::max(1.0, std::fabs(best));
        best = std::min(best, minimum);
        if (!improved) {
            outcome.converged = true;
            break;
        }
        stepSize = 0.1;
    }
    if (outcome.error.isEmpty() && !outcome.converged) {
        outcome.error = outcome.iterations >= m_maxIterations
            ? QStringLiteral("the fit did not converge within %1 iterations").arg(m_maxIterations)
            : QStringLiteral("the fit was still improving after %1 restarts").arg(kRuns - 1);
    }

    outcome.parameters.resize(n);
    for (size_t i = 0; i < n; ++i)
        outcome.parameters[i] = std::exp(gsl_vector_get(point.get(), i));
    outcome.minimum = m_objective(outcome.parameters);
    if (!std::isfinite(outcome.minimum) && outcome.error.isEmpty())
        outcome.error = QStringLiteral("the likelihood is not finite at the best parameters found");
    return outcome;
}

} // namespace rapport::analytics
