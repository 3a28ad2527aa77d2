#pragma once

#include <QString>

namespace rapport::analytics {

// A product as the product analytics need it; inputs refer to products by
// their index in a std::vector<CatalogueProduct>, so the counting loops index
// arrays instead of hashing record ids.
struct CatalogueProduct
{
    QString id;        // the product's record id
    QString name;
    QString category;  // empty: uncategorised
};

} // namespace rapport::analytics
