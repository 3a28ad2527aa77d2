#pragma once
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// The products on offer, for picking one on an order line: name order, with
// code, list price and currency. A catalogue is tens to a few hundred
// products; the read is capped anyway.
class ProductCatalogue {
public:
    static constexpr int Limit = 5000;
    struct Item {
        QString id;
        QString name;
        QString code;
        std::optional<qint64> listPrice; // minor units of `currency`
        QString currency;
    };
    explicit ProductCatalogue(Store &store) : m_store(store) {}
    Result<QList<Item>> all();

private:
    Store &m_store;
};

} // namespace rapport
