#pragma once

#include "analytics/PurchaseHistory.h"
#include "analytics/SalesRecords.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::analytics {

// Campaigns whose start day falls in [from, to] (an invalid bound is open;
// with any bound, campaigns without a start day are left out). Their results
// count what was known by the end of `to`: orders after it and deals won
// after it are left out.
struct CampaignFilter
{
    QDate from;
    QDate to;
};

// Figures of one campaign, or of all campaigns of the filter (totals).
//
// Members count at the furthest status they reached (their status: the store
// never moves a member back), cumulatively: a converted member is also
// counted as sent and as responded.
// - sent = members at Sent or further; responded = Responded or further;
//   converted = Converted.
// - responseRate = responded / sent; conversionRate = converted / sent (the
//   same base, so the two read as a funnel); both absent when nothing was sent.
//
// Revenue. Two sources credit a campaign: orders carrying it (CampaignOrder)
// and deals carrying it that are now won. A won deal is usually invoiced as
// an order carrying the same campaign, and nothing links the two, so adding
// them would count the sale twice. Per customer the campaign is credited the
// LARGER of its attributed order revenue and its won deal amounts: an
// invoiced deal counts once, a deal not invoiced yet still counts. (A
// customer with an unrelated extra order and a won deal is under-counted by
// the smaller figure: the price of never double counting.) Won deals of
// accounts outside the purchase history (customer -1) count in full.
// orderRevenue and wonDealAmount are the two sources unmerged.
//
// Cost = actualCost when it is positive, else the budget (costFromBudget):
// a campaign's actual cost is often entered only after it ends, and the
// budget is the better estimate until then. A campaign with neither costs 0.
// roi = (revenue - cost) / cost, ABSENT when cost is 0: a free campaign has
// no return ratio (not infinity), the UI shows "n/a" and the revenue.
//
// New customers: customers whose first buying day in the PurchaseHistory
// (the first day with an entry of revenue >= 0, refunds are not purchases)
// has an order attributed to this campaign. If orders of two campaigns share
// that day, the customer is new for both; totals count each customer once.
// costPerNewCustomer = cost / new customers, absent without new customers.
struct CampaignFigures
{
    int campaign = -1;                   // index into CampaignRecords::campaigns; -1 for the totals
    int members = 0;
    int sent = 0;
    int responded = 0;
    int converted = 0;
    std::optional<double> responseRate;
    std::optional<double> conversionRate;
    double orderRevenue = 0;             // attributed orders (refunds subtract)
    double wonDealAmount = 0;            // won deals carrying the campaign
    double revenue = 0;                  // attributed revenue, as above
    double cost = 0;
    bool costFromBudget = false;         // totals: any campaign's was
    std::optional<double> roi;
    std::optional<double> costPerNewCustomer;
    // Drill-down: distinct customer indexes (into PurchaseHistory::customers),
    // ascending; members without an account in the history are counted above
    // but cannot be listed here.
    std::vector<int> responders;         // members at Responded or further
    std::vector<int> converters;         // members at Converted
    std::vector<int> newCustomers;
};

struct CampaignResult
{
    CampaignFilter filter;
    std::vector<CampaignFigures> campaigns;   // the filter's campaigns, in input order
    CampaignFigures totals;                    // sums of the above; rates and ROI from the sums
};

class CampaignAnalytics
{
public:
    static CampaignResult compute(const CampaignRecords &campaigns, const PipelineRecords &pipeline,
                                  const PurchaseHistory &history, const CampaignFilter &filter = {});
};

} // namespace rapport::analytics
