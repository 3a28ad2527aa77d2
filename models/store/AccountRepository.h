#pragma once
#include "Repository.h"
#include "domain/Account.h"

#include <QJsonObject>

namespace rapport {

// Typed access to accounts. Validation that needs no database (a name is
// required, the type is one of the known ones) happens here; every write goes
// through RecordWriter, so it is journaled and indexed like any other.
// create(Account) → id, get(id), update(Account) → changed?, remove(id).
class AccountRepository : public Repository<AccountRepository, Account> {
public:
    explicit AccountRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static const QStringList &types();
    static QJsonObject toFields(const Account &account);
    static Account fromFields(const QString &id, const QJsonObject &fields);
    // Empty when valid, else the first problem in words.
    static QString validate(const Account &account);
};

} // namespace rapport
