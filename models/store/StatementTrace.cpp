#include "StatementTrace.h"

#include "SqliteHandle.h"

#include <mutex>
#include <sqlite3.h>

namespace rapport {

namespace {

std::mutex &sinkMutex()
{
    static std::mutex m;
    return m;
}

StatementTrace::Sink &sink()
{
    static StatementTrace::Sink s;
    return s;
}

int onProfile(unsigned type, void *, void *statement, void *nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    StatementTrace::Statement s;
    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        s.sql = QString::fromUtf8(sql);
        sqlite3_free(sql);
    }
    s.nanoseconds = *static_cast<sqlite3_int64 *>(nanoseconds);
    std::lock_guard lock(sinkMutex());
    if (sink())
        sink()(s);
    return 0;
}

} // namespace

void StatementTrace::setSink(Sink s)
{
    std::lock_guard lock(sinkMutex());
    sink() = std::move(s);
}

void StatementTrace::attach(const QSqlDatabase &database)
{
    {
        std::lock_guard lock(sinkMutex());
        if (!sink())
            return;
    }
    if (sqlite3 *db = sqliteHandle(database))
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, onProfile, nullptr);
}

} // namespace rapport
