#pragma once

#include "analytics/PurchaseHistory.h"
#include "analytics/RfmSegment.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

struct RfmCustomer
{
    int customer = 0;       // index into PurchaseHistory::customers
    int recencyDays = 0;    // as-of date minus the last buying day
    int frequency = 0;      // distinct buying days (several orders on one day count once)
    double monetary = 0;    // net revenue up to the as-of date (refunds subtract)
    int r = 1, f = 1, m = 1;  // quintile scores, 5 = best
    RfmSegment segment = RfmSegment::Lost;
};

struct RfmSegmentSummary
{
    RfmSegment segment = RfmSegment::Lost;
    std::vector<int> customers;  // ascending customer index
    double revenue = 0;          // sum of their monetary values
};

struct RfmResult
{
    QDate asOf;
    std::vector<RfmCustomer> customers;        // every customer who has bought, ascending index
    std::vector<RfmSegmentSummary> segments;   // all ten, in RfmSegment order, empty ones included
};

// Recency, frequency and monetary value per customer who has bought by the
// as-of date (a buying day is an entry with revenue >= 0; customers with no
// orders, only refunds, or a first order after the as-of date are left out).
//
// Scores: for n scored customers, a customer's score is
//     1 + floor(5 * (number of customers strictly worse) / n)
// where worse means lower frequency, lower monetary value, or more days since
// the last purchase (recency is reversed: fewer days is better). With distinct
// values this is the usual quintile (n/5 customers per score); equal values
// always get the same score, the one of the lowest rank they share, so the
// result does not depend on input order. If everybody ties, everybody scores 1.
//
// Segments: from R and FM = (F + M) / 2, after the widely used R x "F&M"
// grid, e.g. churned.io's "RFM-Model" table
// (https://docs.churned.io/churned-docs/dashboard-and-features/rfv-model-segment-best-practices/rfm-model):
// Champion R 4-5 / FM 4-5, Loyalist 2-5 / 3-5, Potential loyalist 3-5 / 1-3,
// New 4-5 / 0-1, Need attention 2-3 / 2-3, At risk 0-2 / 2-5, Hibernating
// 1-2 / 1-2, Lost 0-2 / 0-2. Those ranges overlap and leave out Promising and
// Can't lose them (which other versions of the grid have: recent but low FM,
// and long gone but high FM), so this is our disjoint version of it; where
// ranges overlap the lower-R cell goes to the warning segment:
//
//     R \ FM  | < 2          | 2 .. < 3             | 3 .. < 4  | >= 4
//     5       | New          | Potential loyalists  | Loyal     | Champions
//     4       | Promising    | Potential loyalists  | Loyal     | Champions
//     3       | Promising    | Need attention       | Loyal     | Loyal
//     2       | Hibernating  | Need attention       | At risk   | At risk
//     1       | Lost         | At risk              | At risk   | Can't lose them
//
// Every (R, F, M) in 1..5 maps to exactly one cell, hence one segment.
class RfmSegmentation
{
public:
    static RfmResult compute(const PurchaseHistory &history, QDate asOf);

    // The grid above; scores outside 1..5 are clamped into it.
    static RfmSegment segmentFor(int r, int f, int m);

    // The score rule above, for one measure where larger is better; exposed
    // so the tie rule can be tested on its own.
    static std::vector<int> quintileScores(const std::vector<double> &values);
};

} // namespace rapport::analytics
