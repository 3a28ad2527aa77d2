#include "CaseActivitiesQuery.h"

#include "store/Store.h"

#include <QSqlQuery>

namespace rapport {

Result<QList<CaseActivity>> CaseActivitiesQuery::activities(const QString &caseId, int limit)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT id, kind, subject, start_at, due_at, done_at, outcome FROM activities "
        "WHERE case_id = ? AND deleted_at IS NULL ORDER BY start_at DESC, id DESC LIMIT ?"));
    q.addBindValue(caseId);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the activities of a case"));
    QList<CaseActivity> out;
    while (q.next()) {
        CaseActivity a;
        a.id = q.value(0).toString();
        a.kind = q.value(1).toString();
        a.subject = q.value(2).toString();
        a.startAt = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            a.dueAt = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.doneAt = q.value(5).toLongLong();
        a.outcome = q.value(6).toString();
        out << a;
    }
    q.finish();
    return out;
}

} // namespace rapport
