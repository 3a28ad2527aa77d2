#include "AnalyticsSource.h"

#include "LifetimeCache.h"
#include "analytics/AnalyticsInputLoader.h"
#include "core/AppContext.h"
#include "core/BackgroundReader.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QStandardPaths>

#include <atomic>
#include <mutex>

namespace rapport {

// Shared with the worker's jobs. `input` is only written on the worker
// thread (jobs run one after another); the flags are set from the GUI thread.
// New orders are merged into `input` in place: what they change (purchases,
// lines, campaign orders, the counts and journal position) is read only by
// the computations, which run on this same worker; the pages keep the input
// for their drill-down lists, which read customers and deals, which a merge
// never touches. (A copy per order cost ~100 ms on a 100k store.)
struct AnalyticsSource::Cache {
    // Held for a whole job. Jobs run one after another (BackgroundReader
    // never overlaps them, on its worker or, without a connection, on the GUI
    // thread), so it is never contended; it keeps `input` safe should that
    // ever change.
    std::mutex mutex;
    std::shared_ptr<analytics::AnalyticsInput> input;
    std::atomic<bool> stale{true};
    std::atomic<bool> cancelled{false};
    bool snapshotTried = false;    // the saved input was looked for (worker only)
    quint64 savedLoad = 0;         // the load last written to the snapshot (worker only)
    qint64 savedSeq = 0;           // and its journal position (worker only)
    quint64 failedLoad = 0;        // the load a write last failed for (worker only)
    qint64 failedSeq = 0;          // and its journal position then (worker only)
    QString snapshotPath;          // as the job that last ran was given it (worker only)

    // The pages' interim computations, queued by run() on the GUI thread as
    // each page asks: a full load (seconds) runs them on the input at hand
    // before it starts and between its steps, so a page asking while a load
    // is under way gets figures at once, not after it.
    struct Interim {
        quint64 token = 0;
        Compute compute;
    };
    std::mutex interimMutex;
    std::vector<Interim> interims;
    quint64 nextToken = 0;         // GUI thread only
};

namespace {

// Snapshots kept in the cache folder at most: one per store file, the least
// recently written go first (a store not opened for a while loads afresh).
constexpr int MaxSnapshots = 8;
// Journal entries merged since the kept input was written before it is
// written again (half a second on a 100k store, on the worker).
constexpr qint64 ResaveAfterEntries = 2000;

void pruneSnapshots(const QString &keep)
{
    QDir dir = QFileInfo(keep).absoluteDir();
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.analytics")}, QDir::Files, QDir::Time);
    for (qsizetype i = MaxSnapshots; i < files.size(); ++i)
        if (files[i].absoluteFilePath() != QFileInfo(keep).absoluteFilePath())
            QFile::remove(files[i].absoluteFilePath());
}

} // namespace

QString AnalyticsSource::defaultSnapshotPath(const Store &store)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || store.path().isEmpty())
        return {};
    const QByteArray file = QFileInfo(store.path()).absoluteFilePath().toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex().left(24));
    return dir + QStringLiteral("/analytics/") + key + QStringLiteral(".analytics");
}

AnalyticsSource::AnalyticsSource(AppContext &context, QObject *parent)
    : QObject(parent), m_cache(std::make_shared<Cache>())
{
    m_reader = new BackgroundReader(context.store(), this);
    m_snapshotPath = defaultSnapshotPath(context.store());
    // Any committed change may move a figure: the next computation reads the
    // journal since the load and merges new orders, or loads afresh.
    connect(&context, &AppContext::storeChanged, this, [cache = m_cache] { cache->stale = true; });
}

AnalyticsSource::~AnalyticsSource()
{
    m_cache->cancelled = true;
    delete m_reader; // waits for the job under way, which now stops at its next progress step
}

void AnalyticsSource::preload()
{
    // run() loads first if it has to; the Churn page's default date is today.
    run([](const Input &input) -> Done {
        LifetimeCache::get(*input, QDate::currentDate());
        return [] {};
    }, [](const QString &) {});
}

void AnalyticsSource::save()
{
    std::shared_ptr<Cache> cache = m_cache;
    m_reader->submit([cache, path = m_snapshotPath](Store &store) -> BackgroundReader::Done {
        const std::lock_guard lock(cache->mutex);
        if (!cache->input || path.isEmpty()
            || (cache->savedLoad == cache->input->loadId && cache->savedSeq == cache->input->journalSeq))
            return [] {};
        // A folder that cannot be written is not tried again after every
        // merge: only after a new load, or as far again from the failure.
        if (cache->failedLoad == cache->input->loadId && cache->input->journalSeq - cache->failedSeq <= ResaveAfterEntries)
            return [] {};
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Status s = analytics::AnalyticsInputLoader::save(store, path, *cache->input, LifetimeCache::instance().saved(*cache->input).get());
        if (!s) {
            qWarning("Rapport: %s", qPrintable(s.error().message));
            cache->failedLoad = cache->input->loadId;
            cache->failedSeq = cache->input->journalSeq;
            return [] {};
        }
        cache->savedLoad = cache->input->loadId;
        cache->savedSeq = cache->input->journalSeq;
        cache->failedLoad = 0;
        pruneSnapshots(path);
        return [] {};
    });
}

