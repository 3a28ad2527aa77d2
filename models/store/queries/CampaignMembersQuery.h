#pragma once
#include "store/StoreError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// Where the next page starts: after this member's contact in name order.
struct MemberPageKey {
    QString sortKey;
    QString contactId;
};

// One member as the campaign's members table shows it.
struct MemberRow {
    QString id; // the campaign_member record
    QString contactId;
    QString contactName;
    QString accountName;
    QString email; // the first one, if any
    QString status;
    std::optional<qint64> targetedAt, sentAt, respondedAt, convertedAt;
    QString sortKey; // the contact's, for the next page's key

    MemberPageKey key() const { return {sortKey, contactId}; }
};

// The members of one campaign, a page at a time in the contacts' name order
// (keyset paged like the record lists), and how many are at each status.
class CampaignMembersQuery {
public:
    // Up to this many matching members a page sorts the campaign's members;
    // above it, it walks the contacts in name order instead (see page()).
    static constexpr qint64 MembersFirstLimit = 2000;

    explicit CampaignMembersQuery(Store &store) : m_store(store) {}
    // Tests read the same pages both ways.
    void setMembersFirstLimit(qint64 limit) { m_membersFirstLimit = limit; }

    // Up to `limit` live members of live contacts; `status` empty: any status.
    Result<QList<MemberRow>> page(const QString &campaignId, const QString &status, const std::optional<MemberPageKey> &after, int limit);
    // Live members per status ("targeted" → 120, …); statuses without members are absent.
    Result<QHash<QString, qint64>> statusCounts(const QString &campaignId);

private:
    Store &m_store;
    qint64 m_membersFirstLimit = MembersFirstLimit;
};

} // namespace rapport
