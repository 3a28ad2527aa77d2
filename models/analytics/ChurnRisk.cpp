#include "analytics/ChurnRisk.h"

#include "analytics/ServiceAnalytics.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace rapport::analytics {

namespace {

// Translations: QCoreApplication::translate with the literal context
// "ChurnRisk" at every call. lupdate reads the context from the call itself;
// a Q_DECLARE_TR_FUNCTIONS helper called from ChurnRisk::describe got filed
// under the helper's name ("Text") because lupdate, without include paths,
// cannot see the class ChurnRisk, and the runtime lookup then missed.

// One customer's orders up to the as-of date, split the ways the reasons need.
struct Orders
{
    std::vector<QDate> days;             // distinct buying days, ascending
    int recentDays = 0, earlierDays = 0; // buying days per window
    int recentOrders = 0, earlierOrders = 0;
    double recentRevenue = 0, earlierRevenue = 0;
};

double medianGap(const std::vector<QDate> &days)
{
    std::vector<double> gaps;
    for (size_t i = 1; i < days.size(); ++i)
        gaps.push_back(double(days[i - 1].daysTo(days[i])));
    std::sort(gaps.begin(), gaps.end());
    const size_t mid = gaps.size() / 2;
    return gaps.size() % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
}

std::vector<ChurnReason> reasonsOf(const Orders &o, int openCases, int overdueCases, QDate asOf, const ChurnRiskSettings &s)
{
    std::vector<ChurnReason> reasons;
    if (o.days.size() >= 2) {
        const double gap = medianGap(o.days);
        const double since = double(o.days.back().daysTo(asOf));
        // A zero gap cannot happen with distinct days; the guard keeps the
        // strength finite if the rules ever change.
        if (gap > 0 && since > s.overdueFactor * gap)
            reasons.push_back({ChurnReasonCode::OverdueForPurchase, since, gap, 1.0 - gap / since});
    }
    if (o.earlierDays >= 2 && o.recentDays <= (1.0 - s.frequencyDrop) * o.earlierDays)
        reasons.push_back({ChurnReasonCode::FewerPurchases, double(o.recentDays), double(o.earlierDays),
                           1.0 - double(o.recentDays) / o.earlierDays});
    if (o.recentOrders > 0 && o.earlierOrders > 0) {
        const double recent = o.recentRevenue / o.recentOrders;
        const double earlier = o.earlierRevenue / o.earlierOrders;
        if (earlier > 0 && recent <= (1.0 - s.spendDrop) * earlier)
            reasons.push_back({ChurnReasonCode::SmallerOrders, recent, earlier, 1.0 - recent / earlier});
    }
    if (openCases > 0)
        reasons.push_back({ChurnReasonCode::OpenComplaints, double(openCases), double(overdueCases), 1.0 - std::pow(0.5, openCases)});
    std::stable_sort(reasons.begin(), reasons.end(), [](const ChurnReason &a, const ChurnReason &b) { return a.strength > b.strength; });
    return reasons;
}

} // namespace

std::vector<ChurnRiskCustomer> ChurnRisk::compute(const PurchaseHistory &history, const std::vector<CustomerLifetime> &lifetimes,
                                                  const ServiceRecords &service, QDate asOf, int topN, const ChurnRiskSettings &settings)
{
    const size_t n = history.customers.size();
    const QDate recentStart = asOf.addDays(-settings.windowDays);        // exclusive
    const QDate earlierStart = asOf.addDays(-2 * settings.windowDays);   // exclusive
    std::vector<Orders> orders(n);
    for (const Purchase &p : history.purchases) {
        if (p.customer < 0 || size_t(p.customer) >= n || p.revenue < 0 || !p.day.isValid() || p.day > asOf)
            continue;
        Orders &o = orders[size_t(p.customer)];
        const bool newDay = std::find(o.days.begin(), o.days.end(), p.day) == o.days.end();
        if (newDay)
            o.days.push_back(p.day);
        if (p.day > recentStart) {
            o.recentDays += newDay;
            ++o.recentOrders;
            o.recentRevenue += p.revenue;
        } else if (p.day > earlierStart) {
            o.earlierDays += newDay;
            ++o.earlierOrders;
            o.earlierRevenue += p.revenue;
        }
    }

    const qint64 asOfEnd = asOf.addDays(1).startOfDay().toMSecsSinceEpoch();  // the end of the local as-of day
    std::vector<int> openCases(n, 0), overdueCases(n, 0);
    for (const ServiceCase &c : service.cases) {
        if (c.customer < 0 || size_t(c.customer) >= n || c.openedAt >= asOfEnd || (c.resolvedAt != 0 && c.resolvedAt < asOfEnd))
            continue;
        ++openCases[size_t(c.customer)];
        if (ServiceAnalytics::dueAt(c, settings.levels) < asOfEnd)
            ++overdueCases[size_t(c.customer)];
    }

    std::vector<const CustomerLifetime *> ranked;
    for (const CustomerLifetime &lifetime : lifetimes)
        if (lifetime.customer >= 0 && size_t(lifetime.customer) < n && !orders[size_t(lifetime.customer)].days.empty()
            && std::isfinite(lifetime.valueAtRisk))
            ranked.push_back(&lifetime);
    std::sort(ranked.begin(), ranked.end(), [](const CustomerLifetime *a, const CustomerLifetime *b) {
        return a->valueAtRisk != b->valueAtRisk ? a->valueAtRisk > b->valueAtRisk : a->customer < b->customer;
    });
    if (topN > 0 && ranked.size() > size_t(topN))
        ranked.resize(size_t(topN));

    std::vector<ChurnRiskCustomer> out;
    for (const CustomerLifetime *lifetime : ranked) {
        Orders &o = orders[size_t(lifetime->customer)];
        std::sort(o.days.begin(), o.days.end());  // the history is sorted, but need not be
        const size_t c = size_t(lifetime->customer);
        out.push_back({lifetime->customer, lifetime->valueAtRisk, lifetime->probabilityAlive, lifetime->lifetimeValue,
                       reasonsOf(o, openCases[c], overdueCases[c], asOf, settings)});
    }
    return out;
}

