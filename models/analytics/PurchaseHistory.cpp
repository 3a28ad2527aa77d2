#include "analytics/PurchaseHistory.h"

#include <algorithm>

namespace rapport::analytics {

void PurchaseHistory::sort()
{
    std::stable_sort(purchases.begin(), purchases.end(), [](const Purchase &a, const Purchase &b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    });
}

} // namespace rapport::analytics
