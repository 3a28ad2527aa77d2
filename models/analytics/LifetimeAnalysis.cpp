#include "analytics/LifetimeAnalysis.h"

#include "analytics/GslStatusPolicy.h"

#include <algorithm>
#include <future>
#include <thread>
#include <tuple>

namespace rapport::analytics {

namespace {

// Below this many distinct customers (about 5 ms of valueOf) a second thread
// is not worth starting.
constexpr size_t kParallelFrom = 512;

size_t workerCount(size_t items)
{
    if (items < kParallelFrom)
        return 1;
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
}

// A customer's value depends on (x, t_x, T, spend count, mean spend) only;
// every one-time buyer who first bought on the same day has the same one. So
// each distinct summary is valued once (on as many threads as there are
// cores: valueOf is const and GSL's special functions keep no state) and the
// result copied to the customers who share it: the same numbers valueAll gives.
std::vector<CustomerLifetime> valueEveryone(const CustomerLifetimeValue &clv, const std::vector<CustomerRepeatPurchases> &customers)
{
    const auto key = [&customers](size_t i) {
        const CustomerRepeatPurchases &c = customers[i];
        return std::make_tuple(c.x, c.tx, c.T, c.spendCount, c.meanRepeatSpend);
    };
    std::vector<size_t> order(customers.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&key](size_t l, size_t r) { return key(l) < key(r); });
    std::vector<size_t> representatives;  // one customer per distinct summary
    std::vector<size_t> distinctOf(customers.size());
    for (size_t k = 0; k < order.size(); ++k) {
        if (k == 0 || key(order[k]) != key(order[k - 1]))
            representatives.push_back(order[k]);
        distinctOf[order[k]] = representatives.size() - 1;
    }

    std::vector<CustomerLifetime> distinct(representatives.size());
    const auto valueRange = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            distinct[i] = clv.valueOf(customers[representatives[i]]);
    };
    const size_t workers = workerCount(distinct.size());
    std::vector<std::future<void>> running;
    for (size_t w = 1; w < workers; ++w)
        running.push_back(std::async(std::launch::async, valueRange, distinct.size() * w / workers, distinct.size() * (w + 1) / workers));
    valueRange(0, distinct.size() / workers);
    for (auto &f : running)
        f.get();

    std::vector<CustomerLifetime> out(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        out[i] = distinct[distinctOf[i]];
        out[i].customer = customers[i].customer;
    }
    return out;
}

} // namespace

LifetimeAnalysis LifetimeAnalysis::compute(const PurchaseHistory &history, QDate asOf, LifetimeSettings settings)
{
    LifetimeAnalysis out;
    out.settings = settings;
    out.summary = RepeatPurchaseSummary::summarise(history, asOf);
    // The two fits are independent (separate GSL minimisers, no shared
    // state; the error handler is switched off once, before either starts),
    // so Gamma-Gamma runs beside BG/NBD, the longer of the two.
    useGslStatusCodes();
    const std::vector<CustomerRepeatPurchases> &customers = out.summary.customers();
    std::future<ModelFit<GammaGammaModel>> spend = std::async(std::launch::async, [&customers] { return GammaGammaModel::fit(customers); });
    out.purchases = BgNbdModel::fit(customers);
    out.spend = spend.get();
    if (out.purchases.model && out.spend.model)
        out.values = valueEveryone(CustomerLifetimeValue(*out.purchases.model, *out.spend.model, settings.horizonWeeks, settings.annualDiscountRate),
                                   customers);
    return out;
}

LifetimeAnalysis LifetimeAnalysis::revalue(const LifetimeAnalysis &fitted, const PurchaseHistory &history, QDate asOf)
{
    LifetimeAnalysis out;
    out.settings = fitted.settings;
    out.purchases = fitted.purchases;
    out.spend = fitted.spend;
    out.summary = RepeatPurchaseSummary::summarise(history, asOf);
    if (!out.purchases.model || !out.spend.model)
        return out;
    const CustomerLifetimeValue clv(*out.purchases.model, *out.spend.model, out.settings.horizonWeeks, out.settings.annualDiscountRate);
    // Only customers whose summary changed (new orders) are valued again:
    // with the same parameters and as-of date, the same summary gives the same
    // value. Both summaries are in customer order.
    const std::vector<CustomerRepeatPurchases> &before = fitted.summary.customers();
    const std::vector<CustomerRepeatPurchases> &now = out.summary.customers();
    const bool sameDate = fitted.summary.asOf() == asOf && fitted.values.size() == before.size();
    out.values.reserve(now.size());
    size_t j = 0;
    for (const CustomerRepeatPurchases &c : now) {
        while (j < before.size() && before[j].customer < c.customer)
            ++j;
        const bool unchanged = sameDate && j < before.size() && before[j].customer == c.customer && before[j].x == c.x && before[j].tx == c.tx
                               && before[j].T == c.T && before[j].spendCount == c.spendCount && before[j].meanRepeatSpend == c.meanRepeatSpend;
        out.values.push_back(unchanged ? fitted.values[j] : clv.valueOf(c));
    }
    return out;
}

} // namespace rapport::analytics
