#pragma once
#include "Repository.h"
#include "domain/Opportunity.h"

#include <QJsonObject>

namespace rapport {

// Typed access to opportunities: create(Opportunity) → id, get(id),
// update(Opportunity) → changed?, remove(id), and moveToStage(). The write
// path records every change of stage as a stage_change record (its history),
// whichever of these made it.
class OpportunityRepository : public Repository<OpportunityRepository, Opportunity> {
public:
    explicit OpportunityRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static QJsonObject toFields(const Opportunity &opportunity);
    static Opportunity fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Opportunity &opportunity);

    // Puts it into a stage of its pipeline with the stage's default
    // probability. A won or lost stage closes it now (store time) with
    // `reason`; an open stage reopens it (no close time or reason).
    Result<bool> moveToStage(const QString &id, const QString &stageId, const QString &reason = {});

protected:
    // The stage must belong to the opportunity's pipeline.
    Status checkInStore(const Opportunity &opportunity, const QJsonObject &stored) override;
};

} // namespace rapport
