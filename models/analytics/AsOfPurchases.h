#pragma once

#include "analytics/PurchaseHistory.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

// One customer's history as the descriptive models see it on the as-of date.
struct CustomerPurchases
{
    int customer = 0;                // index into PurchaseHistory::customers
    // Distinct days with at least one entry of revenue >= 0, ascending. A
    // refund (negative revenue) is not a purchase: it lowers revenue but does
    // not make a customer new, active or returning, nor add to frequency.
    std::vector<QDate> buyingDays;
    std::vector<Purchase> entries;   // every entry up to the as-of date, refunds included, by day
    double revenue = 0;              // sum of entries' revenue (net of refunds)
    double cost = 0;                 // sum of entries' cost of goods

    QDate firstDay() const { return buyingDays.front(); }
    QDate lastDay() const { return buyingDays.back(); }
};

// The customers that exist on the as-of date: those with a buying day on or
// before it. Purchases after the as-of date are dropped here, once, so no
// model can see the future by accident; a customer whose first purchase is
// later, or who has only refunds, or no orders at all, is not in the list.
// Does not rely on the history being sorted (tests and callers may forget).
class AsOfPurchases
{
public:
    AsOfPurchases(const PurchaseHistory &history, QDate asOf);

    QDate asOf() const { return m_asOf; }
    // Ascending customer index.
    const std::vector<CustomerPurchases> &customers() const { return m_customers; }

private:
    QDate m_asOf;
    std::vector<CustomerPurchases> m_customers;
};

} // namespace rapport::analytics
