#pragma once

#include "analytics/PurchaseHistory.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

// One customer's recency-frequency-value summary as the BTYD literature
// (Fader, Hardie & Lee 2005; the Gamma-Gamma note) defines it, in weeks.
struct CustomerRepeatPurchases
{
    int customer = 0;         // index into PurchaseHistory::customers
    QDate firstPurchase;
    int x = 0;                // repeat transactions: purchase days after the first
    double tx = 0;            // weeks from the first to the last purchase day
    double T = 0;             // weeks from the first purchase day to the as-of date
    // Mean value of the repeat transactions whose net value is positive, and
    // how many there were: Gamma-Gamma's m̄ and its x. Usually spendCount == x;
    // it is lower when a repeat day was free or fully refunded.
    double meanRepeatSpend = 0;
    int spendCount = 0;
};

// Summarises a PurchaseHistory as of the end of a calibration period.
//
// What a transaction is (the rules that reproduce the published CDNOW figures):
// - Several purchases of one customer on one calendar day are one transaction
//   (the BTYD convention); its value is the day's summed revenue.
// - A purchase with revenue >= 0 makes its day a transaction, including free
//   orders: CDNOW has $0.00 orders and BTYD counts them.
// - A refund (revenue < 0) is not a purchase and never creates a transaction:
//   it reduces the value of the customer's latest transaction on or before its
//   day (the order it most plausibly reverses; the history has no link to the
//   original order). A refund before any purchase is ignored.
// - A repeat transaction whose net value is <= 0 still counts in x (the
//   customer came back and bought), but not in the spend mean: Gamma-Gamma
//   models positive amounts only.
// - Only what was known on the as-of date counts: purchases and refunds after
//   it are ignored, and customers without a purchase on or before it are
//   excluded (excludedCustomers()).
class RepeatPurchaseSummary
{
public:
    static RepeatPurchaseSummary summarise(const PurchaseHistory &history, QDate asOf);
    // A summary made before and kept (AnalyticsSnapshot), as it was.
    static RepeatPurchaseSummary fromParts(QDate asOf, std::vector<CustomerRepeatPurchases> customers, int excluded);

    QDate asOf() const { return m_asOf; }
    const std::vector<CustomerRepeatPurchases> &customers() const { return m_customers; }
    // Customers of the history left out because they had not bought by asOf.
    int excludedCustomers() const { return m_excluded; }
    int repeaters() const;
    int repeatTransactions() const;

    // Transactions (purchase days, same rules) in the holdout window
    // (asOf, holdoutEnd], one entry per summarised customer in customers()'s
    // order: what the models' conditional expectations are checked against.
    std::vector<int> holdoutTransactions(const PurchaseHistory &history, QDate holdoutEnd) const;

private:
    QDate m_asOf;
    std::vector<CustomerRepeatPurchases> m_customers;
    int m_excluded = 0;
};

} // namespace rapport::analytics
