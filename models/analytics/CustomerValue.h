#pragma once

#include "analytics/CostToServe.h"
#include "analytics/PurchaseHistory.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

struct CustomerValueRow
{
    int customer = 0;
    double revenue = 0;       // net of refunds, up to the as-of date
    double costOfGoods = 0;   // sum of Purchase::cost
    double costToServe = 0;   // activities x unit cost per kind
    double profit = 0;        // revenue - costOfGoods - costToServe
};

// A tenth of the ranking. Customer at rank r (0-based, of n) is in decile
// floor(10 r / n) + 1, so decile 1 always holds the best customer and, with
// fewer than ten customers, some deciles are empty rather than the top one.
struct ValueDecile
{
    int decile = 1;               // 1 = best tenth
    std::vector<int> customers;   // in rank order
    double amount = 0;            // revenue or profit of these customers
    double share = 0;             // amount / total (0 when the total is not positive)
};

// After k of n ranked customers: the k/n share of customers holds `cumulative`,
// which is `cumulativeShare` of the total. Point 0 is (0, 0, 0).
struct ValueCurvePoint
{
    int customers = 0;
    double customerShare = 0;
    double cumulative = 0;
    double cumulativeShare = 0;   // 0 when the total is not positive
};

// A cumulative curve over a ranking (Lorenz/Pareto for revenue, whale for
// profit). Shares are of the total and only mean something when the total is
// positive: then sharesDefined is true; otherwise shares are 0 and a chart
// should plot `cumulative` instead.
struct ValueCurve
{
    double total = 0;
    bool sharesDefined = false;
    std::vector<ValueCurvePoint> points;  // n + 1 points
    // The highest point (first one on ties). On the whale curve it is above
    // 100 % when some customers lose money: the profitable ones earn more than
    // the total, the rest give part of it back.
    int peakCustomers = 0;
    double peakShare = 0;
};

struct CustomerValueResult
{
    QDate asOf;
    // Pareto: every customer who has bought, by revenue, highest first (ties
    // by customer index).
    std::vector<CustomerValueRow> byRevenue;
    std::vector<ValueDecile> revenueDeciles;    // ten, decile 1 first
    ValueCurve paretoCurve;                     // cumulative revenue by revenue rank
    // The top 20 %: the first ceil(n / 5) customers of byRevenue.
    std::vector<int> top20Customers;
    double top20RevenueShare = 0;               // 0 when total revenue is not positive

    // Profitability: the same customers by profit, highest first.
    std::vector<CustomerValueRow> byProfit;
    std::vector<ValueDecile> profitDeciles;
    ValueCurve whaleCurve;                      // cumulative profit by profit rank
    // Cost of activities on customers who had not bought by the as-of date
    // (prospects): real cost, but no customer row to charge it to.
    double unattributedCostToServe = 0;
};

// Who brings the revenue and who brings the profit, as of a date. A customer
// exists once they have a buying day (an entry of revenue >= 0) on or before
// the as-of date; customers with no orders are not ranked.
class CustomerValue
{
public:
    static CustomerValueResult compute(const PurchaseHistory &history, QDate asOf,
                                       const std::vector<ActivityCount> &activities = {},
                                       const CostToServe &costs = {});
};

} // namespace rapport::analytics
