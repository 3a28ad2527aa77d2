#pragma once

#include "analytics/BgNbdModel.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/RepeatPurchaseSummary.h"

#include <QString>

#include <vector>

namespace rapport::analytics {

struct CustomerLifetime
{
    int customer = 0;                  // index into PurchaseHistory::customers
    double expectedTransactions = 0;   // E[Y(horizon) | x, t_x, T], undiscounted
    double expectedSpend = 0;          // Gamma-Gamma E[M | m, x] per transaction
    double probabilityAlive = 0;       // BG/NBD P(alive) at the as-of date
    double lifetimeValue = 0;          // discounted expected revenue over the horizon
    // lifetimeValue x (1 - P(alive)): the part of the value the customer may
    // already have walked away with, which ranks whom to win back first.
    double valueAtRisk = 0;
    QString error;                     // set, with NaN values, if BG/NBD could not be evaluated
};

// Residual customer lifetime value from BG/NBD (how many purchases) and
// Gamma-Gamma (how much each), the pairing of Fader, Hardie & Lee (2005,
// "RFM and CLV") that treats the two as independent.
//
// CLV = sum over weeks k = 1..H of
//         (E[Y(k) | x, t_x, T] - E[Y(k-1) | x, t_x, T]) x E[M] x (1 + d)^(-k / 52.18),
// i.e. the purchases expected in week k, valued at the expected spend and
// discounted from the end of week k at the annual rate d (365.25 / 7 = 52.18
// weeks a year). Weeks, not months: the models are fitted in weeks, so this
// needs no unit conversion and a one-week horizon is exactly E[Y(1)] x E[M].
// Revenue, not margin: multiply by a margin for profit.
class CustomerLifetimeValue
{
public:
    CustomerLifetimeValue(BgNbdModel purchases, GammaGammaModel spend, int horizonWeeks, double annualDiscountRate);

    CustomerLifetime valueOf(const CustomerRepeatPurchases &customer) const;
    std::vector<CustomerLifetime> valueAll(const RepeatPurchaseSummary &summary) const;

    static double weeklyDiscountFactor(int week, double annualDiscountRate);

private:
    BgNbdModel m_purchases;
    GammaGammaModel m_spend;
    int m_horizonWeeks;
    double m_annualDiscountRate;
};

} // namespace rapport::analytics
