#pragma once
#include "AnalyticsRows.h"
#include "store/StoreError.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>

namespace rapport {

class Store;

// The sales side of the analytics' input: customers (live accounts), the
// product catalogue, orders with their net and cost of goods, order lines,
// and done activities per account and kind. Every read is one forward-only
// pass handed row by row to a sink (the loader keeps only what it maps, never
// a second copy of a million orders); a sink returning false stops the read
// with an error of kind Invalid ("cancelled"). Run them inside a
// ReadSnapshot so that they agree with each other and with lastJournalSeq().
//
// What is left out here, once: deleted records, orders of deleted or no
// accounts (nobody to attribute them to) and lines of deleted orders.
// Amounts are sql::OrderLineNet, the one definition of a line's net.
class AnalyticsRowsQuery {
public:
    template <typename Row>
    using Sink = std::function<bool(const Row &)>;

    explicit AnalyticsRowsQuery(Store &store) : m_store(store) {}

    // The last journal entry (0 if none): what the rows read after it reflect.
    Result<qint64> lastJournalSeq();
    // When the journal entry `seq` was made (UTC ms; 0 for seq 0, -1 if there
    // is none): with its number, it tells one history of the file from another.
    Result<qint64> journalEntryTime(qint64 seq);
    // Live orders of live accounts per currency, most orders first (ties by code).
    Result<QList<QPair<QString, qint64>>> orderCountsByCurrency();

    Status accounts(const Sink<AnalyticsAccountRow> &sink);
    Status products(const Sink<AnalyticsProductRow> &sink);
    // Orders in `currency` only: the others cannot be added to them. With
    // `orderIds`, only those orders (an update after new orders).
    Status orders(const QString &currency, const Sink<AnalyticsOrderRow> &sink, const QStringList &orderIds = {});
    // Lines with a product, of orders in `currency` (of `orderIds` only, if given).
    Status orderLines(const QString &currency, const Sink<AnalyticsOrderLineRow> &sink, const QStringList &orderIds = {});
    // Done activities with an account that started before `before` (UTC ms),
    // one row per account and kind.
    Status doneActivityStarts(qint64 before, const Sink<AnalyticsActivityStartsRow> &sink);

    // The activities with these ids as they are now, deleted ones included.
    Status activityStates(const QStringList &ids, const Sink<AnalyticsActivityStateRow> &sink);

    static StoreError cancelled();
    // The statement of doneActivityStarts (its plan is tested).
    static QString doneActivityStartsSql();

private:
    Store &m_store;
};

} // namespace rapport
