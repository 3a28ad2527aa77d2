#include "analytics/SalesComparison.h"

#include "analytics/CalendarMonth.h"

#include <algorithm>
#include <map>

namespace rapport::analytics {

namespace {

// Revenue per month of one series, plus the revenue of the as-of month's
// first days a year earlier (the like-for-like prior of the partial month).
struct Tally
{
    std::vector<double> byMonth;
    double priorOfPartial = 0;
};

SalesSeries seriesOf(const QString &key, const Tally &tally, int firstMonth, QDate asOf)
{
    SalesSeries series;
    series.key = key;
    const int asOfMonth = CalendarMonth::index(asOf);
    for (int m = firstMonth; m <= asOfMonth; ++m) {
        SalesMonth month;
        month.month = CalendarMonth::firstDay(m);
        month.periodEnd = CalendarMonth::periodEnd(m, asOf);
        month.partial = month.periodEnd != CalendarMonth::lastDay(m);
        month.revenue = tally.byMonth[size_t(m - firstMonth)];
        if (m - 12 >= firstMonth)
            month.priorYearRevenue = month.partial ? tally.priorOfPartial : tally.byMonth[size_t(m - 12 - firstMonth)];
        if (month.priorYearRevenue && *month.priorYearRevenue > 0)
            month.growthPercent = 100.0 * (month.revenue - *month.priorYearRevenue) / *month.priorYearRevenue;
        series.months.push_back(month);
    }
    return series;
}

} // namespace

SalesComparisonResult SalesComparison::compute(const std::vector<CatalogueProduct> &catalogue,
                                               const std::vector<SalesLine> &lines, QDate asOf)
{
    SalesComparisonResult result;
    result.asOf = asOf;
    const int asOfMonth = CalendarMonth::index(asOf);
    const QDate partialPriorEnd = asOf.addYears(-1);  // 29 Feb -> 28 Feb

    int firstMonth = asOfMonth + 1;
    for (const SalesLine &line : lines)
        if (line.day.isValid() && line.day <= asOf)
            firstMonth = std::min(firstMonth, CalendarMonth::index(line.day));
    if (firstMonth > asOfMonth)
        return result;
    const size_t monthCount = size_t(asOfMonth - firstMonth + 1);

    std::map<QString, size_t> categoryIndex;
    for (const CatalogueProduct &product : catalogue)
        categoryIndex.emplace(product.category, 0);
    size_t next = 0;
    for (auto &[category, index] : categoryIndex)
        index = next++;

    const Tally empty{std::vector<double>(monthCount, 0.0), 0};
    Tally overall = empty;
    std::vector<Tally> byProduct(catalogue.size(), empty);
    std::vector<Tally> byCategory(categoryIndex.size(), empty);
    for (const SalesLine &line : lines) {
        if (!line.day.isValid() || line.day > asOf)
            continue;
        const size_t m = size_t(CalendarMonth::index(line.day) - firstMonth);
        const bool inPartialPrior = CalendarMonth::index(line.day) == asOfMonth - 12 && line.day <= partialPriorEnd;
        std::vector<Tally *> tallies{&overall};
        if (line.product >= 0 && size_t(line.product) < catalogue.size()) {
            tallies.push_back(&byProduct[size_t(line.product)]);
            tallies.push_back(&byCategory[categoryIndex.at(catalogue[size_t(line.product)].category)]);
        }
        for (Tally *tally : tallies) {
            tally->byMonth[m] += line.revenue;
            if (inPartialPrior)
                tally->priorOfPartial += line.revenue;
        }
    }

    result.overall = seriesOf(QString(), overall, firstMonth, asOf);
    for (size_t i = 0; i < catalogue.size(); ++i)
        result.byProduct.push_back(seriesOf(catalogue[i].id, byProduct[i], firstMonth, asOf));
    for (const auto &[category, index] : categoryIndex)
        result.byCategory.push_back(seriesOf(category, byCategory[index], firstMonth, asOf));
    return result;
}

} // namespace rapport::analytics