void AnalyticsSource::run(Compute compute, Failed failed, Compute interim)
{
    QPointer<AnalyticsSource> self(this);
    std::shared_ptr<Cache> cache = m_cache;
    const quint64 token = ++cache->nextToken;
    if (interim) {
        const std::lock_guard lock(cache->interimMutex);
        cache->interims.push_back({token, std::move(interim)});
    }
    m_reader->submit([self, cache, compute, failed, token, path = m_snapshotPath](Store &store) -> BackgroundReader::Done {
        const std::lock_guard lock(cache->mutex);
        cache->snapshotPath = path;
        auto announce = [self](const QString &currency) {
            QMetaObject::invokeMethod(self.data(), [self, currency] {
                if (!self)
                    return;
                self->m_currency = currency;
                emit self->loaded();
            }, Qt::QueuedConnection);
        };
        auto post = [self](const Done &done) {
            QMetaObject::invokeMethod(self.data(), [done] { done(); }, Qt::QueuedConnection);
        };
        // The interim figures of every page waiting, from the input at hand.
        auto runInterims = [&cache, &post] {
            std::vector<Cache::Interim> waiting;
            {
                const std::lock_guard interimLock(cache->interimMutex);
                waiting.swap(cache->interims);
            }
            if (cache->input)
                for (const Cache::Interim &i : waiting)
                    post(i.compute(cache->input));
        };
        // This job's own final figures make its interim ones moot.
        auto dropOwnInterim = [&cache, token] {
            const std::lock_guard interimLock(cache->interimMutex);
            std::erase_if(cache->interims, [token](const Cache::Interim &i) { return i.token == token; });
        };
        // The first job of a session starts from the input kept by the last,
        // if it still describes this store (then only the journal since is
        // read, below); any reason not to is no error: the store is loaded.
        if (!cache->input && !cache->snapshotTried && !cache->snapshotPath.isEmpty()) {
            cache->snapshotTried = true;
            Result<analytics::SavedAnalytics> saved = analytics::AnalyticsInputLoader::restore(store, cache->snapshotPath);
            if (saved) {
                cache->input = std::make_shared<analytics::AnalyticsInput>(std::move(saved.value().input));
                cache->savedLoad = cache->input->loadId;  // it is what the file holds
                cache->savedSeq = cache->input->journalSeq;
                if (saved->lifetime)
                    LifetimeCache::instance().seed(*cache->input, std::move(*saved.value().lifetime));
                cache->stale = true;
                announce(cache->input->currency);
            }
        }
        if (cache->stale.exchange(false) || !cache->input) {
            // After an edit: new orders and changed activities merged into the
            // input, or a full load when the journal shows anything else.
            if (cache->input) {
                const auto delta = analytics::AnalyticsInputLoader::changesSince(store, *cache->input);
                if (delta && *delta) {
                    analytics::AnalyticsInputLoader::apply(*cache->input, **delta);
                    // Kept again once far from the file, so that the next
                    // session does not merge a long journal at its start.
                    if (cache->input->journalSeq - cache->savedSeq > ResaveAfterEntries)
                        QMetaObject::invokeMethod(self.data(), [self] { if (self) self->save(); }, Qt::QueuedConnection);
                    dropOwnInterim();
                    return compute(cache->input);
                }
            }
            runInterims();
            analytics::AnalyticsLoadOptions options;
            options.progress = [self, cache, &runInterims](int done, int total) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, done, total] { if (self) emit self->loading(done, total); }, Qt::QueuedConnection);
                if (cache->cancelled.load())
                    return false;
                runInterims();  // pages opened since the load began
                return true;
            };
            Result<analytics::AnalyticsInput> loaded = analytics::AnalyticsInputLoader::load(store, options);
            if (!loaded) {
                cache->stale = true;
                const QString message = loaded.error().message;
                return [failed, message] { failed(message); };
            }
            cache->input = std::make_shared<analytics::AnalyticsInput>(std::move(loaded.value()));
            announce(cache->input->currency);
            // Kept for the next session once this job's figures are out.
            QMetaObject::invokeMethod(self.data(), [self] { if (self) self->save(); }, Qt::QueuedConnection);
        }
        dropOwnInterim();
        return compute(cache->input);
    });
}

} // namespace rapport
