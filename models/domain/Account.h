#pragma once
#include "ContactDetails.h"

#include <QString>
#include <QStringList>
#include <QList>
#include <optional>

namespace rapport {

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
