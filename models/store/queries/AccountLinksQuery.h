#pragma once
#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace rapport {

class Store;

// A record an activity can be linked to, as a picker lists it.
struct LinkChoice {
    QString id;
    QString title;
    bool open = true; // opportunities: not won or lost; cases: not resolved or closed
};

// What an activity of an account can be about: the account's contacts,
// opportunities and cases (live ones). Each list is one index range
// (contacts_by_account, opportunities_by_account, cases_by_account), sorted
// and bounded: an account has tens of each, and a picker shows no more than
// `limit`.
class AccountLinksQuery {
public:
    explicit AccountLinksQuery(Store &store) : m_store(store) {}

    // By name (the contacts' sort key).
    Result<QList<LinkChoice>> contacts(const QString &accountId, int limit = 300);
    // Open ones first, then the newest.
    Result<QList<LinkChoice>> opportunities(const QString &accountId, int limit = 100);
    Result<QList<LinkChoice>> cases(const QString &accountId, int limit = 100);

private:
    Result<QList<LinkChoice>> run(const QString &sql, const QString &accountId, int limit, const QString &what);

    Store &m_store;
};

} // namespace rapport
