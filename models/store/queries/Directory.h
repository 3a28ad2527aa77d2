#pragma once
#include "store/StoreError.h"
#include "domain/SavedView.h"
#include "domain/User.h"

#include <QList>
#include <QString>

namespace rapport {

class Store;

// The small lookups behind pickers and filter combos: users (owners,
// assignees) and saved views. Both tables hold tens of rows, never more than
// a few hundred, so they are read whole.
class Directory {
public:
    explicit Directory(Store &store) : m_store(store) {}

    // Live users by display name (name when there is none); inactive ones
    // only when asked (an old owner still shows in filters).
    Result<QList<User>> users(bool includeInactive = false);
    // Live saved views of one entity ("contact"), by name.
    Result<QList<SavedView>> savedViews(const QString &entity);

private:
    Store &m_store;
};

} // namespace rapport
