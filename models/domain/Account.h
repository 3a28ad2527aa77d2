#pragma once
#include <QString>
#include <QStringList>
#include <QList>
#include <optional>

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

// A company or person we sell to. Field meanings follow the schema (EntitySchema.cpp).
struct Account {
    QString id; // empty until stored
    QString ownerId;
    QString name;
    QString type; // prospect, customer, partner, former customer
    QString industry;
    QString source; // how they found us
    QString website;
    QList<ContactPoint> phones;
    QList<ContactPoint> emails;
    PostalAddress address;
    QString parentId;
    QStringList tags;
    QString notes;
    std::optional<int> visitIntervalDays; // reps plan visits with it
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace rapport
