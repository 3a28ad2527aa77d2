#pragma once
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace rapport {

class Store;

// An account past its target visit interval.
struct VisitDue {
    QString accountId;
    QString accountName;
    QString city;                      // empty when unknown
    int intervalDays = 0;              // accounts.visit_interval_days
    std::optional<qint64> lastVisitAt; // start of the latest done visit; none: never visited
    qint64 dueSince = 0;               // last visit (else the account's creation) + interval, UTC ms
    int daysOverdue = 0;               // whole days since dueSince; 0 = due today
    std::optional<Money> revenue;      // last 12 months (AccountRevenue); none: no orders
};

struct VisitsDueSpec {
    std::optional<QString> ownerId; // one user's accounts; none: everyone's
    qint64 now = 0;                 // UTC ms
    int limit = 500;                // the most urgent this many are returned
};

struct VisitsDue {
    // Grouped by city: the cities in the order of their most urgent account,
    // and within a city the most overdue first, then the highest revenue.
    QList<VisitDue> visits;
    qint64 dueCount = 0; // every due account, also those beyond the limit
    bool truncated() const { return dueCount > visits.size(); }
};

// The field rep's round: live accounts with a visit interval whose last done
// visit (activities of kind "visit" with done_at set, not deleted; a visit
// still open does not count) is more than the interval ago. An account never
// visited is due since its creation plus the interval; one without an interval
// has no target and is never due.
//
// This reads every account with an interval and, for each, its activities
// (for the last visit) and its orders of the last 12 months. No index has the
// activity kind, so the last visit reads the account's activity rows. Measured
// on a copy of the 100k-account store (48k accounts with an interval, 1.9M
// activities, 950k orders; two shared cores): everyone's round 2.0 s with a
// warm cache, up to 24 s cold; one rep's (about 3k accounts) 0.12 s warm, 9 s
// cold. Too slow for the GUI thread however it is indexed now, so the page
// runs it on a worker thread with its own connection (Store::openConnection),
// showing the previous round (or "Loading…") meanwhile; the query reads in
// batches of accounts, reports progress between batches and stops when asked.
// (A partial index on done visits, activities(account_id, start_at) WHERE
// kind = 'visit' AND done_at IS NOT NULL AND deleted_at IS NULL, would make
// the last visit one index seek: 0.5 s cold for all 48k accounts.)
class VisitsDueQuery {
public:
    static constexpr int BatchSize = 1000;
    // Called between batches with the accounts read so far of (about) how
    // many; returning false stops the query, which then returns an error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit VisitsDueQuery(Store &store) : m_store(store) {}

    Result<VisitsDue> run(const VisitsDueSpec &spec, const Progress &progress = {});

    // The statement reading one batch of accounts with their last visit.
    static QString batchSql(bool byOwner);

    // True when `a` comes before `b` in the round: more days overdue, then
    // more revenue (minor units, whatever the currency), then by name.
    static bool moreUrgent(const VisitDue &a, const VisitDue &b);

private:
    Store &m_store;
};

} // namespace rapport
