#include "StatementPipeline.h"

#include <sqlite3.h>

namespace rapport {

namespace {

// Calls per batch: large enough that the hand-over costs nothing per row,
// small enough that the two threads start overlapping at once.
constexpr size_t BatchCalls = 2048;
// Batches queued before the producer waits (bounds the memory in flight).
constexpr size_t QueuedBatches = 8;

// UTF-16 to UTF-8, appended to `out` without a temporary: SQLite would
// otherwise convert (and allocate) for every UTF-16 value bound.
void appendUtf8(QByteArray &out, const QString &s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size() * 3);
    char *d = out.data() + start;
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const char16_t *const end = p + s.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *d++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
            *d++ = char(0xF0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3F));
        } else {
            if (c >= 0xD800 && c < 0xE000)
                c = 0xFFFD; // a lone surrogate
            *d++ = char(0xE0 | (c >> 12));
        }
        *d++ = char(0x80 | ((c >> 6) & 0x3F));
        *d++ = char(0x80 | (c & 0x3F));
    }
    out.resize(d - out.data());
}

} // namespace

void StatementPipeline::Batch::clear()
{
    calls.clear();
    values.clear();
    text.resize(0); // keeps the capacity
}

StatementPipeline::StatementPipeline(sqlite3 *db) : m_db(db), m_current(std::make_unique<Batch>())
{
    m_thread = std::thread([this] { work(); });
}

StatementPipeline::~StatementPipeline()
{
    drain();
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void StatementPipeline::begin(sqlite3_stmt *statement, const QString *sql)
{
    m_current->calls.push_back({statement, sql, int(m_current->values.size()), 0});
}

void StatementPipeline::bindNull()
{
    m_current->values.push_back({Value::Null, 0, 0});
    ++m_current->calls.back().valueCount;
}

void StatementPipeline::bindInteger(qint64 value)
{
    m_current->values.push_back({Value::Integer, value, 0});
    ++m_current->calls.back().valueCount;
}

void StatementPipeline::bindText(const QString &text)
{
    if (text.isNull()) {
        bindNull();
        return;
    }
    const qsizetype offset = m_current->text.size();
    appendUtf8(m_current->text, text);
    m_current->values.push_back({Value::Text, offset, int(m_current->text.size() - offset)});
    ++m_current->calls.back().valueCount;
}

Status StatementPipeline::end()
{
    if (m_current->calls.size() >= BatchCalls)
        push();
    std::lock_guard lock(m_mutex);
    if (m_failed)
        return m_error;
    return success();
}

void StatementPipeline::push()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < QueuedBatches || m_failed; });
    if (m_failed) {
        m_current->clear(); // nothing more runs after a failure
        return;
    }
    m_queue.push_back(std::move(m_current));
    if (!m_free.empty()) {
        m_current = std::move(m_free.back());
        m_free.pop_back();
    } else {
        m_current = std::make_unique<Batch>();
    }
    lock.unlock();
    m_changed.notify_all();
}

Status StatementPipeline::drain()
{
    if (!m_current->calls.empty())
        push();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_running) || m_failed; });
    // After a failure the thread stops taking batches: drop what is queued.
    if (m_failed) {
        m_changed.wait(lock, [this] { return !m_running; });
        for (auto &b : m_queue) {
            b->clear();
            m_free.push_back(std::move(b));
        }
        m_queue.clear();
        return m_error;
    }
    return success();
}

void StatementPipeline::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || (!m_queue.empty() && !m_failed); });
        if (m_stop)
            return;
        std::unique_ptr<Batch> batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_running = true;
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        const bool ok = runBatch(*batch);
        batch->clear();
        lock.lock();
        m_running = false;
        if (!ok)
            m_failed = true;
        m_free.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        lock.lock();
    }
}

bool StatementPipeline::runBatch(Batch &batch)
{
    const char *text = batch.text.constData();
    for (const Call &call : batch.calls) {
        int rc = SQLITE_OK;
        for (int i = 0; i < call.valueCount && rc == SQLITE_OK; ++i) {
            const Value &v = batch.values[size_t(call.firstValue + i)];
            switch (v.kind) {
            case Value::Null:
                rc = sqlite3_bind_null(call.statement, i + 1);
                break;
            case Value::Integer:
                rc = sqlite3_bind_int64(call.statement, i + 1, v.integer);
                break;
            case Value::Text:
                // The batch is not touched until the statement has run.
                rc = sqlite3_bind_text(call.statement, i + 1, text + v.integer, v.length, SQLITE_STATIC);
                break;
            }
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(call.statement);
        // reset returns the step's error again; the message is read before it.
        const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(call.statement);
        if (rc != SQLITE_DONE) {
            std::lock_guard lock(m_mutex);
            m_error = StoreError::make(StoreError::Kind::Sql, QStringLiteral("%1: %2").arg(*call.sql, message));
            return false;
        }
    }
    return true;
}

} // namespace rapport
