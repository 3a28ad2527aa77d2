#pragma once
#include <QString>

namespace rapport {

// Someone who works with the CRM. Every store has one local user (Store::localUserId).
struct User {
    QString id; // empty until stored
    QString ownerId;
    QString name; // login name
    QString displayName;
    QString email;
    QString role; // admin, manager, rep, marketing, support
    QString team;
    bool active = true;
    friend bool operator==(const User &, const User &) = default;
};

} // namespace rapport
