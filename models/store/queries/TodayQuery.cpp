#include "TodayQuery.h"

#include "domain/PersonName.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport {

QString TodayQuery::sql(bool byOwner)
{
    const QString owner = byOwner ? QStringLiteral(" AND owner_id = ?") : QString();
    // The undated half names its index (migration 4): with no statistics
    // SQLite prefers the equality on due_at IS NULL in activities_open_by_due
    // and then sorts every undated open activity.
    // The inner select picks the ids from the index alone (with no owner
    // filter, the first half never reads a table row); the outer one reads the
    // chosen rows and the names they point at.
    return QStringLiteral(
               "SELECT x.id, x.kind, x.subject, x.location, x.start_at, x.due_at, x.owner_id, ifnull(u.display_name, u.name), "
               "x.account_id, ac.name, x.contact_ids, c.given_name, c.family_name, x.opportunity_id, op.name, x.case_id, cs.subject "
               "FROM (SELECT id, due_at AS due FROM activities WHERE done_at IS NULL AND deleted_at IS NULL AND due_at < ?%1 "
               "      UNION ALL "
               "      SELECT id, start_at FROM activities INDEXED BY %2 WHERE done_at IS NULL AND deleted_at IS NULL AND due_at IS NULL AND start_at < ?%1 "
               "      ORDER BY due DESC LIMIT ?) k "
               "JOIN activities x ON x.id = k.id "
               "LEFT JOIN users u ON u.id = x.owner_id "
               "LEFT JOIN accounts ac ON ac.id = x.account_id AND ac.deleted_at IS NULL "
               "LEFT JOIN contacts c ON c.id = json_extract(x.contact_ids, '$[0]') AND c.deleted_at IS NULL "
               "LEFT JOIN opportunities op ON op.id = x.opportunity_id AND op.deleted_at IS NULL "
               "LEFT JOIN cases cs ON cs.id = x.case_id AND cs.deleted_at IS NULL "
               "ORDER BY k.due DESC, x.id")
        .arg(owner, byOwner ? QStringLiteral("activities_open_undated_by_owner") : QStringLiteral("activities_open_undated"));
}

Result<OpenActivities> TodayQuery::run(const TodaySpec &spec)
{
    OpenActivities out;
    if (spec.limit <= 0)
        return out;
    QSqlQuery &q = m_store.prepared(sql(spec.ownerId.has_value()));
    for (int half = 0; half < 2; ++half) {
        q.addBindValue(spec.endOfDay);
        if (spec.ownerId)
            q.addBindValue(*spec.ownerId);
    }
    q.addBindValue(spec.limit + 1); // one more tells whether there are more
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("today's activities"));
    while (q.next()) {
        if (out.activities.size() == spec.limit) {
            out.truncated = true;
            break;
        }
        OpenActivity a;
        a.id = q.value(0).toString();
        a.kind = q.value(1).toString();
        a.subject = q.value(2).toString();
        a.location = q.value(3).toString();
        a.startAt = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.dueAt = q.value(5).toLongLong();
        a.ownerId = q.value(6).toString();
        a.ownerName = q.value(7).toString();
        a.accountId = q.value(8).toString();
        a.accountName = q.value(9).toString();
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
            a.contactIds << c.toString();
        if (!q.value(11).isNull() || !q.value(12).isNull())
            a.contactName = personDisplayName(q.value(11).toString(), q.value(12).toString());
        a.opportunityId = q.value(13).toString();
        a.opportunityName = q.value(14).toString();
        a.caseId = q.value(15).toString();
        a.caseSubject = q.value(16).toString();
        out.activities << a;
    }
    q.finish();
    return out;
}

} // namespace rapport
