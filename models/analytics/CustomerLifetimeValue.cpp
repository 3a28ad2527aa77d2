#include "analytics/CustomerLifetimeValue.h"

#include <cmath>
#include <limits>

namespace rapport::analytics {

namespace {
constexpr double kWeeksPerYear = 365.25 / 7.0;
}

CustomerLifetimeValue::CustomerLifetimeValue(BgNbdModel purchases, GammaGammaModel spend, int horizonWeeks, double annualDiscountRate)
    : m_purchases(purchases)
    , m_spend(spend)
    , m_horizonWeeks(horizonWeeks)
    , m_annualDiscountRate(annualDiscountRate)
{
}

double CustomerLifetimeValue::weeklyDiscountFactor(int week, double annualDiscountRate)
{
    return std::pow(1.0 + annualDiscountRate, -static_cast<double>(week) / kWeeksPerYear);
}

CustomerLifetime CustomerLifetimeValue::valueOf(const CustomerRepeatPurchases &c) const
{
    CustomerLifetime v;
    v.customer = c.customer;
    v.probabilityAlive = m_purchases.probabilityAlive(c.x, c.tx, c.T);
    v.expectedSpend = m_spend.conditionalExpectedSpend(c.spendCount, c.meanRepeatSpend);
    double previous = 0;  // E[Y(0)] = 0
    double discounted = 0;
    for (int k = 1; k <= m_horizonWeeks; ++k) {
        QString error;
        const double cumulative = m_purchases.conditionalExpectedTransactions(k, c.x, c.tx, c.T, &error);
        if (!std::isfinite(cumulative)) {
            const double nan = std::numeric_limits<double>::quiet_NaN();
            v.error = error.isEmpty() ? QStringLiteral("E[Y(%1)] is not finite").arg(k) : error;
            v.expectedTransactions = v.lifetimeValue = v.valueAtRisk = nan;
            return v;
        }
        discounted += (cumulative - previous) * weeklyDiscountFactor(k, m_annualDiscountRate);
        previous = cumulative;
    }
    v.expectedTransactions = previous;
    v.lifetimeValue = discounted * v.expectedSpend;
    v.valueAtRisk = v.lifetimeValue * (1.0 - v.probabilityAlive);
    return v;
}

std::vector<CustomerLifetime> CustomerLifetimeValue::valueAll(const RepeatPurchaseSummary &summary) const
{
    std::vector<CustomerLifetime> out;
    out.reserve(summary.customers().size());
    for (const auto &c : summary.customers())
        out.push_back(valueOf(c));
    return out;
}

} // namespace rapport::analytics
