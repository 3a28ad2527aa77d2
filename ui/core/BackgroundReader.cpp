#include "BackgroundReader.h"

#include "store/Store.h"

#include <QPointer>
#include <QTimer>

namespace rapport {

// Owns the worker thread's connection. It is opened by the first job and
// closed in the worker thread when the thread's event loop ends: a Qt SQL
// connection must be used and removed by the thread that opened it.
class BackgroundReader::Worker : public QObject {
public:
    explicit Worker(const Store &source) : m_source(source) {}

    // On the worker thread. Null (with the reason) when no connection opens.
    // The first answer stands: had a later job found a connection after an
    // earlier one fell back to the GUI thread, the two would run at once.
    Store *store(QString *error)
    {
        if (!m_own && !m_failed) {
            StoreError e;
            m_own = m_source.openConnection(&e);
            m_failed = !m_own;
            m_error = e.message;
        }
        if (!m_own)
            *error = m_error;
        return m_own.get();
    }
    void close() { m_own.reset(); }

private:
    const Store &m_source;
    std::unique_ptr<Store> m_own;
    bool m_failed = false;
    QString m_error;
};

BackgroundReader::BackgroundReader(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    if (store.path() == QLatin1String(":memory:"))
        return; // no second connection to an in-memory database
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("BackgroundReader"));
    m_worker = new Worker(store);
    m_worker->moveToThread(m_thread);
    Worker *worker = m_worker;
    // Direct: runs on the worker thread as its event loop ends.
    connect(m_thread, &QThread::finished, m_worker, [worker] { worker->close(); }, Qt::DirectConnection);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

void BackgroundReader::submit(Job job)
{
    ++m_pending;
    if (!m_worker) {
        QTimer::singleShot(0, this, [this, job = std::move(job)] { deliver(job(m_store)); });
        return;
    }
    // The destructor stops the thread before this object goes, so the worker
    // may post to it; the guard (made here, on the GUI thread) is only read
    // back on the GUI thread.
    BackgroundReader *reader = this;
    QPointer<BackgroundReader> guard(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [reader, guard, worker, job] {
            QString error;
            Store *store = worker->store(&error);
            if (!store) {
                // No second connection (the file went away, too many open
                // files): run it on the GUI thread's store rather than never;
                // every later job goes the same way, so jobs never overlap.
                QMetaObject::invokeMethod(
                    reader,
                    [guard, job] {
                        if (guard)
                            guard->deliver(job(guard->m_store));
                    },
                    Qt::QueuedConnection);
                return;
            }
            Done done = job(*store);
            QMetaObject::invokeMethod(
                reader,
                [guard, done] {
                    if (guard)
                        guard->deliver(done);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BackgroundReader::deliver(const Done &done)
{
    --m_pending;
    if (done)
        done();
    emit finishedJob();
    if (m_pending == 0)
        emit idle();
}

} // namespace rapport
