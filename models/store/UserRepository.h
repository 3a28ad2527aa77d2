#pragma once
#include "Repository.h"
#include "domain/User.h"

#include <QJsonObject>

namespace rapport {

// Typed access to users: create(User) → id, get(id), update(User) → changed?,
// remove(id); the store's local user cannot be removed.
class UserRepository : public Repository<UserRepository, User> {
public:
    explicit UserRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static const QStringList &roles();
    static QJsonObject toFields(const User &user);
    static User fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const User &user);

    Status remove(const QString &id);
};

} // namespace rapport
