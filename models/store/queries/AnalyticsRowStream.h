#pragma once
#include "AnalyticsRowsQuery.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::analyticsrows {

// The analytics queries' one way of reading rows (AnalyticsRowsQuery,
// AnalyticsRecordsQuery): column helpers, and a forward-only pass handing
// each row, as `read` builds it, to the sink.

inline QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

inline qint64 integer(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

// Runs `q` (prepared and bound). The statement is finished on every path so
// that a cached statement never holds the read snapshot open.
template <typename Row, typename Read>
Status stream(Store &store, QSqlQuery &q, const QString &what, Read read, const AnalyticsRowsQuery::Sink<Row> &sink)
{
    if (!q.exec())
        return store.sqlError(q, what);
    while (q.next()) {
        if (!sink(read(q))) {
            q.finish();
            return AnalyticsRowsQuery::cancelled();
        }
    }
    Status result = q.lastError().isValid() ? Status(store.sqlError(q, what)) : success();
    q.finish();
    return result;
}

// The same for a statement without parameters.
template <typename Row, typename Read>
Status stream(Store &store, const QString &sql, const QString &what, Read read, const AnalyticsRowsQuery::Sink<Row> &sink)
{
    return stream<Row>(store, store.prepared(sql), what, read, sink);
}

} // namespace rapport::analyticsrows
