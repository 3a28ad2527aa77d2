#pragma once
#include "store/StoreError.h"

#include <QStringList>

namespace rapport {

class Store;

// The names of the defined tags, for the tag editors' completion. The tags
// table holds tens of names, a few hundred at most; the read is capped anyway.
class TagNames {
public:
    static constexpr int Limit = 2000;
    explicit TagNames(Store &store) : m_store(store) {}
    Result<QStringList> all();

private:
    Store &m_store;
};

} // namespace rapport
