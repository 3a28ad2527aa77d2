#pragma once
#include "StoreError.h"

#include <QStringList>

namespace rapport {

class Store;

// `rapportctl check`: everything that can be verified about a store, each
// problem as a sentence a person can act on. Read-only.
struct CheckReport {
    QStringList problems;
    QStringList checked; // what was looked at, for the readable report
    bool ok() const { return problems.isEmpty(); }
};

class StoreChecker {
public:
    explicit StoreChecker(Store &store) : m_store(store) {}
    CheckReport run();

private:
    void integrity(CheckReport &r);
    void foreignKeys(CheckReport &r);
    void searchIndex(CheckReport &r);
    void journal(CheckReport &r);
    Store &m_store;
};

} // namespace rapport
