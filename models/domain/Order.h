#pragma once
#include "OrderLine.h"

#include <QList>
#include <QString>
#include <optional>

namespace rapport {

// A sales order and its lines, written and read as one.
struct Order {
    QString id; // empty until stored
    QString ownerId;
    QString accountId;
    QString contactId;
    std::optional<qint64> orderedAt; // UTC ms, required
    QString currency;                // ISO 4217, required
    QString channel;                 // "web shop", "phone", "sales rep", …
    QString campaignId;
    QString number;                  // "SO-2024-0000123"
    QList<OrderLine> lines;          // in the order they were added
    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace rapport
