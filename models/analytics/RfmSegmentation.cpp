#include "analytics/RfmSegmentation.h"

#include "analytics/AsOfPurchases.h"

#include <algorithm>
#include <numeric>

namespace rapport::analytics {

std::vector<int> RfmSegmentation::quintileScores(const std::vector<double> &values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<int> scores(n, 1);
    size_t worse = 0;  // customers with a strictly smaller value than the current run of equals
    for (size_t i = 0; i < n; ++i) {
        if (i > 0 && values[order[i]] != values[order[i - 1]])
            worse = i;
        scores[order[i]] = 1 + int(5 * worse / n);
    }
    return scores;
}

RfmSegment RfmSegmentation::segmentFor(int r, int f, int m)
{
    r = std::clamp(r, 1, 5);
    // Twice the average of F and M keeps the thresholds in integers: FM < 2
    // is fm2 < 4, and so on.
    const int fm2 = std::clamp(f, 1, 5) + std::clamp(m, 1, 5);
    const int column = fm2 < 4 ? 0 : fm2 < 6 ? 1 : fm2 < 8 ? 2 : 3;
    using S = RfmSegment;
    static constexpr S grid[5][4] = {
        /* R1 */ {S::Lost, S::AtRisk, S::AtRisk, S::CantLoseThem},
        /* R2 */ {S::Hibernating, S::NeedAttention, S::AtRisk, S::AtRisk},
        /* R3 */ {S::Promising, S::NeedAttention, S::Loyal, S::Loyal},
        /* R4 */ {S::Promising, S::PotentialLoyalists, S::Loyal, S::Champions},
        /* R5 */ {S::New, S::PotentialLoyalists, S::Loyal, S::Champions},
    };
    return grid[r - 1][column];
}

RfmResult RfmSegmentation::compute(const PurchaseHistory &history, QDate asOf)
{
    RfmResult result;
    result.asOf = asOf;
    const AsOfPurchases known(history, asOf);

    std::vector<double> recency, frequency, monetary;
    for (const CustomerPurchases &c : known.customers()) {
        RfmCustomer row;
        row.customer = c.customer;
        row.recencyDays = int(c.lastDay().daysTo(asOf));
        row.frequency = int(c.buyingDays.size());
        row.monetary = c.revenue;
        result.customers.push_back(row);
        recency.push_back(-double(row.recencyDays));  // fewer days is better
        frequency.push_back(double(row.frequency));
        monetary.push_back(row.monetary);
    }
    const std::vector<int> r = quintileScores(recency);
    const std::vector<int> f = quintileScores(frequency);
    const std::vector<int> m = quintileScores(monetary);

    for (const RfmSegmentInfo &info : RfmSegments)
        result.segments.push_back({info.segment, {}, 0});
    for (size_t i = 0; i < result.customers.size(); ++i) {
        RfmCustomer &row = result.customers[i];
        row.r = r[i];
        row.f = f[i];
        row.m = m[i];
        row.segment = segmentFor(row.r, row.f, row.m);
        RfmSegmentSummary &summary = result.segments[size_t(row.segment)];
        summary.customers.push_back(row.customer);
        summary.revenue += row.monetary;
    }
    return result;
}

} // namespace rapport::analytics
