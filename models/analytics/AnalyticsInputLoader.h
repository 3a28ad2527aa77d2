#pragma once

#include "analytics/AnalyticsInput.h"
#include "analytics/AnalyticsSnapshot.h"
#include "store/StoreError.h"

#include <optional>

namespace rapport::analytics {

// Fills AnalyticsInput from a store, in one read snapshot (ReadSnapshot), so
// the rows agree with each other and with journalSeq even while another
// connection writes. The only link between the analytics and the store: the
// SQL is in the store's AnalyticsRowsQuery and AnalyticsRecordsQuery, this
// maps their rows to plain data.
//
// - Reporting currency: options.currency, or the currency of the most live
//   orders (ties by code); with no orders at all, that of the most deals with
//   an amount. The store has no exchange rates, so orders and deals in other
//   currencies are left out (and counted); a campaign in another currency
//   keeps its members and attributed orders but not its budget and cost.
// - Every live account is a Customer, in id order (UUIDv7: creation order),
//   buyers or not; orders, lines, activities, deals, members and cases point
//   at it by index (-1 where the field allows none).
// - An order is one Purchase on its local calendar day (the UTC instant in
//   the machine's time zone, as every view shows days), revenue = Σ of its
//   lines' net (negative: a refund), cost = its cost of goods; major units.
//   Orders of deleted accounts are left out.
// - Lines with a live product become PurchasedLines; the rest still count in
//   their order's total.
// - Case statuses come as the analytics spell them ("in progress" →
//   "in_progress").
// Progress: (done, total) over the tables read, also called every few
// thousand rows; returning false cancels with an error "cancelled".
// A done activity counted once more (+1) or once less (-1) on a day.
struct ActivityChange
{
    int customer = 0;
    QString kind;
    qint32 day = 0;    // julian day
    int delta = 0;
};

struct AnalyticsDelta
{
    qint64 journalSeq = 0;
    qint64 journalAt = 0;   // when the entry journalSeq was made
    std::vector<Purchase> purchases;
    std::vector<CampaignOrder> campaignOrders;
    std::vector<PurchasedLine> lines;
    std::vector<ActivityChange> activities;

    bool empty() const { return purchases.empty() && lines.empty() && activities.empty(); }
};

class AnalyticsInputLoader
{
public:
    static Result<AnalyticsInput> load(Store &store, const AnalyticsLoadOptions &options = {});

    // What changed since a load, when it can be merged without a full load:
    // every journal entry after input.journalSeq creates an order or a line of
    // such a new order (the everyday case: an order was recorded), changes an
    // activity (logged, done, moved, deleted: the done activities per day
    // follow), or touches nothing the analytics read (tags, saved views, a
    // contact's fields other than its account). nullopt when anything else
    // changed: the caller loads afresh. Reads the new orders and the changed
    // activities by id, in one snapshot like load(). Meant for inputs loaded
    // without an as-of date (the dashboards').
    static Result<std::optional<AnalyticsDelta>> changesSince(Store &store, const AnalyticsInput &input);
    // Merges a delta: purchases where a full load would have sorted them; the
    // input's journal position moves to the delta's even when it is empty.
    static void apply(AnalyticsInput &input, const AnalyticsDelta &delta);

    // The input kept between sessions (AnalyticsSnapshot) at `path`, if it
    // was saved from this store's data as it is now or earlier in its journal
    // (bring it up to date with changesSince), with a new loadId. An error
    // says why not (none saved, other data, damaged): then load().
    static Result<SavedAnalytics> restore(Store &store, const QString &path);
    static Status save(Store &store, const QString &path, const AnalyticsInput &input,
                       const LifetimeAnalysis *lifetime = nullptr);
    static SnapshotIdentity snapshotIdentity(Store &store);
    // What load() derives from the store, as a number: raise it when that
    // changes (which rows count, how days fall), so inputs kept by an older
    // build are loaded afresh instead of mixed with new merges.
    static constexpr int InputVersion = 1;

    // The local calendar day of a UTC instant.
    static QDate localDay(qint64 utcMs);
};

} // namespace rapport::analytics
