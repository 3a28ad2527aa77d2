#pragma once
#include <QString>
#include <optional>

namespace rapport {

// Something we sell. Prices are minor units of `currency`.
struct Product {
    QString id; // empty until stored
    QString ownerId;
    QString code;
    QString name;
    QString category;
    std::optional<qint64> listPrice;
    std::optional<qint64> unitCost;
    QString currency;
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace rapport
