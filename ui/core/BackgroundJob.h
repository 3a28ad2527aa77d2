#pragma once
#include "store/StoreError.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace rapport {

class AppContext;
class Store;

// What a job running on a worker thread sees: where to report progress and
// whether the user pressed Cancel. A cancelled job returns an error (its
// ChangeSet rolls back), so a cancel leaves the store as it was.
class JobControl {
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Thread-safe; the dialog shows it (done of total; total 0 = unknown).
    void progress(qint64 done, qint64 total);
    static StoreError cancelledError();

private:
    friend class BackgroundJob;
    std::atomic<bool> m_cancelled{false};
    std::function<void(qint64, qint64)> m_report;
};

// Runs work that grows with the store (bulk edits of thousands of rows,
// building campaign members, demo data) on a worker thread with its own
// connection to the store (SQLite connections belong to one thread), behind a
// window-modal progress dialog with Cancel. The GUI thread keeps painting.
//
// The work returns the id of the change set it committed (0 if it wrote none);
// it is put on the undo stack as one step with `label`, and the views refresh.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<qint64>(Store &store, JobControl &control)>;

    // Starts at once and deletes itself when done. `finished` runs on the GUI
    // thread with the work's result (error message empty on success; cancelled
    // is reported as such).
    static BackgroundJob *start(AppContext &context, QWidget *parent, const QString &label, Work work,
                                std::function<void(bool ok, const QString &error)> finished = {});

    // For tests: runs the work on the calling thread's store, no dialog.
    static Result<qint64> runHere(AppContext &context, const QString &label, const Work &work);

signals:
    void progressed(qint64 done, qint64 total);

private:
    BackgroundJob(QObject *parent) : QObject(parent) {}
};

} // namespace rapport
