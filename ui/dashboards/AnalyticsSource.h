#pragma once
#include "analytics/AnalyticsInput.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace rapport {

class AppContext;
class Store;
class BackgroundReader;

// What every dashboard page computes from: the analytics input loaded from the
// store once, on a worker thread with its own connection, and kept until the
// store changes. Pages hand it a computation (a pure function of the input);
// it runs on the same worker after the input is current, and its continuation
// comes back on the GUI thread. Opening a second dashboard page, or changing a
// filter, computes from the loaded input without touching the store again.
class AnalyticsSource : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void()>;
    using Input = std::shared_ptr<const analytics::AnalyticsInput>;
    // Runs on the worker, a function of the input alone: the input keeps
    // everything the pages show (a page needing the store would read it in
    // the middle of a load, when interim computations run).
    using Compute = std::function<Done(const Input &input)>;
    using Failed = std::function<void(const QString &message)>;

    explicit AnalyticsSource(AppContext &context, QObject *parent = nullptr);
    // Cancels a load under way and waits for the worker.
    ~AnalyticsSource() override;

    // Runs `compute` on the worker once the input reflects the store; on a
    // load failure `failed` runs on the GUI thread instead. When the store
    // must be loaded afresh (seconds on a large one) and an older input is at
    // hand (kept from the last session, or from before the change), `interim`
    // first runs on that one and its result is handed over at once, so a page
    // shows figures while the load runs; `compute`'s follows.
    void run(Compute compute, Failed failed, Compute interim = {});

    // Loads the input now, so that the first dashboard opened later finds it
    // ready, and fits the lifetime models for today (the Churn page's default
    // date). Does nothing that is already done.
    void preload();

    // Where the input is kept between sessions (AnalyticsSnapshot): read
    // instead of loading the store when it still matches it, written after
    // each full load. Empty: nothing kept. The default is defaultSnapshotPath.
    void setSnapshotPath(const QString &path) { m_snapshotPath = path; }
    QString snapshotPath() const { return m_snapshotPath; }
    // In the user's cache folder, one file per store file.
    static QString defaultSnapshotPath(const Store &store);

    // The reporting currency of the last load (empty before the first).
    QString currency() const { return m_currency; }

signals:
    // While the input is (re)loaded: steps done of total, on the GUI thread.
    void loading(int done, int total);
    void loaded();

private:
    struct Cache;
    void save();

    std::shared_ptr<Cache> m_cache;
    BackgroundReader *m_reader = nullptr;
    QString m_currency;
    QString m_snapshotPath;
};

} // namespace rapport
