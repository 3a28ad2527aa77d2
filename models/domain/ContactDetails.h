#pragma once
#include <QString>

namespace rapport {

// A labelled phone number or email address ("work", "mobile", …).
struct ContactPoint {
    QString type;
    QString value;
    friend bool operator==(const ContactPoint &, const ContactPoint &) = default;
};

struct PostalAddress {
    QString street, city, region, postcode, country;
    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

} // namespace rapport
