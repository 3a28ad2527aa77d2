#pragma once
#include "Repository.h"
#include "domain/Case.h"

#include <QJsonObject>

namespace rapport {

// Typed access to support cases: create(Case) → id, get(id), update(Case) →
// changed?, remove(id), resolve(). A resolved or closed case carries its resolution.
class CaseRepository : public Repository<CaseRepository, Case> {
public:
    explicit CaseRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static const QStringList &priorities();
    static const QStringList &statuses();
    static bool isResolvedStatus(const QString &status); // resolved or closed
    static QJsonObject toFields(const Case &kase);
    static Case fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Case &kase);

    // Marks it resolved now (store time) with the resolution, which is required.
    Result<bool> resolve(const QString &id, const QString &resolution);

protected:
    // The follow-up activity is a plain id in the schema (activities are
    // created after cases), so its check is here.
    Status checkInStore(const Case &kase, const QJsonObject &stored) override;
};

} // namespace rapport
