#include "CampaignMembersQuery.h"

#include "domain/PersonName.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rapport {

namespace {
std::optional<qint64> optionalTime(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

// A page in name order can be read two ways, and each is cheap exactly
// when the other is not:
//  - members first: every member of the campaign (campaign_members_by_campaign)
//    with its contact, sorted; the cost grows with the campaign's size;
//  - contacts first: walk contacts_by_sort in name order and probe the
//    campaign's index for each; the cost grows with how many contacts lie
//    between two members, i.e. shrinks as the campaign grows.
// A count of the matching members (a range of the campaign's index) picks
// one, so a page costs at most a few thousand lookups whatever the sizes
// (measured on the 100k-account store: 3,300 members, about 20 ms either way;
// 30 members, contacts first would walk all 170k contacts). One case stays
// slow: a rare status in a huge campaign (35 converted of 100k members) reads
// every member, since no index holds (campaign_id, status).
// A deleted contact is hidden everywhere, so its membership is neither
// listed nor counted.
Result<QList<MemberRow>> CampaignMembersQuery::page(const QString &campaignId, const QString &status, const std::optional<MemberPageKey> &after,
                                                    int limit)
{
    // Counted only up to the limit: enough to choose, and bounded itself.
    QSqlQuery &count = m_store.prepared(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM campaign_members WHERE campaign_id = ? AND deleted_at IS NULL "
        "AND (ifnull(?, '') = '' OR status = ?) LIMIT ?)"));
    count.addBindValue(campaignId);
    count.addBindValue(status);
    count.addBindValue(status);
    count.addBindValue(m_membersFirstLimit + 1);
    if (!count.exec())
        return m_store.sqlError(count, QStringLiteral("count campaign members"));
    const qint64 matching = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();

    // CROSS JOIN fixes SQLite's join order to the one chosen here.
    const QString from = matching > m_membersFirstLimit
                             ? QStringLiteral("contacts c CROSS JOIN campaign_members m ON m.campaign_id = ? AND m.contact_id = c.id")
                             : QStringLiteral("campaign_members m CROSS JOIN contacts c ON c.id = m.contact_id AND m.campaign_id = ?");
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT m.id, m.contact_id, c.given_name, c.family_name, a.name, "
        "CASE WHEN json_valid(c.emails) THEN json_extract(c.emails, '$[0].value') END, "
        "m.status, m.targeted_at, m.sent_at, m.responded_at, m.converted_at, c.sort_key "
        "FROM %1 LEFT JOIN accounts a ON a.id = c.account_id AND a.deleted_at IS NULL "
        "WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL AND (ifnull(?, '') = '' OR m.status = ?) "
        "AND (c.sort_key, c.id) > (ifnull(?, ''), ifnull(?, '')) "
        "ORDER BY c.sort_key, c.id LIMIT ?").arg(from));
    q.addBindValue(campaignId);
    q.addBindValue(status);
    q.addBindValue(status);
    // No key: ("", "") comes before every contact (sort keys are never NULL;
    // an empty QString binds as NULL, hence the ifnull in the statement).
    q.addBindValue(after ? after->sortKey : QString());
    q.addBindValue(after ? after->contactId : QString());
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read campaign members"));
    QList<MemberRow> rows;
    while (q.next()) {
        MemberRow r;
        r.id = q.value(0).toString();
        r.contactId = q.value(1).toString();
        r.contactName = personDisplayName(q.value(2).toString(), q.value(3).toString());
        r.accountName = q.value(4).toString();
        r.email = q.value(5).toString();
        r.status = q.value(6).toString();
        r.targetedAt = optionalTime(q.value(7));
        r.sentAt = optionalTime(q.value(8));
        r.respondedAt = optionalTime(q.value(9));
        r.convertedAt = optionalTime(q.value(10));
        r.sortKey = q.value(11).toString();
        rows << r;
    }
    q.finish();
    return rows;
}

Result<QHash<QString, qint64>> CampaignMembersQuery::statusCounts(const QString &campaignId)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT m.status, count(*) FROM campaign_members m JOIN contacts c ON c.id = m.contact_id AND c.deleted_at IS NULL "
        "WHERE m.campaign_id = ? AND m.deleted_at IS NULL GROUP BY m.status"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("count campaign members"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return counts;
}

} // namespace rapport
