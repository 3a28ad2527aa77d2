#include "analytics/CampaignAnalytics.h"

#include <QDateTime>

#include <QHash>

#include <algorithm>
#include <map>
#include <set>

namespace rapport::analytics {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

// Per customer (-1: an account outside the purchase history), the two
// revenue sources of one campaign.
struct Credit
{
    double orders = 0;
    double deals = 0;
};

void finishRates(CampaignFigures &f)
{
    f.responseRate = ratio(f.responded, f.sent);
    f.conversionRate = ratio(f.converted, f.sent);
    f.roi = ratio(f.revenue - f.cost, f.cost);
    // A free campaign's new customers cost 0 each: a figure, unlike its ROI.
    f.costPerNewCustomer = ratio(f.cost, double(f.newCustomers.size()));
}

std::vector<int> sorted(const std::set<int> &customers)
{
    return {customers.begin(), customers.end()};
}

} // namespace

CampaignResult CampaignAnalytics::compute(const CampaignRecords &records, const PipelineRecords &pipeline,
                                          const PurchaseHistory &history, const CampaignFilter &filter)
{
    CampaignResult result;
    result.filter = filter;
    const bool bounded = filter.from.isValid() || filter.to.isValid();
    const size_t n = records.campaigns.size();
    std::vector<int> slot(n, -1);   // campaign index -> position in result.campaigns
    QHash<QString, int> byId;
    for (size_t c = 0; c < n; ++c) {
        const CampaignInfo &info = records.campaigns[c];
        if (bounded
            && (!info.start.isValid() || (filter.from.isValid() && info.start < filter.from) || (filter.to.isValid() && info.start > filter.to)))
            continue;
        slot[c] = int(result.campaigns.size());
        byId.insert(info.id, int(c));
        CampaignFigures f;
        f.campaign = int(c);
        f.costFromBudget = info.actualCost <= 0 && info.budget > 0;
        f.cost = info.actualCost > 0 ? info.actualCost : std::max(info.budget, 0.0);
        result.campaigns.push_back(f);
    }
    const auto figuresOf = [&](int campaign) -> CampaignFigures * {
        if (campaign < 0 || size_t(campaign) >= n || slot[size_t(campaign)] < 0)
            return nullptr;
        return &result.campaigns[size_t(slot[size_t(campaign)])];
    };

    std::vector<std::set<int>> responders(result.campaigns.size()), converters(result.campaigns.size());
    for (const CampaignMemberInfo &member : records.members) {
        CampaignFigures *f = figuresOf(member.campaign);
        if (!f)
            continue;
        const size_t s = size_t(slot[size_t(member.campaign)]);
        ++f->members;
        if (member.status >= MemberStatus::Sent)
            ++f->sent;
        if (member.status >= MemberStatus::Responded) {
            ++f->responded;
            if (member.customer >= 0)
                responders[s].insert(member.customer);
        }
        if (member.status == MemberStatus::Converted) {
            ++f->converted;
            if (member.customer >= 0)
                converters[s].insert(member.customer);
        }
    }

    // Revenue per (campaign slot, customer), merged per customer below.
    std::vector<std::map<int, Credit>> credit(result.campaigns.size());
    // Nothing after the period's end is known yet: orders after `to` and
    // deals won after it do not count (a report for last year stays last year's).
    const qint64 end = filter.to.isValid() ? QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() : 0;
    const auto known = [&filter](QDate day) { return !filter.to.isValid() || day <= filter.to; };
    for (const CampaignOrder &order : records.orders)
        if (CampaignFigures *f = figuresOf(order.campaign); f && known(order.day)) {
            f->orderRevenue += order.revenue;
            credit[size_t(slot[size_t(order.campaign)])][std::max(order.customer, -1)].orders += order.revenue;
        }
    QHash<QString, StageKind> kindOf;
    for (const PipelineStageInfo &stage : pipeline.stages)
        kindOf.insert(stage.id, stage.kind);
    for (const Deal &deal : pipeline.deals) {
        if (deal.campaignId.isEmpty() || kindOf.value(deal.stageId, StageKind::Open) != StageKind::Won
            || (end > 0 && deal.closedAt >= end))
            continue;
        const auto campaign = byId.constFind(deal.campaignId);
        if (campaign == byId.cend())
            continue;
        CampaignFigures &f = result.campaigns[size_t(slot[size_t(*campaign)])];
        f.wonDealAmount += deal.amount;
        credit[size_t(slot[size_t(*campaign)])][std::max(deal.customer, -1)].deals += deal.amount;
    }
    for (size_t s = 0; s < result.campaigns.size(); ++s)
        for (const auto &[customer, c] : credit[s])
            result.campaigns[s].revenue += customer < 0 ? c.orders + c.deals : std::max(c.orders, c.deals);

    // First buying day of every customer; then who started with this campaign.
    std::vector<QDate> firstDay(history.customers.size());
    for (const Purchase &p : history.purchases)
        if (p.revenue >= 0 && known(p.day) && p.customer >= 0 && size_t(p.customer) < firstDay.size() && p.day.isValid()
            && (!firstDay[size_t(p.customer)].isValid() || p.day < firstDay[size_t(p.customer)]))
            firstDay[size_t(p.customer)] = p.day;
    std::vector<std::set<int>> newCustomers(result.campaigns.size());
    for (const CampaignOrder &order : records.orders)
        if (figuresOf(order.campaign) && known(order.day) && order.customer >= 0 && size_t(order.customer) < firstDay.size()
            && order.day == firstDay[size_t(order.customer)] && order.day.isValid())
            newCustomers[size_t(slot[size_t(order.campaign)])].insert(order.customer);

    CampaignFigures &t = result.totals;
    std::set<int> allResponders, allConverters, allNew;
    for (size_t s = 0; s < result.campaigns.size(); ++s) {
        CampaignFigures &f = result.campaigns[s];
        f.responders = sorted(responders[s]);
        f.converters = sorted(converters[s]);
        f.newCustomers = sorted(newCustomers[s]);
        finishRates(f);
        t.members += f.members;
        t.sent += f.sent;
        t.responded += f.responded;
        t.converted += f.converted;
        t.orderRevenue += f.orderRevenue;
        t.wonDealAmount += f.wonDealAmount;
        t.revenue += f.revenue;
        t.cost += f.cost;
        t.costFromBudget = t.costFromBudget || f.costFromBudget;
        allResponders.insert(responders[s].begin(), responders[s].end());
        allConverters.insert(converters[s].begin(), converters[s].end());
        allNew.insert(newCustomers[s].begin(), newCustomers[s].end());
    }
    t.responders = sorted(allResponders);
    t.converters = sorted(allConverters);
    t.newCustomers = sorted(allNew);
    finishRates(t);
    return result;
}

} // namespace rapport::analytics
