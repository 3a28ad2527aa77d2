#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace rapport::analytics {

// Minimises a function of strictly positive parameters (shape and scale
// parameters of the lifetime models) with GSL's Nelder-Mead simplex
// (nmsimplex2) on their logarithms: the search space is then unconstrained
// and a step can never produce a negative shape. No gradients are needed, so
// the likelihoods stay exactly as published, without hand-derived derivatives
// of 2F1 or digamma terms.
//
// Nelder-Mead can stall on a degenerate simplex short of the optimum, so after
// it converges it is restarted around the point found until a restart no
// longer improves the minimum: this is what makes four significant digits
// reproducible. A run ends when the simplex is smaller than the size
// tolerance, or when its best value has stopped decreasing altogether (near
// the optimum the objective's rounding can keep the simplex cycling above the
// tolerance); either way the restart is the check.
class LogScaleMinimizer
{
public:
    struct Outcome
    {
        std::vector<double> parameters;  // natural scale, all > 0
        double minimum = 0;
        int iterations = 0;
        bool converged = false;
        QString error;
    };

    // `objective` gets natural-scale parameters; a non-finite value (outside
    // a special function's domain, overflow) is treated as +infinity-like so
    // the simplex backs away from it instead of failing.
    using Objective = std::function<double(const std::vector<double> &)>;

    explicit LogScaleMinimizer(Objective objective);

    void setSizeTolerance(double tolerance) { m_sizeTolerance = tolerance; }
    void setMaxIterations(int iterations) { m_maxIterations = iterations; }

    Outcome minimise(const std::vector<double> &start) const;

private:
    Objective m_objective;
    double m_sizeTolerance = 1e-10;  // simplex size in log-parameter space
    int m_maxIterations = 20000;     // per run, over all restarts
};

} // namespace rapport::analytics
