#pragma once
#include <QString>

namespace rapport {

// A label records can carry in their tags list; the record holds the name.
struct Tag {
    QString id; // empty until stored
    QString ownerId;
    QString name;
    QString color; // "#rrggbb" or empty
    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace rapport
