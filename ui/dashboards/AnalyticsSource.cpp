#include "AnalyticsSource.h"

#include "analytics/AnalyticsInputLoader.h"
#include "core/AppContext.h"
#include "core/BackgroundReader.h"

#include <QMetaObject>
#include <QPointer>

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
    // Held for a whole job: jobs run one after another on the worker, but a
    // BackgroundReader whose worker could not open its connection runs a job
    // on the GUI thread instead, and the two must not meet here.
    std::mutex mutex;
    std::shared_ptr<analytics::AnalyticsInput> input;
    std::atomic<bool> stale{true};
    std::atomic<bool> cancelled{false};
};

AnalyticsSource::AnalyticsSource(AppContext &context, QObject *parent)
    : QObject(parent), m_cache(std::make_shared<Cache>())
{
    m_reader = new BackgroundReader(context.store(), this);
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
    // An empty computation: run() loads first if it has to.
    run([](const Input &, Store &) -> Done { return [] {}; }, [](const QString &) {});
}

void AnalyticsSource::run(Compute compute, Failed failed)
{
    QPointer<AnalyticsSource> self(this);
    std::shared_ptr<Cache> cache = m_cache;
    m_reader->submit([self, cache, compute, failed](Store &store) -> BackgroundReader::Done {
        const std::lock_guard lock(cache->mutex);
        if (cache->stale.exchange(false) || !cache->input) {
            // After an edit: the new orders merged into the input, or a full
            // load when the journal shows anything else.
            if (cache->input) {
                const auto delta = analytics::AnalyticsInputLoader::changesSince(store, *cache->input);
                if (delta && *delta) {
                    analytics::AnalyticsInputLoader::apply(*cache->input, **delta);
                    return compute(cache->input, store);
                }
            }
            analytics::AnalyticsLoadOptions options;
            options.progress = [self, cache](int done, int total) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, done, total] { if (self) emit self->loading(done, total); }, Qt::QueuedConnection);
                return !cache->cancelled.load();
            };
            Result<analytics::AnalyticsInput> loaded = analytics::AnalyticsInputLoader::load(store, options);
            if (!loaded) {
                cache->stale = true;
                const QString message = loaded.error().message;
                return [failed, message] { failed(message); };
            }
            cache->input = std::make_shared<analytics::AnalyticsInput>(std::move(loaded.value()));
            const QString currency = cache->input->currency;
            QMetaObject::invokeMethod(self.data(), [self, currency] {
                if (!self)
                    return;
                self->m_currency = currency;
                emit self->loaded();
            }, Qt::QueuedConnection);
        }
        return compute(cache->input, store);
    });
}

} // namespace rapport
