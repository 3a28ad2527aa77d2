#pragma once
#include "Repository.h"
#include "domain/Product.h"

#include <QJsonObject>

namespace rapport {

// Typed access to products: create(Product) → id, get(id), update(Product) →
// changed?, remove(id).
class ProductRepository : public Repository<ProductRepository, Product> {
public:
    explicit ProductRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static QJsonObject toFields(const Product &product);
    static Product fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Product &product);
};

} // namespace rapport
