#pragma once
#include "Repository.h"
#include "domain/Campaign.h"

#include <QJsonObject>

namespace rapport {

// Typed access to campaigns: create(Campaign) → id, get(id), update(Campaign)
// → changed?, remove(id). Members are CampaignMemberRepository's.
class CampaignRepository : public Repository<CampaignRepository, Campaign> {
public:
    explicit CampaignRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static const QStringList &channels();
    static const QStringList &statuses();
    static QJsonObject toFields(const Campaign &campaign);
    static Campaign fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Campaign &campaign);
};

} // namespace rapport
