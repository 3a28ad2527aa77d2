#pragma once
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// The key figures on an account's page. Sums of money are kept per currency
// (an account may order in two), largest first; nothing is converted.
struct AccountFigures {
    // The newest live order.
    QString lastOrderId;
    QString lastOrderNumber;
    std::optional<qint64> lastOrderAt; // UTC ms
    std::optional<Money> lastOrderTotal;

    // Net of returns and discounts, orders placed in the 12 months up to now
    // (AccountRevenue's window and line amounts), one sum per currency.
    QList<Money> revenueLast12Months;

    int openOpportunities = 0;
    QList<Money> openOpportunityTotal; // opportunities without an amount count but add nothing

    int openCases = 0;    // not resolved or closed
    int overdueCases = 0; // of those, past their due-by time

    std::optional<qint64> lastVisitAt;        // the newest completed visit
    std::optional<qint64> nextPlannedVisitAt; // the earliest visit still open
    std::optional<int> visitIntervalDays;     // the account's target
    // Last visit + target interval. Without a visit but with a target the
    // account is due now; without a target nothing is due.
    std::optional<qint64> nextVisitDue;
};

// Reads an account's key figures with a handful of indexed queries, each
// bounded by the account's own rows (orders_by_account, activities_by_account,
// opportunities_by_account, cases_by_account), so the page opens as fast for
// the biggest customer as for a prospect.
class AccountFiguresQuery {
public:
    explicit AccountFiguresQuery(Store &store) : m_store(store) {}

    // `now` (UTC ms) is the end of the revenue window and the time cases are
    // overdue against.
    Result<AccountFigures> figures(const QString &accountId, qint64 now);

private:
    Status readLastOrder(const QString &accountId, AccountFigures &out);
    Status readRevenue(const QString &accountId, qint64 now, AccountFigures &out);
    Status readOpportunities(const QString &accountId, AccountFigures &out);
    Status readCases(const QString &accountId, qint64 now, AccountFigures &out);
    Status readVisits(const QString &accountId, qint64 now, AccountFigures &out);

    Store &m_store;
};

} // namespace rapport
