#include "analytics/CustomerValue.h"

#include "analytics/AsOfPurchases.h"

#include <algorithm>
#include <unordered_map>

namespace rapport::analytics {

namespace {

using Amount = double CustomerValueRow::*;

std::vector<CustomerValueRow> rankedBy(std::vector<CustomerValueRow> rows, Amount amount)
{
    std::stable_sort(rows.begin(), rows.end(), [amount](const CustomerValueRow &a, const CustomerValueRow &b) {
        return a.*amount > b.*amount;
    });
    return rows;
}

double total(const std::vector<CustomerValueRow> &rows, Amount amount)
{
    double sum = 0;
    for (const CustomerValueRow &row : rows)
        sum += row.*amount;
    return sum;
}

std::vector<ValueDecile> decilesOf(const std::vector<CustomerValueRow> &ranked, Amount amount, double sum)
{
    std::vector<ValueDecile> deciles(10);
    for (size_t d = 0; d < deciles.size(); ++d)
        deciles[d].decile = int(d) + 1;
    const size_t n = ranked.size();
    for (size_t r = 0; r < n; ++r) {
        ValueDecile &decile = deciles[10 * r / n];
        decile.customers.push_back(ranked[r].customer);
        decile.amount += ranked[r].*amount;
    }
    if (sum > 0)
        for (ValueDecile &decile : deciles)
            decile.share = decile.amount / sum;
    return deciles;
}

ValueCurve curveOf(const std::vector<CustomerValueRow> &ranked, Amount amount, double sum)
{
    ValueCurve curve;
    curve.total = sum;
    curve.sharesDefined = sum > 0;
    const size_t n = ranked.size();
    curve.points.push_back({});
    double cumulative = 0;
    for (size_t k = 1; k <= n; ++k) {
        cumulative += ranked[k - 1].*amount;
        ValueCurvePoint point;
        point.customers = int(k);
        point.customerShare = double(k) / double(n);
        point.cumulative = cumulative;
        point.cumulativeShare = curve.sharesDefined ? cumulative / sum : 0.0;
        curve.points.push_back(point);
    }
    for (const ValueCurvePoint &point : curve.points)
        if (point.cumulative > curve.points[size_t(curve.peakCustomers)].cumulative)
            curve.peakCustomers = point.customers;
    curve.peakShare = curve.points[size_t(curve.peakCustomers)].cumulativeShare;
    return curve;
}

} // namespace

CustomerValueResult CustomerValue::compute(const PurchaseHistory &history, QDate asOf,
                                           const std::vector<ActivityCount> &activities, const CostToServe &costs)
{
    CustomerValueResult result;
    result.asOf = asOf;
    const AsOfPurchases known(history, asOf);

    std::vector<CustomerValueRow> rows;
    std::unordered_map<int, size_t> rowOf;
    for (const CustomerPurchases &c : known.customers()) {
        rowOf.emplace(c.customer, rows.size());
        rows.push_back({c.customer, c.revenue, c.cost, 0, 0});
    }
    for (const ActivityCount &a : activities) {
        const double cost = costs.unitCost(a.kind) * a.count;
        const auto it = rowOf.find(a.customer);
        if (it == rowOf.end())
            result.unattributedCostToServe += cost;
        else
            rows[it->second].costToServe += cost;
    }
    for (CustomerValueRow &row : rows)
        row.profit = row.revenue - row.costOfGoods - row.costToServe;

    result.byRevenue = rankedBy(rows, &CustomerValueRow::revenue);
    const double revenue = total(rows, &CustomerValueRow::revenue);
    result.revenueDeciles = decilesOf(result.byRevenue, &CustomerValueRow::revenue, revenue);
    result.paretoCurve = curveOf(result.byRevenue, &CustomerValueRow::revenue, revenue);
    const size_t top = (result.byRevenue.size() + 4) / 5;
    for (size_t i = 0; i < top; ++i)
        result.top20Customers.push_back(result.byRevenue[i].customer);
    if (!result.byRevenue.empty())
        result.top20RevenueShare = result.paretoCurve.points[top].cumulativeShare;

    result.byProfit = rankedBy(rows, &CustomerValueRow::profit);
    const double profit = total(rows, &CustomerValueRow::profit);
    result.profitDeciles = decilesOf(result.byProfit, &CustomerValueRow::profit, profit);
    result.whaleCurve = curveOf(result.byProfit, &CustomerValueRow::profit, profit);
    return result;
}

} // namespace rapport::analytics
