#pragma once
#include "StoreError.h"
#include "domain/Account.h"

#include <QJsonObject>
#include <optional>

namespace rapport {

class Store;

// Typed access to accounts. Validation that needs no database (a name is
// required, the type is one of the known ones) happens here; every write goes
// through RecordWriter, so it is journaled and indexed like any other.
class AccountRepository {
public:
    explicit AccountRepository(Store &store) : m_store(store) {}

    static const QStringList &types();
    static QJsonObject toFields(const Account &account);
    static Account fromFields(const QString &id, const QJsonObject &fields);
    // Empty when valid, else the first problem in words.
    static QString validate(const Account &account);

    Result<QString> create(const Account &account);
    std::optional<Account> get(const QString &id);
    // Saves the fields that differ from the stored account; true if any did.
    Result<bool> update(const Account &account);
    Status remove(const QString &id);

private:
    Store &m_store;
};

} // namespace rapport
