#pragma once

#include "analytics/AnalyticsInput.h"
#include "analytics/RfmSegment.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

// The filter a dashboard page applies to all of its figures: a period, an
// owner and an RFM segment.
//
// - Period [from, to]: `to` is the as-of date of every figure (nothing after
//   it is known). Figures over a period (revenue, sales, profit, cases, deals)
//   count what happened in [from, to]; monthly series show the months of the
//   period but are computed on the whole history up to `to`, because whether a
//   customer is new, returning or lost depends on what came before. An invalid
//   `from` means from the first record.
// - Owner: the account's owner for customer figures, the deal's owner for
//   pipeline figures, the case's account owner for service figures.
// - Segment: customers whose RFM segment as of `to` (computed on the whole
//   history, unfiltered) is this one.
struct AnalyticsScope
{
    QDate from;
    QDate to;
    QString ownerId;
    std::optional<RfmSegment> segment;

    bool coversAllCustomers() const { return ownerId.isEmpty() && !segment; }
};

// The scope applied to the input, customer indices unchanged (so every result
// refers to AnalyticsInput's customers).
class ScopedInput
{
public:
    // Customers in scope: 1, out: 0; one entry per customer.
    static std::vector<char> customersInScope(const AnalyticsInput &input, const AnalyticsScope &scope);

    // The purchases of the customers in scope up to `to`; with
    // `fromStartOfPeriod`, also only those on or after `from`.
    static PurchaseHistory purchases(const AnalyticsInput &input, const std::vector<char> &inScope, const AnalyticsScope &scope,
                                     bool fromStartOfPeriod);

    // The input restricted to the scope: purchases, lines and activities of
    // customers in scope (up to `to`, all history), deals of the owner (or of
    // customers in the segment), cases of customers in scope, campaign
    // members and orders of customers in scope. Campaigns and stages stay.
    static AnalyticsInput restrict(const AnalyticsInput &input, const AnalyticsScope &scope);
};

} // namespace rapport::analytics
