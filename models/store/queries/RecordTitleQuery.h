#pragma once
#include "store/StoreError.h"

#include <QString>
#include <optional>

namespace rapport {

class Store;

// The display title of one searchable record (an account's name, a contact's
// full name, a case's subject), as search shows it: one lookup by the unique
// record_id of search_docs. Deleted records have no search document, so they
// have no title.
class RecordTitleQuery {
public:
    explicit RecordTitleQuery(Store &store) : m_store(store) {}

    // None when there is no live record of `entity` with that id.
    Result<std::optional<QString>> title(const QString &entity, const QString &id);

private:
    Store &m_store;
};

} // namespace rapport
