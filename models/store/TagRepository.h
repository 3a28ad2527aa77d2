#pragma once
#include "Repository.h"
#include "domain/Tag.h"

#include <QJsonObject>

namespace rapport {

// Typed access to tags: create(Tag) → id, get(id), update(Tag) → changed?,
// remove(id). Tag names are unique, ignoring case.
class TagRepository : public Repository<TagRepository, Tag> {
public:
    explicit TagRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static QJsonObject toFields(const Tag &tag);
    static Tag fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Tag &tag);

protected:
    Status checkInStore(const Tag &tag, const QJsonObject &stored) override;
};

} // namespace rapport
