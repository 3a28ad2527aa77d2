#include "analytics/RepeatPurchaseSummary.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace rapport::analytics {

namespace {

// Days from the first purchase over 7, as the literature measures time; the
// as-of date itself is the last calibration day (T for a customer who first
// bought on 1997-01-01, as of 1997-09-30, is 272/7 = 38.857 weeks).
double weeksBetween(QDate from, QDate to)
{
    return static_cast<double>(from.daysTo(to)) / 7.0;
}

struct Transaction
{
    QDate day;
    double value = 0;
};

// One customer's transactions up to and including `to`, by the rules in the header.
// `purchases` is the customer's slice of the history, in any order.
std::vector<Transaction> transactionsOf(const std::vector<const Purchase *> &purchases, QDate to)
{
    std::map<QDate, double> sales;   // day -> summed non-negative revenue
    std::map<QDate, double> refunds; // day -> summed negative revenue
    for (const Purchase *p : purchases) {
        if (!p->day.isValid() || p->day > to)
            continue;
        if (p->revenue >= 0) {
            sales[p->day] += p->revenue;
        } else {
            refunds[p->day] += p->revenue;
        }
    }
    std::vector<Transaction> out;
    out.reserve(sales.size());
    for (const auto &[day, value] : sales)
        out.push_back({day, value});
    for (const auto &[day, amount] : refunds) {
        // Latest transaction on or before the refund's day.
        auto it = std::upper_bound(out.begin(), out.end(), day, [](QDate d, const Transaction &t) { return d < t.day; });
        if (it != out.begin())
            std::prev(it)->value += amount;
    }
    return out;
}

std::vector<std::vector<const Purchase *>> purchasesByCustomer(const PurchaseHistory &history)
{
    std::vector<std::vector<const Purchase *>> by(history.customers.size());
    for (const Purchase &p : history.purchases) {
        if (p.customer >= 0 && static_cast<size_t>(p.customer) < by.size())
            by[static_cast<size_t>(p.customer)].push_back(&p);
    }
    return by;
}

} // namespace

RepeatPurchaseSummary RepeatPurchaseSummary::summarise(const PurchaseHistory &history, QDate asOf)
{
    RepeatPurchaseSummary summary;
    summary.m_asOf = asOf;
    const auto byCustomer = purchasesByCustomer(history);
    for (size_t c = 0; c < byCustomer.size(); ++c) {
        const std::vector<Transaction> transactions = transactionsOf(byCustomer[c], asOf);
        if (transactions.empty()) {
            ++summary.m_excluded;
            continue;
        }
        CustomerRepeatPurchases s;
        s.customer = static_cast<int>(c);
        s.firstPurchase = transactions.front().day;
        s.x = static_cast<int>(transactions.size()) - 1;
        s.tx = weeksBetween(s.firstPurchase, transactions.back().day);
        s.T = weeksBetween(s.firstPurchase, asOf);
        double spend = 0;
        for (size_t i = 1; i < transactions.size(); ++i) {
            if (transactions[i].value > 0) {
                spend += transactions[i].value;
                ++s.spendCount;
            }
        }
        s.meanRepeatSpend = s.spendCount > 0 ? spend / s.spendCount : 0.0;
        summary.m_customers.push_back(s);
    }
    return summary;
}

int RepeatPurchaseSummary::repeaters() const
{
    int n = 0;
    for (const auto &c : m_customers)
        n += c.x > 0 ? 1 : 0;
    return n;
}

int RepeatPurchaseSummary::repeatTransactions() const
{
    int n = 0;
    for (const auto &c : m_customers)
        n += c.x;
    return n;
}

std::vector<int> RepeatPurchaseSummary::holdoutTransactions(const PurchaseHistory &history, QDate holdoutEnd) const
{
    const auto byCustomer = purchasesByCustomer(history);
    std::vector<int> counts;
    counts.reserve(m_customers.size());
    for (const auto &c : m_customers) {
        int n = 0;
        for (const Transaction &t : transactionsOf(byCustomer[static_cast<size_t>(c.customer)], holdoutEnd))
            n += t.day > m_asOf ? 1 : 0;
        counts.push_back(n);
    }
    return counts;
}

RepeatPurchaseSummary RepeatPurchaseSummary::fromParts(QDate asOf, std::vector<CustomerRepeatPurchases> customers, int excluded)
{
    RepeatPurchaseSummary out;
    out.m_asOf = asOf;
    out.m_customers = std::move(customers);
    out.m_excluded = excluded;
    return out;
}

} // namespace rapport::analytics
