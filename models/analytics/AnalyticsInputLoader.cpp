#include "analytics/AnalyticsInputLoader.h"

#include "analytics/LocalDays.h"

#include "domain/Money.h"
#include "store/queries/AnalyticsRecordsQuery.h"
#include "store/queries/AnalyticsRowsQuery.h"
#include "store/Journal.h"
#include "store/Store.h"
#include "store/queries/ReadSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace rapport::analytics {

namespace {

constexpr int RowsPerProgressCall = 8192;

QDate isoDay(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

MemberStatus memberStatus(const QString &status)
{
    if (status == QLatin1String("converted"))
        return MemberStatus::Converted;
    if (status == QLatin1String("responded"))
        return MemberStatus::Responded;
    if (status == QLatin1String("sent"))
        return MemberStatus::Sent;
    return MemberStatus::Targeted;
}

StageKind stageKind(const QString &kind)
{
    if (kind == QLatin1String("won"))
        return StageKind::Won;
    if (kind == QLatin1String("lost"))
        return StageKind::Lost;
    return StageKind::Open;
}

// The load's state: the indexes records are resolved through, and progress.
class Loader
{
public:
    Loader(Store &store, const AnalyticsLoadOptions &options) : m_store(store), m_rows(store), m_records(store), m_options(options) {}

    Result<AnalyticsInput> run();

private:
    static constexpr int Steps = 12;

    // After each table: false once the callback has asked to stop.
    bool step()
    {
        ++m_done;
        m_cancelled = m_cancelled || !report();
        return !m_cancelled;
    }
    bool report() { return !m_options.progress || m_options.progress(std::min(m_done, Steps), Steps); }
    // For the row sinks: true to go on; now and then asks the callback.
    bool row()
    {
        if (++m_rowsSinceReport < RowsPerProgressCall)
            return true;
        m_rowsSinceReport = 0;
        return report();
    }
    double major(qint64 minor) const { return double(minor) / m_unit; }
    int indexOf(const QHash<QString, int> &index, const QString &id) const
    {
        return id.isEmpty() ? -1 : index.value(id, -1);
    }
    void chooseCurrency(const QString &currency)
    {
        m_in.currency = currency;
        m_unit = std::pow(10.0, currencyMinorDigits(currency));
    }
    static StoreError cancelledError()
    {
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("cancelled"));
    }

    Status readCustomers();
    Status readPipeline();
    Status readSales();
    Status readCampaignsAndService();

    Store &m_store;
    AnalyticsRowsQuery m_rows;
    AnalyticsRecordsQuery m_records;
    const AnalyticsLoadOptions &m_options;
    AnalyticsInput m_in;
    LocalDays m_days;
    double m_unit = 100;
    int m_done = 0;
    int m_rowsSinceReport = 0;
    bool m_cancelled = false;
    qint64 m_expectedOrders = 0;
    QHash<QString, int> m_customers;
    QHash<QString, int> m_products;
    QHash<QString, int> m_campaigns;
};

Status Loader::readCustomers()
{
    const Status s = m_rows.accounts([&](const AnalyticsAccountRow &r) {
        m_customers.insert(r.id, int(m_in.purchases.customers.size()));
        m_in.purchases.customers.push_back({r.id, r.name, r.type, r.source, r.ownerId});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    return success();
}

Status Loader::readSales()
{
    Status s = m_rows.products([&](const AnalyticsProductRow &r) {
        m_products.insert(r.id, int(m_in.products.size()));
        m_in.products.push_back({r.id, r.code, r.name, r.category});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    // Campaigns before orders, so that an order finds its campaign's index.
    s = m_records.campaigns([&](const AnalyticsCampaignRow &r) {
        CampaignInfo c{r.id, r.name, r.channel, r.status, r.ownerId, 0, 0, isoDay(r.startDate), isoDay(r.endDate)};
        if (r.currency.isEmpty() || r.currency == m_in.currency) {
            c.budget = major(r.budgetMinor);
            c.actualCost = major(r.actualCostMinor);
        } else {
            ++m_in.campaignsInOtherCurrencies;
        }
        m_campaigns.insert(r.id, int(m_in.campaigns.campaigns.size()));
        m_in.campaigns.campaigns.push_back(c);
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    m_in.purchases.purchases.reserve(size_t(m_expectedOrders));
    s = m_rows.orders(m_in.currency, [&](const AnalyticsOrderRow &r) {
        const int customer = indexOf(m_customers, r.accountId);
        if (customer < 0)
            return row();
        const QDate day = m_days.day(r.orderedAt);
        const double revenue = major(r.netMinor);
        m_in.purchases.purchases.push_back({customer, day, revenue, major(r.costMinor)});
        const int campaign = indexOf(m_campaigns, r.campaignId);
        if (campaign >= 0)
            m_in.campaigns.orders.push_back({campaign, customer, day, revenue});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    m_in.purchases.sort();
    s = m_rows.orderLines(m_in.currency, [&](const AnalyticsOrderLineRow &r) {
        const int customer = indexOf(m_customers, r.accountId);
        const int product = indexOf(m_products, r.productId);
        if (customer >= 0 && product >= 0)
            m_in.lines.push_back({customer, product, m_days.day(r.orderedAt), double(r.quantity), major(r.netMinor)});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    qint64 before = std::numeric_limits<qint64>::max();
    if (m_options.asOf.isValid())
        before = QDateTime(m_options.asOf.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    std::vector<qint32> days;
    s = m_rows.doneActivityStarts(before, [&](const AnalyticsActivityStartsRow &r) {
        const int customer = indexOf(m_customers, r.accountId);
        if (customer >= 0) {
            days.clear();
            for (const qint64 at : r.startsAt)
                days.push_back(qint32(m_days.day(at).toJulianDay()));
            // Ascending instants give ascending local days, except where the
            // clocks went back across midnight (Brazil's DST used to end so).
            if (!std::is_sorted(days.begin(), days.end()))
                std::sort(days.begin(), days.end());
            m_in.activities.add(customer, r.kind, days);
        }
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    return success();
}

Status Loader::readPipeline()
{
    Status s = m_records.stages([&](const AnalyticsStageRow &r) {
        m_in.pipeline.stages.push_back({r.id, r.pipelineId, r.name, r.position, r.probability, stageKind(r.kind)});
        m_in.pipeline.pipelineNames.insert(r.pipelineId, r.pipelineName);
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    // Kept whole until the currency is known: a store without orders reports
    // in the currency of its deals.
    std::vector<AnalyticsOpportunityRow> rows;
    s = m_records.opportunities([&](const AnalyticsOpportunityRow &r) {
        rows.push_back(r);
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    if (m_in.currency.isEmpty()) {
        std::map<QString, int> counts;
        for (const AnalyticsOpportunityRow &r : rows)
            if (r.amountMinor && !r.currency.isEmpty())
                ++counts[r.currency];
        const auto most = std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        if (most != counts.end())
            chooseCurrency(most->first);
    }
    QHash<QString, int> deals;
    for (const AnalyticsOpportunityRow &r : rows) {
        double amount = 0;
        if (r.amountMinor) {
            if (!r.currency.isEmpty() && r.currency != m_in.currency) {
                ++m_in.dealsInOtherCurrencies;
                continue;
            }
            amount = major(*r.amountMinor);
        }
        deals.insert(r.id, int(m_in.pipeline.deals.size()));
        m_in.pipeline.deals.push_back({r.id, r.name, indexOf(m_customers, r.accountId), r.accountId, r.ownerId, r.pipelineId, r.stageId,
                                       r.campaignId, amount, r.probability, isoDay(r.expectedClose), r.createdAt, r.closedAt,
                                       r.closeReason});
    }
    rows = {};
    s = m_records.stageChanges([&](const AnalyticsStageChangeRow &r) {
        const int deal = indexOf(deals, r.opportunityId);
        if (deal >= 0)
            m_in.pipeline.moves.push_back({deal, r.fromStageId, r.toStageId, r.changedAt});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    std::stable_sort(m_in.pipeline.moves.begin(), m_in.pipeline.moves.end(), [](const DealStageMove &a, const DealStageMove &b) {
        return a.deal != b.deal ? a.deal < b.deal : a.at < b.at;
    });
    return success();
}

Status Loader::readCampaignsAndService()
{
    Status s = m_records.campaignMembers([&](const AnalyticsCampaignMemberRow &r) {
        const int campaign = indexOf(m_campaigns, r.campaignId);
        if (campaign >= 0)
            m_in.campaigns.members.push_back({campaign, r.contactId, indexOf(m_customers, r.accountId), memberStatus(r.status), r.targetedAt,
                                              r.sentAt, r.respondedAt, r.convertedAt});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    s = m_records.cases([&](const AnalyticsCaseRow &r) {
        QString status = r.status;
        status.replace(QLatin1Char(' '), QLatin1Char('_'));
        m_in.service.cases.push_back({r.id, r.subject, indexOf(m_customers, r.accountId), r.accountId, r.ownerId, r.assigneeId, r.priority,
                                      status, r.createdAt, r.dueAt, r.resolvedAt, r.satisfaction});
        return row();
    });
    if (!s || !step())
        return s.ok() ? Status(cancelledError()) : s;
    return success();
}

Result<AnalyticsInput> Loader::run()
{
    if (!report())
        return cancelledError();
    ReadSnapshot snapshot(m_store);
    if (snapshot.error().isError())
        return snapshot.error();
    // The first read starts the snapshot: the rows after it reflect exactly
    // the journal up to this entry.
    const Result<qint64> seq = m_rows.lastJournalSeq();
    if (!seq)
        return seq.error();
    m_in.journalSeq = *seq;
    const Result<qint64> at = m_rows.journalEntryTime(*seq);
    if (!at)
        return at.error();
    m_in.journalAt = *at;
    m_in.baselineId = m_store.baselineId();
    const auto counts = m_rows.orderCountsByCurrency();
    if (!counts)
        return counts.error();
    if (!m_options.currency.isEmpty())
        chooseCurrency(m_options.currency.toUpper());
    else if (!counts->isEmpty())
        chooseCurrency(counts->first().first);
    for (const auto &[currency, n] : *counts) {
        if (currency == m_in.currency)
            m_expectedOrders = n;
        else
            m_in.ordersInOtherCurrencies += int(n);
    }
    if (!step())
        return cancelledError();
    // Deals before sales: a store without orders reports in its deals'
    // currency, which campaigns need to know.
    for (Status (Loader::*part)() : {&Loader::readCustomers, &Loader::readPipeline, &Loader::readSales, &Loader::readCampaignsAndService}) {
        const Status s = (this->*part)();
        if (!s)
            return s.error();
    }
    return std::move(m_in);
}

} // namespace

QDate AnalyticsInputLoader::localDay(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).date();
}

namespace {

quint64 nextLoadId()
{
    static std::atomic<quint64> loads{0};
    return ++loads;
}

} // namespace

Result<AnalyticsInput> AnalyticsInputLoader::load(Store &store, const AnalyticsLoadOptions &options)
{
    Result<AnalyticsInput> in = Loader(store, options).run();
    if (in)
        in.value().loadId = nextLoadId();
    return in;
}

SnapshotIdentity AnalyticsInputLoader::snapshotIdentity(Store &store)
{
    return {store.replicaId(), store.baselineId(), store.schemaVersion(), QTimeZone::systemTimeZoneId(), InputVersion};
}

Result<SavedAnalytics> AnalyticsInputLoader::restore(Store &store, const QString &path)
{
    Result<SavedAnalytics> saved = AnalyticsSnapshot::read(path, snapshotIdentity(store));
    if (!saved)
        return saved;
    // Ahead of the store: an older copy of the file was put back; its
    // journal since then is another history.
    const Result<qint64> last = AnalyticsRowsQuery(store).lastJournalSeq();
    if (!last)
        return last.error();
    if (saved->input.journalSeq > *last)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("The saved analytics are newer than the file."));
    saved.value().input.loadId = nextLoadId();
    return saved;
}

Status AnalyticsInputLoader::save(Store &store, const QString &path, const AnalyticsInput &input, const LifetimeAnalysis *lifetime)
{
    // The baseline the input was loaded from, not the store's now: a bulk
    // load since (another process) must not be covered by this input.
    SnapshotIdentity identity = snapshotIdentity(store);
    identity.baselineId = input.baselineId;
    return AnalyticsSnapshot::write(path, identity, input, lifetime);
}

} // namespace rapport::analytics

namespace rapport::analytics {

namespace {

// The orders created after a load, if the journal holds nothing else the
// analytics read; nullopt when it does (a full load is needed).
// What an activity was before the journal's entries since a load: the old
// value of each field the analytics read, from its first entry in the range.
struct ActivityBefore {
    bool created = false;  // created since: it was not there
    QHash<QString, QJsonValue> old;
};

// The changes since a load that can be merged: new orders (with their lines)
// and activities logged, done, moved or deleted.
struct Mergeable {
    QStringList orders;
    QHash<QString, ActivityBefore> activities;
};

bool readByAnalytics(const QString &activityField)
{
    return activityField == QLatin1String("account_id") || activityField == QLatin1String("kind") || activityField == QLatin1String("start_at")
           || activityField == QLatin1String("done_at") || activityField == QLatin1String("deleted_at");
}

// nullopt when the entries hold anything else the analytics read.
std::optional<Mergeable> mergeable(const QList<JournalEntry> &entries)
{
    Mergeable out;
    QSet<QString> created;
    QStringList lineOrders;
    for (const JournalEntry &e : entries) {
        if (e.entity == QLatin1String("tag") || e.entity == QLatin1String("saved_view"))
            continue;
        // A contact's account decides which customer its campaign memberships
        // count for, and deleted_at whether they count (a restore is an update).
        if (e.entity == QLatin1String("contact") && e.op == QLatin1String("update") && e.field != QLatin1String("account_id")
            && e.field != QLatin1String("deleted_at"))
            continue;
        if (e.entity == QLatin1String("activity")) {
            if (e.op == QLatin1String("create")) {
                out.activities[e.recordId].created = true;
            } else if (readByAnalytics(e.field)) {
                ActivityBefore &before = out.activities[e.recordId];
                if (!before.old.contains(e.field))
                    before.old.insert(e.field, e.oldValue);
            }
            continue;  // a subject, notes, contacts: nothing the analytics read
        }
        if (e.op != QLatin1String("create"))
            return std::nullopt;
        if (e.entity == QLatin1String("order")) {
            if (!created.contains(e.recordId)) {
                created.insert(e.recordId);
                out.orders << e.recordId;
            }
        } else if (e.entity == QLatin1String("order_line")) {
            if (e.field == QLatin1String("order_id"))
                lineOrders << e.newValue.toString();
        } else {
            return std::nullopt;
        }
    }
    // A line added to an order that existed before changes that order's total.
    for (const QString &o : lineOrders)
        if (!created.contains(o))
            return std::nullopt;
    return out;
}

QHash<QString, int> indexById(const std::vector<QString> &ids)
{
    QHash<QString, int> index;
    index.reserve(qsizetype(ids.size()));
    for (size_t i = 0; i < ids.size(); ++i)
        index.insert(ids[i], int(i));
    return index;
}

} // namespace

Result<std::optional<AnalyticsDelta>> AnalyticsInputLoader::changesSince(Store &store, const AnalyticsInput &input)
{
    ReadSnapshot snapshot(store);
    AnalyticsRowsQuery rows(store);
    const Result<qint64> last = rows.lastJournalSeq();
    if (!last)
        return last.error();
    AnalyticsDelta delta;
    delta.journalSeq = *last;
    if (*last < input.journalSeq)
        return std::optional<AnalyticsDelta>();   // not this history: load afresh
    // Loaded before a bulk load or backup import (no journal), or from another
    // history that has reached the same number: load afresh.
    if (store.baselineId() != input.baselineId)
        return std::optional<AnalyticsDelta>();
    const Result<qint64> at = rows.journalEntryTime(input.journalSeq);
    if (!at)
        return at.error();
    if (*at != input.journalAt)
        return std::optional<AnalyticsDelta>();
    delta.journalAt = input.journalAt;
    if (*last == input.journalSeq)
        return std::optional<AnalyticsDelta>(delta);
    // Past a few thousand entries (an import, a bulk edit) a load is as cheap.
    constexpr int MaxEntries = 5000;
    const Result<QList<JournalEntry>> entries = Journal(store).entries(input.journalSeq, MaxEntries);
    if (!entries)
        return entries.error();
    if (entries->size() >= MaxEntries)
        return std::optional<AnalyticsDelta>();
    if (!entries->isEmpty())
        delta.journalAt = entries->last().at;
    const std::optional<Mergeable> changes = mergeable(*entries);
    if (!changes)
        return std::optional<AnalyticsDelta>();
    if (changes->orders.isEmpty() && changes->activities.isEmpty())
        return std::optional<AnalyticsDelta>(delta);
    const QStringList *orders = &changes->orders;
    // No reporting currency yet (a store without orders when it was loaded):
    // the first orders choose it, as a fresh load would.
    if (input.currency.isEmpty() && !orders->isEmpty())
        return std::optional<AnalyticsDelta>();

    // Customers come in id order (load() reads accounts by id): a binary
    // search finds one without hashing 100k ids for one new order.
    const std::vector<Customer> &known = input.purchases.customers;
    const bool sorted = std::is_sorted(known.begin(), known.end(), [](const Customer &a, const Customer &b) { return a.id < b.id; });
    std::vector<QString> ids;
    QHash<QString, int> customerHash;
    if (!sorted) {
        for (const Customer &c : known)
            ids.push_back(c.id);
        customerHash = indexById(ids);
        ids.clear();
    }
    auto customerOf = [&](const QString &id) {
        if (!sorted)
            return customerHash.value(id, -1);
        const auto it = std::lower_bound(known.begin(), known.end(), id, [](const Customer &c, const QString &v) { return c.id < v; });
        return it != known.end() && it->id == id ? int(it - known.begin()) : -1;
    };
    for (const ProductInfo &p : input.products)
        ids.push_back(p.id);
    const QHash<QString, int> products = indexById(ids);
    ids.clear();
    for (const CampaignInfo &c : input.campaigns.campaigns)
        ids.push_back(c.id);
    const QHash<QString, int> campaigns = indexById(ids);
    const double unit = std::pow(10.0, currencyMinorDigits(input.currency));
    LocalDays days;

    std::vector<Purchase> &purchases = delta.purchases;
    std::vector<CampaignOrder> &campaignOrders = delta.campaignOrders;
    std::vector<PurchasedLine> &lines = delta.lines;
    int read = 0;
    bool unknown = false;
    // Only activities changed: no orders to read (an empty id list reads them all).
    Status s = success();
    if (!orders->isEmpty()) {
        s = rows.orders(input.currency, [&](const AnalyticsOrderRow &r) {
            ++read;
            const int customer = customerOf(r.accountId);
            if (customer < 0) {
                unknown = true;  // an account the input does not know: load afresh
                return false;
            }
            const QDate day = days.day(r.orderedAt);
            purchases.push_back({customer, day, double(r.netMinor) / unit, double(r.costMinor) / unit});
            if (const int campaign = campaigns.value(r.campaignId, -1); campaign >= 0)
                campaignOrders.push_back({campaign, customer, day, double(r.netMinor) / unit});
            return true;
        }, *orders);
        if (unknown)
            return std::optional<AnalyticsDelta>();
        if (!s)
            return s.error();
        s = rows.orderLines(input.currency, [&](const AnalyticsOrderLineRow &r) {
            const int customer = customerOf(r.accountId);
            const int product = products.value(r.productId, -1);
            if (product < 0) {
                unknown = true;  // a product created since the load
                return false;
            }
            lines.push_back({customer, product, days.day(r.orderedAt), double(r.quantity), double(r.netMinor) / unit});
            return true;
        }, *orders);
        if (unknown)
            return std::optional<AnalyticsDelta>();
        if (!s)
            return s.error();

        // Orders in another currency may change which currency has the most
        // orders, and so the reporting currency of a fresh load: load afresh.
        if (read < int(orders->size()))
            return std::optional<AnalyticsDelta>();
    }

    // Activities: what each counted for before (its state now with the
    // journal's old values put back) goes, what it counts for now comes.
    if (!changes->activities.isEmpty()) {
        struct Counted {
            int customer = -1;
            QString kind;
            qint32 day = 0;
            bool operator==(const Counted &) const = default;
        };
        auto counted = [&](const QString &accountId, const QString &kind, std::optional<qint64> startAt, bool done, bool deleted) {
            std::optional<Counted> c;
            if (accountId.isEmpty() || !startAt || !done || deleted)
                return c;
            c = Counted{customerOf(accountId), kind, qint32(days.day(*startAt).toJulianDay())};
            return c;
        };
        std::map<std::tuple<int, QString, qint32>, int> removed;
        bool unknownAccount = false;
        bool inconsistent = false;
        int states = 0;
        s = rows.activityStates(changes->activities.keys(), [&](const AnalyticsActivityStateRow &r) {
            ++states;
            const std::optional<Counted> now = counted(r.accountId, r.kind, r.startAt, r.done, r.deleted);
            if (now && now->customer < 0) {
                unknownAccount = true;  // an account the input does not know: load afresh
                return false;
            }
            const ActivityBefore &b = changes->activities.value(r.id);
            std::optional<Counted> before;
            if (!b.created) {
                auto field = [&b](const char *name, const QJsonValue &current) {
                    const auto it = b.old.constFind(QLatin1String(name));
                    return it == b.old.constEnd() ? current : *it;
                };
                const QJsonValue start = field("start_at", r.startAt ? QJsonValue(*r.startAt) : QJsonValue());
                before = counted(field("account_id", r.accountId).toString(), field("kind", r.kind).toString(),
                                 start.isDouble() ? std::optional<qint64>(start.toInteger()) : std::nullopt,
                                 !field("done_at", r.done ? QJsonValue(1) : QJsonValue()).isNull(),
                                 !field("deleted_at", r.deleted ? QJsonValue(1) : QJsonValue()).isNull());
                // Counted before for an account the input does not know: it was not in the input.
                if (before && before->customer < 0)
                    before.reset();
            }
            if (before == now)
                return true;
            if (before) {
                const int n = ++removed[{before->customer, before->kind, before->day}];
                if (input.activities.count(before->customer, before->kind, before->day) < n) {
                    inconsistent = true;  // not what the input holds: load afresh
                    return false;
                }
                delta.activities.push_back({before->customer, before->kind, before->day, -1});
            }
            if (now)
                delta.activities.push_back({now->customer, now->kind, now->day, +1});
            return true;
        });
        if (unknownAccount || inconsistent || (s && states < int(changes->activities.size())))
            return std::optional<AnalyticsDelta>();
        if (!s)
            return s.error();
    }
    return std::optional<AnalyticsDelta>(std::move(delta));
}

void AnalyticsInputLoader::apply(AnalyticsInput &input, const AnalyticsDelta &delta)
{
    // Each purchase goes after the customer's purchases of the same day, where
    // a full load's stable sort would have put it (ids are time-ordered).
    auto &all = input.purchases.purchases;
    for (const Purchase &p : delta.purchases) {
        const auto at = std::upper_bound(all.begin(), all.end(), p, [](const Purchase &a, const Purchase &b) {
            return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
        });
        all.insert(at, p);
    }
    input.campaigns.orders.insert(input.campaigns.orders.end(), delta.campaignOrders.begin(), delta.campaignOrders.end());
    input.lines.insert(input.lines.end(), delta.lines.begin(), delta.lines.end());
    for (const ActivityChange &a : delta.activities)
        input.activities.adjust(a.customer, a.kind, a.day, a.delta);
    input.journalSeq = delta.journalSeq;
    input.journalAt = delta.journalAt;
}

} // namespace rapport::analytics
