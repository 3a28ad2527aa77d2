#pragma once

#include <QString>

#include <optional>

namespace rapport::analytics {

// The outcome of a maximum-likelihood fit. A fit that cannot be made (no
// repeat buyers, an empty cohort) has no model and says why in `error`; one
// that ran out of iterations keeps its best point but is not ok(). Callers
// never have to recognise a NaN to learn that a fit failed.
template <typename Model>
struct ModelFit
{
    std::optional<Model> model;
    double logLikelihood = 0;  // at `model`; meaningless without a model
    int iterations = 0;        // simplex iterations over all restarts
    bool converged = false;
    QString error;

    bool ok() const { return model.has_value() && converged && error.isEmpty(); }
};

} // namespace rapport::analytics
