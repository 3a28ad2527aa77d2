#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

// Runs prepared SQLite statements on a thread of its own, in the order they
// were queued: BulkWriter's second core. A bulk load spends about half its
// time building rows (generating values, search documents, UTF-8) and half in
// SQLite inserting them; with the two on different threads they overlap.
//
// The caller queues each execution as begin(), one bind per parameter, end().
// Values are copied (text as UTF-8) into a batch, so the caller's strings
// can change at once; full batches go to the thread, which binds, steps and
// resets each statement. At most a few batches wait, so memory stays bounded
// and a fast producer waits for SQLite rather than filling the heap.
//
// The connection is used by the thread while statements are queued, so the
// caller must not touch it (no Qt Sql queries, no sqlite3_prepare) until
// drain() returns: then everything queued has run and the thread is idle.
// Errors arrive late: the first failure stops the thread, and the next end()
// or drain() returns it; the caller's transaction is then rolled back whole.
class StatementPipeline {
public:
    explicit StatementPipeline(sqlite3 *db);
    ~StatementPipeline(); // drains, then stops the thread
    StatementPipeline(const StatementPipeline &) = delete;
    StatementPipeline &operator=(const StatementPipeline &) = delete;

    // `sql` names the statement in an error message; it must outlive the pipeline.
    void begin(sqlite3_stmt *statement, const QString *sql);
    void bindNull();
    void bindInteger(qint64 value);
    void bindText(const QString &text); // a null QString binds NULL
    Status end();

    // Waits until everything queued has run; the first error, if any.
    Status drain();

private:
    struct Value {
        enum Kind : unsigned char { Null, Integer, Text } kind;
        qint64 integer;   // Integer: the value; Text: offset in Batch::text
        int length;       // Text: bytes
    };
    struct Call {
        sqlite3_stmt *statement;
        const QString *sql;
        int firstValue;
        int valueCount;
    };
    struct Batch {
        std::vector<Call> calls;
        std::vector<Value> values;
        QByteArray text;
        void clear();
    };

    void push(); // hands the current batch to the thread
    void work();
    bool runBatch(Batch &batch); // false after a failed statement (m_error set)

    sqlite3 *m_db;
    std::unique_ptr<Batch> m_current;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue; // to run, in order
    std::vector<std::unique_ptr<Batch>> m_free;  // ran, to reuse
    bool m_running = false;                       // the thread is running a batch
    bool m_stop = false;
    bool m_failed = false;
    StoreError m_error;
    std::thread m_thread;
};

} // namespace rapport
