#include "SavedViewRepository.h"

#include "FieldCodec.h"

namespace rapport {

using namespace codec;

const EntityDef &SavedViewRepository::entity()
{
    return *entityByName(QStringLiteral("saved_view"));
}

QJsonObject SavedViewRepository::toFields(const SavedView &v)
{
    return {{QStringLiteral("owner_id"), text(v.ownerId)},
            {QStringLiteral("name"), text(v.name)},
            {QStringLiteral("entity"), text(v.entity)},
            {QStringLiteral("definition"), v.definition.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.definition)}};
}

SavedView SavedViewRepository::fromFields(const QString &id, const QJsonObject &f)
{
    return {id, textOf(f, QStringLiteral("owner_id")), textOf(f, QStringLiteral("name")), textOf(f, QStringLiteral("entity")),
            f.value(QStringLiteral("definition")).toObject()};
}

QString SavedViewRepository::validate(const SavedView &v)
{
    if (v.name.trimmed().isEmpty())
        return QObject::tr("A saved view needs a name.");
    if (!entityByName(v.entity))
        return QObject::tr("\"%1\" is not a kind of record a view can list.").arg(v.entity);
    return {};
}

} // namespace rapport
