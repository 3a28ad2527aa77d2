#include "TimelineQuery.h"

#include "OrderAmountSql.h"
#include "domain/PersonName.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QStringList>

namespace rapport {

namespace {

// Every branch selects the same columns, in this order.
constexpr const char *Columns =
    "kind, id, at, title, detail, status, note, amount, currency, open_entity, open_id, person_given, person_family";

struct Branch {
    TimelineKind kind;
    // SELECT list without the "at" column, FROM and WHERE (subject only).
    QString select;
    QString atExpr;
    QString idExpr;
    QString fromWhere;
    int subjectBinds; // how many times the subject id is bound in fromWhere
};

QString orderTotal()
{
    return QStringLiteral("(SELECT sum(%1) FROM order_lines l WHERE l.order_id = t.id AND l.deleted_at IS NULL)").arg(QLatin1String(sql::OrderLineNet));
}

// The account a contact's opportunities, orders and cases are looked up under.
const char *const ContactsAccount = "(SELECT account_id FROM contacts WHERE id = ?)";

QList<Branch> branches(TimelineQuery::Subject subject, TimelineKinds kinds)
{
    const bool account = subject == TimelineQuery::Subject::Account;
    QList<Branch> out;
    if (kinds & TimelineKind::Activity) {
        out << Branch{TimelineKind::Activity,
                      QStringLiteral("'activity' AS kind, t.id AS id, %1 AS at, t.subject AS title, t.kind AS detail, "
                                     "CASE WHEN t.done_at IS NULL THEN 'open' ELSE 'done' END AS status, t.outcome AS note, "
                                     "NULL AS amount, NULL AS currency, 'activity' AS open_entity, t.id AS open_id, "
                                     "NULL AS person_given, NULL AS person_family"),
                      QStringLiteral("t.start_at"), QStringLiteral("t.id"),
                      account ? QStringLiteral("FROM activities t WHERE t.account_id = ? AND t.deleted_at IS NULL")
                              : QStringLiteral("FROM activity_contacts ac JOIN activities t ON t.id = ac.activity_id "
                                               "WHERE ac.contact_id = ? AND t.deleted_at IS NULL"),
                      1};
    }
    const QString bySubject = account ? QStringLiteral("t.account_id = ?")
                                      : QStringLiteral("t.account_id IS %1 AND t.contact_id = ?").arg(QLatin1String(ContactsAccount));
    const int subjectBinds = account ? 1 : 2;
    if (kinds & TimelineKind::Opportunity) {
        out << Branch{TimelineKind::Opportunity,
                      QStringLiteral("'opportunity' AS kind, t.id AS id, %1 AS at, t.name AS title, s.name AS detail, "
                                     "CASE WHEN s.kind IN ('won', 'lost') THEN s.kind WHEN t.closed_at IS NOT NULL THEN 'closed' ELSE 'open' END "
                                     "AS status, t.close_reason AS note, t.amount AS amount, t.currency AS currency, "
                                     "'opportunity' AS open_entity, t.id AS open_id, NULL AS person_given, NULL AS person_family"),
                      QStringLiteral("coalesce(t.closed_at, t.created_at)"), QStringLiteral("t.id"),
                      QStringLiteral("FROM opportunities t LEFT JOIN stages s ON s.id = t.stage_id WHERE %1 AND t.deleted_at IS NULL").arg(bySubject),
                      subjectBinds};
    }
    if (kinds & TimelineKind::Order) {
        out << Branch{TimelineKind::Order,
                      QStringLiteral("'order' AS kind, t.id AS id, %1 AS at, t.number AS title, t.channel AS detail, NULL AS status, "
                                     "NULL AS note, ")
                          + orderTotal()
                          + QStringLiteral(" AS amount, t.currency AS currency, 'order' AS open_entity, t.id AS open_id, "
                                           "NULL AS person_given, NULL AS person_family"),
                      QStringLiteral("t.ordered_at"), QStringLiteral("t.id"),
                      QStringLiteral("FROM orders t WHERE %1 AND t.deleted_at IS NULL").arg(bySubject), subjectBinds};
    }
    if (kinds & TimelineKind::Case) {
        out << Branch{TimelineKind::Case,
                      QStringLiteral("'case' AS kind, t.id AS id, %1 AS at, t.subject AS title, t.priority AS detail, t.status AS status, "
                                     "t.resolution AS note, NULL AS amount, NULL AS currency, 'case' AS open_entity, t.id AS open_id, "
                                     "NULL AS person_given, NULL AS person_family"),
                      QStringLiteral("t.created_at"), QStringLiteral("t.id"),
                      QStringLiteral("FROM cases t WHERE %1 AND t.deleted_at IS NULL").arg(bySubject), subjectBinds};
    }
    if (kinds & TimelineKind::CampaignResponse) {
        // Responses only: a contact merely targeted by a mailing did nothing.
        out << Branch{TimelineKind::CampaignResponse,
                      QStringLiteral("'campaign_member' AS kind, t.id AS id, %1 AS at, g.name AS title, g.channel AS detail, "
                                     "t.status AS status, NULL AS note, NULL AS amount, NULL AS currency, 'campaign' AS open_entity, "
                                     "g.id AS open_id, c.given_name AS person_given, c.family_name AS person_family"),
                      QStringLiteral("coalesce(t.responded_at, t.converted_at)"), QStringLiteral("t.id"),
                      account ? QStringLiteral("FROM contacts c JOIN campaign_members t ON t.contact_id = c.id "
                                               "JOIN campaigns g ON g.id = t.campaign_id AND g.deleted_at IS NULL "
                                               "WHERE c.account_id = ? AND c.deleted_at IS NULL AND t.deleted_at IS NULL "
                                               "AND coalesce(t.responded_at, t.converted_at) IS NOT NULL")
                              : QStringLiteral("FROM campaign_members t JOIN contacts c ON c.id = t.contact_id "
                                               "JOIN campaigns g ON g.id = t.campaign_id AND g.deleted_at IS NULL "
                                               "WHERE t.contact_id = ? AND t.deleted_at IS NULL "
                                               "AND coalesce(t.responded_at, t.converted_at) IS NOT NULL"),
                      1};
    }
    return out;
}

TimelineKind kindOf(const QString &name)
{
    if (name == QLatin1String("opportunity"))
        return TimelineKind::Opportunity;
    if (name == QLatin1String("order"))
        return TimelineKind::Order;
    if (name == QLatin1String("case"))
        return TimelineKind::Case;
    if (name == QLatin1String("campaign_member"))
        return TimelineKind::CampaignResponse;
    return TimelineKind::Activity;
}

} // namespace

QString TimelineQuery::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Activity: return QStringLiteral("activity");
    case TimelineKind::Opportunity: return QStringLiteral("opportunity");
    case TimelineKind::Order: return QStringLiteral("order");
    case TimelineKind::Case: return QStringLiteral("case");
    case TimelineKind::CampaignResponse: return QStringLiteral("campaign_member");
    }
    return {};
}

