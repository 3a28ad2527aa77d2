#pragma once

#include "analytics/ModelFit.h"

#include <vector>

namespace rapport::analytics {

// The shifted-beta-geometric model of contractual retention (Fader & Hardie
// 2007, "How to Project Customer Retention"). Each customer renews every
// period with their own churn probability theta ~ Beta(alpha, beta). Mixed
// customers make the cohort's retention rate rise over time even though no
// individual's does: the likely churners leave first.
//
// Periods are whatever the survivor counts are counted in (years in the
// paper, months for subscriptions); t = 0 is the cohort's start.
class ShiftedBetaGeometric
{
public:
    ShiftedBetaGeometric(double alpha, double beta);

    double alpha() const { return m_alpha; }
    double beta() const { return m_beta; }

    // Maximum likelihood on survivor counts alive at t = 0, 1, ..., n: the
    // n_{t-1} - n_t customers lost in period t contribute P(T = t) each and
    // the n_n still alive contribute S(n) (right-censored). Refuses counts
    // that are not a non-increasing run from a positive start, or that have
    // fewer than two periods.
    static ModelFit<ShiftedBetaGeometric> fit(const std::vector<double> &survivors);

    double logLikelihood(const std::vector<double> &survivors) const;

    // P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta), t >= 1: churn in period t.
    double churnProbability(int t) const;
    // S(t) = B(alpha, beta + t) / B(alpha, beta): still a customer after t periods.
    double survival(int t) const;
    // r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1), t >= 1.
    double retentionRate(int t) const;
    // Expected survivors of a cohort of `start` customers at t = 0..horizon,
    // the projection beyond the observed periods.
    std::vector<double> projectSurvivors(double start, int horizon) const;

private:
    double m_alpha;
    double m_beta;
};

} // namespace rapport::analytics
