#include "DataGenerator.h"

#include "AccountGenerator.h"
#include "CampaignMemberGenerator.h"
#include "CatalogueGenerator.h"
#include "GeneratorContext.h"
#include "store/Store.h"
#include "store/StoreStatistics.h"

#include <QSqlQuery>

namespace rapport {

namespace {

StoreError cancelled()
{
    return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("cancelled"));
}

// A bigger page cache for the load (the default 2 MB makes every index insert
// a disk read once the tables outgrow it), set back afterwards.
class CacheSize {
public:
    explicit CacheSize(Store &store) : m_store(store)
    {
        QSqlQuery q(store.db());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        store.exec(QStringLiteral("PRAGMA cache_size=-200000"));
    }
    ~CacheSize() { m_store.exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous)); }

private:
    Store &m_store;
    qint64 m_previous = -2000;
};

// Foreign keys are not checked during the load: every record is written after
// the records it refers to, by construction, and the demo tests run
// PRAGMA foreign_key_check over generated stores. Checking costs a parent
// lookup per reference, a few per row: ~12% of a 100k-account run. The pragma
// only takes effect outside a transaction, so it wraps the whole run.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Store &store) : m_store(store)
    {
        QSqlQuery q(store.db());
        m_wasOn = q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1;
        q.finish();
        store.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            m_store.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }

private:
    Store &m_store;
    bool m_wasOn = false;
};

// The load goes through a rollback journal instead of the write-ahead log.
// In WAL mode every new page is written twice: into the log at commit, then
// into the file at the checkpoint (6 GB of writes for a 3 GB store). A
// rollback journal only keeps the pages that existed before the load, a
// handful in an empty store, and the new pages go straight into the file; a
// crash or a cancel still rolls back to the empty store. Switching needs the
// only connection to the file; if another is open, the load stays in WAL.
class RollbackJournalDuringLoad {
public:
    explicit RollbackJournalDuringLoad(Store &store) : m_store(store)
    {
        if (store.path() == QLatin1String(":memory:"))
            return;
        QSqlQuery q(store.db());
        m_switched = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
                     && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    }
    ~RollbackJournalDuringLoad()
    {
        if (m_switched)
            m_store.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }

private:
    Store &m_store;
    bool m_switched = false;
};

using Report = std::function<bool(const QString &, qint64, qint64)>;

Status generateAll(demo::GeneratorContext &ctx, const Report &report)
{
    demo::CatalogueGenerator catalogue(ctx);
    demo::AccountGenerator accounts(ctx);
    demo::CampaignMemberGenerator members(ctx);
    const QStringList missing = catalogue.missingFields() + accounts.missingFields() + members.missingFields();
    if (!missing.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The generator writes fields the schema lacks: %1").arg(missing.join(QStringLiteral(", "))));
    Status st = catalogue.run();
    if (!st)
        return st;
    const int n = ctx.options.accounts;
    const QString accountsPhase = QStringLiteral("accounts");
    for (int i = 0; i < n; ++i) {
        if (i % 256 == 0 && !report(accountsPhase, i, n))
            return cancelled();
        st = accounts.generate();
        if (!st)
            return st;
    }
    if (!report(accountsPhase, n, n))
        return cancelled();
    const QString membersPhase = QStringLiteral("campaign members");
    const int campaigns = int(ctx.campaigns.size());
    for (int i = 0; i < campaigns; ++i) {
        if (i % 16 == 0 && !report(membersPhase, i, campaigns))
            return cancelled();
        st = members.generate(i);
        if (!st)
            return st;
    }
    if (!report(QStringLiteral("search index"), 0, 1))
        return cancelled();
    st = ctx.writer.finish();
    if (!st)
        return st;
    return report(QStringLiteral("saving"), 0, 1) ? success() : Status(cancelled());
}

} // namespace

Status DataGenerator::run(Store &store, const GeneratorOptions &options, const Progress &progress)
{
    if (options.accounts < 1)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("The number of accounts must be at least 1."));
    if (store.transactionDepth() > 0)
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("DataGenerator::run must not be called inside a transaction"));
    const Report report = [&](const QString &phase, qint64 done, qint64 total) { return !progress || progress(phase, done, total); };
    if (!report(QStringLiteral("preparing"), 0, 1))
        return cancelled();
    const Result<bool> empty = storeIsEmpty(store);
    if (!empty.ok())
        return empty.error();
    if (!*empty)
        return StoreError::make(StoreError::Kind::Invalid,
                                QObject::tr("The store already holds records: demo data can only be generated into a new, empty store."));

    CacheSize cache(store);
    ForeignKeysOff foreignKeys(store);
    RollbackJournalDuringLoad journalMode(store);
    if (!store.begin())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start a transaction for the generated data."));
    // Everything in one transaction: a failure or a cancel leaves the store as it was.
    demo::GeneratorContext ctx(store, options);
    Status result = generateAll(ctx, report);
    // The writer may still be running queued rows on its thread; the
    // connection must be idle before the rollback or the next statement.
    if (const Status queued = ctx.writer.quiesce(); result && !queued)
        result = queued;
    // Marked as demo data in the same transaction, so the app can say so.
    if (result && !store.setMeta(QStringLiteral("demo"), QStringLiteral("accounts=%1 seed=%2").arg(options.accounts).arg(options.seed)))
        result = StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot mark the store as demo data."));
    if (!result) {
        store.rollback();
        return result;
    }
    if (!store.commit()) {
        store.rollback();
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot save the generated data."));
    }
    // If the load went through the write-ahead log after all, fold it into
    // the file and truncate it rather than leave a log as large as the data.
    store.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    report(QStringLiteral("saving"), 1, 1);
    return success();
}

} // namespace rapport
