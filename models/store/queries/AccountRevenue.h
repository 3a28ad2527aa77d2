#pragma once
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace rapport {

class Store;

// An account's revenue over the last 12 months: the one definition of it, for
// every page that shows or ranks by it (Today's visits due, the account's key
// figures).
//
//   window  = (now − 12 calendar months, now], by orders.ordered_at (UTC)
//   revenue = Σ over the live lines of the account's live orders in the window
//             of  quantity × unit_price − sign(quantity) × discount
//             (sql::OrderLineNet, shared with the order totals)
//
// A negative quantity is a return: its line is a refund and lowers the revenue;
// its discount lowers the refund, as it lowered the sale it reverses. Amounts
// are minor units of the order's currency and are never converted: an account
// buys in one currency (its region's), and should it have orders in several,
// the currency with the largest revenue is reported and the others are left
// out rather than added across currencies.
class AccountRevenue {
public:
    explicit AccountRevenue(Store &store) : m_store(store) {}

    // The window's start, itself outside the window.
    static qint64 windowStart(qint64 now);

    // Revenue of each account; accounts with no order line in the window are
    // absent. Each id is one index range of orders_by_account.
    Result<QHash<QString, Money>> last12Months(const QStringList &accountIds, qint64 now);

private:
    Store &m_store;
};

} // namespace rapport
