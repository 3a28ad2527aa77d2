#pragma once
#include "Repository.h"
#include "domain/CampaignMember.h"

#include <QJsonObject>

namespace rapport {

// Typed access to campaign members: create(CampaignMember) → id, get(id),
// update(CampaignMember) → changed?, remove(id), advance() and memberOf().
// A contact is a member of a campaign at most once.
class CampaignMemberRepository : public Repository<CampaignMemberRepository, CampaignMember> {
public:
    explicit CampaignMemberRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    // In the order a member moves through them.
    static const QStringList &statuses();
    static QJsonObject toFields(const CampaignMember &member);
    static CampaignMember fromFields(const QString &id, const QJsonObject &fields);
    // The status's own time is required; the times that are set are in order.
    static QString validate(const CampaignMember &member);

    // Sets the status and the time it was reached (UTC ms).
    Result<bool> advance(const QString &id, const QString &status, qint64 at);
    // The contact's membership of the campaign, if any.
    std::optional<CampaignMember> memberOf(const QString &campaignId, const QString &contactId);

protected:
    Status checkInStore(const CampaignMember &member, const QJsonObject &stored) override;

private:
    Result<QString> memberIdOf(const QString &campaignId, const QString &contactId, const QString &except);
};

} // namespace rapport
