#pragma once

#include "analytics/CatalogueProduct.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

// One order line's revenue on its order's day.
struct SalesLine
{
    QDate day;
    int product = 0;     // index into the catalogue; outside it: counted in the overall series only
    double revenue = 0;  // negative for a refund
};

// A month's revenue against the same month a year earlier.
struct SalesMonth
{
    QDate month;       // first day
    QDate periodEnd;   // last day counted: month end, or the as-of date
    bool partial = false;  // the as-of month before its last day
    double revenue = 0;
    // The same period a year earlier: the whole month, or for a partial month
    // its first days up to the as-of date's day a year earlier (like for like:
    // 1-15 March against 1-15 March). Absent when that month is before the
    // first month of the data, where zero would be a guess, not a figure.
    std::optional<double> priorYearRevenue;
    // 100 * (revenue - prior) / prior; absent without a prior figure or when
    // it is not positive (growth from zero or from net refunds means nothing).
    std::optional<double> growthPercent;
};

struct SalesSeries
{
    QString key;  // product id, or category; empty for the overall series
    std::vector<SalesMonth> months;
};

struct SalesComparisonResult
{
    QDate asOf;
    // Every series covers the same months, from the month of the first line
    // to the as-of month (empty when there are no lines by the as-of date).
    SalesSeries overall;
    std::vector<SalesSeries> byProduct;   // every catalogue product, catalogue order
    std::vector<SalesSeries> byCategory;  // distinct categories, sorted
};

// Monthly revenue year over year, overall, per product and per category, as
// of a date; lines after it are ignored.
class SalesComparison
{
public:
    static SalesComparisonResult compute(const std::vector<CatalogueProduct> &catalogue,
                                         const std::vector<SalesLine> &lines, QDate asOf);
};

} // namespace rapport::analytics
