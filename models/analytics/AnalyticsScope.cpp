#include "analytics/AnalyticsScope.h"

#include "analytics/RfmSegmentation.h"

namespace rapport::analytics {

std::vector<char> ScopedInput::customersInScope(const AnalyticsInput &input, const AnalyticsScope &scope)
{
    const auto &customers = input.purchases.customers;
    std::vector<char> in(customers.size(), 1);
    if (!scope.ownerId.isEmpty())
        for (size_t i = 0; i < customers.size(); ++i)
            in[i] = customers[i].ownerId == scope.ownerId;
    if (scope.segment) {
        // Segments are a property of the whole customer base: a customer's
        // quintiles do not change because the page shows one owner.
        std::vector<char> inSegment(customers.size(), 0);
        const RfmResult rfm = RfmSegmentation::compute(input.purchases, scope.to);
        for (const RfmCustomer &c : rfm.customers)
            if (c.segment == *scope.segment)
                inSegment[size_t(c.customer)] = 1;
        for (size_t i = 0; i < in.size(); ++i)
            in[i] = in[i] && inSegment[i];
    }
    return in;
}

PurchaseHistory ScopedInput::purchases(const AnalyticsInput &input, const std::vector<char> &inScope, const AnalyticsScope &scope,
                                       bool fromStartOfPeriod)
{
    PurchaseHistory out;
    out.customers = input.purchases.customers;
    out.purchases.reserve(input.purchases.purchases.size());
    const QDate from = fromStartOfPeriod ? scope.from : QDate();
    for (const Purchase &p : input.purchases.purchases) {
        if (!inScope[size_t(p.customer)] || (scope.to.isValid() && p.day > scope.to) || (from.isValid() && p.day < from))
            continue;
        out.purchases.push_back(p);
    }
    return out;  // still sorted: a filtered sorted sequence
}

AnalyticsInput ScopedInput::restrict(const AnalyticsInput &input, const AnalyticsScope &scope)
{
    const std::vector<char> in = customersInScope(input, scope);
    auto keeps = [&in](int customer) { return customer >= 0 && in[size_t(customer)]; };

    AnalyticsInput out;
    out.currency = input.currency;
    out.ordersInOtherCurrencies = input.ordersInOtherCurrencies;
    out.dealsInOtherCurrencies = input.dealsInOtherCurrencies;
    out.campaignsInOtherCurrencies = input.campaignsInOtherCurrencies;
    out.journalSeq = input.journalSeq;
    out.loadId = input.loadId;
    out.purchases = purchases(input, in, scope, false);
    out.products = input.products;
    for (const PurchasedLine &l : input.lines)
        if (keeps(l.customer) && (!scope.to.isValid() || l.day <= scope.to))
            out.lines.push_back(l);
    out.activities = input.activities.filtered(keeps);

    out.pipeline.stages = input.pipeline.stages;
    out.pipeline.pipelineNames = input.pipeline.pipelineNames;
    // A deal is the owner's by its own owner, not its account's; the segment
    // is its account's.
    std::vector<char> inSegment;
    if (scope.segment) {
        AnalyticsScope segmentOnly = scope;
        segmentOnly.ownerId.clear();
        inSegment = scope.ownerId.isEmpty() ? in : customersInScope(input, segmentOnly);
    }
    std::vector<int> dealIndex(input.pipeline.deals.size(), -1);
    for (size_t i = 0; i < input.pipeline.deals.size(); ++i) {
        const Deal &d = input.pipeline.deals[i];
        const bool owner = scope.ownerId.isEmpty() || d.ownerId == scope.ownerId;
        const bool segment = !scope.segment || (d.customer >= 0 && inSegment[size_t(d.customer)]);
        if (owner && segment) {
            dealIndex[i] = int(out.pipeline.deals.size());
            out.pipeline.deals.push_back(d);
        }
    }
    for (const DealStageMove &m : input.pipeline.moves)
        if (const int d = dealIndex[size_t(m.deal)]; d >= 0) {
            DealStageMove copy = m;
            copy.deal = d;
            out.pipeline.moves.push_back(copy);
        }

    out.campaigns.campaigns = input.campaigns.campaigns;
    for (const CampaignMemberInfo &m : input.campaigns.members)
        if (scope.coversAllCustomers() || keeps(m.customer))
            out.campaigns.members.push_back(m);
    for (const CampaignOrder &o : input.campaigns.orders)
        if (keeps(o.customer))
            out.campaigns.orders.push_back(o);

    for (const ServiceCase &c : input.service.cases)
        if (scope.coversAllCustomers() || keeps(c.customer))
            out.service.cases.push_back(c);
    return out;
}

} // namespace rapport::analytics
