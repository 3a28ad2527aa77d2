#pragma once
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace rapport {

class Store;

// Runs reads that grow with the store (a pipeline's totals, aggregates over
// thousands of rows) one after another on a worker thread with its own
// connection, and hands each result back on the GUI thread. The GUI keeps
// painting while SQLite works; WAL lets the read run beside the app's writes.
//
// A job is a function of the worker's Store that returns the continuation to
// run on the GUI thread (capturing the result by value). Jobs run in the order
// given. Callers drop stale results themselves (a generation number).
//
// A store that cannot have a second connection (":memory:", in some tests, or
// when the worker's connection fails to open) runs the jobs on the GUI
// thread's own store, still after the caller returns and still one after
// another: the worker never runs a job while the GUI thread runs another.
class BackgroundReader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void()>;
    using Job = std::function<Done(Store &store)>;

    explicit BackgroundReader(Store &store, QObject *parent = nullptr);
    // Waits for the job under way (reads are short) and closes the connection.
    ~BackgroundReader() override;

    void submit(Job job);
    // Jobs submitted and not yet handed back.
    int pending() const { return m_pending; }

signals:
    // Emitted after a job's continuation ran; idle() when none is left.
    void finishedJob();
    void idle();

private:
    class Worker;
    void deliver(const Done &done);

    Store &m_store;
    Worker *m_worker = nullptr; // lives on m_thread
    QThread *m_thread = nullptr;
    int m_pending = 0;
};

} // namespace rapport
