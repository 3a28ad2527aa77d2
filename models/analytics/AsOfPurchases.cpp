#include "analytics/AsOfPurchases.h"

#include <algorithm>

namespace rapport::analytics {

AsOfPurchases::AsOfPurchases(const PurchaseHistory &history, QDate asOf)
    : m_asOf(asOf)
{
    std::vector<const Purchase *> known;
    known.reserve(history.purchases.size());
    for (const Purchase &p : history.purchases)
        if (p.day.isValid() && p.day <= asOf)
            known.push_back(&p);
    std::stable_sort(known.begin(), known.end(), [](const Purchase *a, const Purchase *b) {
        return a->customer != b->customer ? a->customer < b->customer : a->day < b->day;
    });

    for (size_t i = 0; i < known.size();) {
        CustomerPurchases c;
        c.customer = known[i]->customer;
        for (; i < known.size() && known[i]->customer == c.customer; ++i) {
            const Purchase &p = *known[i];
            c.entries.push_back(p);
            c.revenue += p.revenue;
            c.cost += p.cost;
            if (p.revenue >= 0 && (c.buyingDays.empty() || c.buyingDays.back() != p.day))
                c.buyingDays.push_back(p.day);
        }
        if (!c.buyingDays.empty())
            m_customers.push_back(std::move(c));
    }
}

} // namespace rapport::analytics
