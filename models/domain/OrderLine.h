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
    friend bool operator==(const OrderLine &, const OrderLine &) = default;
};

} // namespace rapport
