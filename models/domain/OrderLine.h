#pragma once
#include <QString>
#include <optional>

namespace rapport {

// One line of an order. Amounts are minor units of the order's currency; a
// negative quantity is a return (refund) of that many items.
struct OrderLine {
    QString id; // empty until stored
    QString ownerId;
    QString orderId; // set by the repository
    QString productId;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    std::optional<qint64> discount; // an amount off the line, not a percentage

    // What the line brings in: quantity × unit price − discount, in minor
    // units (negative for a return). The same as sql::OrderLineNet in the store.
    qint64 net() const { return quantity * unitPrice - discount.value_or(0); }
    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

} // namespace rapport