QString ChurnRisk::describe(const ChurnReason &reason, const ChurnRiskSettings &settings, const QLocale &locale)
{
    const auto count = [](double v) { return int(std::lround(v)); };
    switch (reason.code) {
    case ChurnReasonCode::OverdueForPurchase:
        return QCoreApplication::translate("ChurnRisk", "No purchase for %n day(s); usually every %1.", nullptr, count(reason.value))
            .arg(QCoreApplication::translate("ChurnRisk", "%n day(s)", nullptr, count(reason.reference)));
    case ChurnReasonCode::FewerPurchases:
        return QCoreApplication::translate("ChurnRisk", "%n purchase(s) in the last %1, %2 in the %1 before.", nullptr, count(reason.value))
            .arg(QCoreApplication::translate("ChurnRisk", "%n day(s)", nullptr, settings.windowDays))
            .arg(count(reason.reference));
    case ChurnReasonCode::SmallerOrders:
        return QCoreApplication::translate("ChurnRisk", "Average order down from %1 to %2.")
            .arg(locale.toString(reason.reference, 'f', 2), locale.toString(reason.value, 'f', 2));
    case ChurnReasonCode::OpenComplaints:
        if (reason.reference > 0)
            return QCoreApplication::translate("ChurnRisk", "%n open case(s), %1 overdue.", nullptr, count(reason.value)).arg(count(reason.reference));
        return QCoreApplication::translate("ChurnRisk", "%n open case(s).", nullptr, count(reason.value));
    }
    return QString();
}

std::vector<size_t> ChurnRisk::rankByValueAtRisk(const PurchaseHistory &history, const std::vector<CustomerLifetime> &lifetimes, QDate asOf,
                                                const std::vector<char> &inScope)
{
    // Buyers by the as-of date, as compute() counts them (refunds are not purchases).
    std::vector<char> bought(history.customers.size(), 0);
    for (const Purchase &p : history.purchases)
        if (p.revenue >= 0 && p.day <= asOf && p.customer >= 0 && size_t(p.customer) < bought.size())
            bought[size_t(p.customer)] = 1;
    std::vector<size_t> out;
    for (size_t i = 0; i < lifetimes.size(); ++i) {
        const CustomerLifetime &l = lifetimes[i];
        if (!std::isfinite(l.valueAtRisk) || !(l.valueAtRisk > 0) || !l.error.isEmpty())
            continue;
        if (l.customer < 0 || size_t(l.customer) >= bought.size() || !bought[size_t(l.customer)])
            continue;
        if (!inScope.empty() && (l.customer < 0 || size_t(l.customer) >= inScope.size() || !inScope[size_t(l.customer)]))
            continue;
        out.push_back(i);
    }
    std::sort(out.begin(), out.end(), [&lifetimes](size_t a, size_t b) {
        const CustomerLifetime &x = lifetimes[a], &y = lifetimes[b];
        return x.valueAtRisk != y.valueAtRisk ? x.valueAtRisk > y.valueAtRisk : x.customer < y.customer;
    });
    return out;
}

} // namespace rapport::analytics