TimelineQuery::Statement TimelineQuery::statement(Subject subject, const QString &id, TimelineKinds kinds,
                                                  const std::optional<TimelineKey> &after, int limit)
{
    Statement st;
    QStringList parts;
    for (const Branch &b : branches(subject, kinds)) {
        QString where = b.fromWhere;
        for (int i = 0; i < b.subjectBinds; ++i)
            st.values << id;
        if (after) {
            // "at <= ?" alone is an index range; the OR only sorts out ties.
            where += QStringLiteral(" AND %1 <= ? AND (%1 < ? OR %2 < ?)").arg(b.atExpr, b.idExpr);
            st.values << after->at << after->at << after->id;
        }
        parts << QStringLiteral("SELECT * FROM (SELECT %1 %2 ORDER BY %3 DESC, %4 DESC LIMIT ?)")
                     .arg(b.select.arg(b.atExpr), where, b.atExpr, b.idExpr);
        st.values << limit;
    }
    if (parts.isEmpty())
        return st;
    st.sql = QStringLiteral("SELECT %1 FROM (%2) ORDER BY at DESC, id DESC LIMIT ?")
                 .arg(QLatin1String(Columns), parts.join(QStringLiteral(" UNION ALL ")));
    st.values << limit;
    return st;
}

Result<QList<TimelineItem>> TimelineQuery::page(Subject subject, const QString &id, TimelineKinds kinds,
                                                const std::optional<TimelineKey> &after, int limit)
{
    QList<TimelineItem> items;
    const Statement st = statement(subject, id, kinds, after, limit);
    if (st.sql.isEmpty() || limit <= 0 || id.isEmpty())
        return items;
    QSqlQuery &q = m_store.prepared(st.sql);
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read a timeline"));
    items.reserve(limit);
    while (q.next()) {
        TimelineItem item;
        item.kind = kindOf(q.value(0).toString());
        item.id = q.value(1).toString();
        item.at = q.value(2).toLongLong();
        item.title = q.value(3).toString();
        item.detail = q.value(4).toString();
        item.status = q.value(5).toString();
        item.note = q.value(6).toString();
        if (!q.value(7).isNull())
            item.amount = Money{q.value(7).toLongLong(), q.value(8).toString()};
        item.openEntity = q.value(9).toString();
        item.openId = q.value(10).toString();
        // A response on an account's timeline says who responded.
        if (item.kind == TimelineKind::CampaignResponse && subject == Subject::Account)
            item.note = personDisplayName(q.value(11).toString(), q.value(12).toString());
        items << item;
    }
    q.finish();
    return items;
}

} // namespace rapport
