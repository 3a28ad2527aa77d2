#pragma once
#include "Repository.h"
#include "domain/SavedView.h"

#include <QJsonObject>

namespace rapport {

// Typed access to saved views: create(SavedView) → id, get(id),
// update(SavedView) → changed?, remove(id).
class SavedViewRepository : public Repository<SavedViewRepository, SavedView> {
public:
    explicit SavedViewRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static QJsonObject toFields(const SavedView &view);
    static SavedView fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const SavedView &view);
};

} // namespace rapport
