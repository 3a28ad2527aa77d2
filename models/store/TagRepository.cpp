#include "TagRepository.h"

#include "FieldCodec.h"
#include "Store.h"

#include <QRegularExpression>

namespace rapport {

using namespace codec;

const EntityDef &TagRepository::entity()
{
    return *entityByName(QStringLiteral("tag"));
}

QJsonObject TagRepository::toFields(const Tag &t)
{
    return {{QStringLiteral("owner_id"), text(t.ownerId)}, {QStringLiteral("name"), text(t.name)}, {QStringLiteral("color"), text(t.color)}};
}

Tag TagRepository::fromFields(const QString &id, const QJsonObject &f)
{
    return {id, textOf(f, QStringLiteral("owner_id")), textOf(f, QStringLiteral("name")), textOf(f, QStringLiteral("color"))};
}

QString TagRepository::validate(const Tag &t)
{
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (t.name.trimmed().isEmpty())
        return QObject::tr("A tag needs a name.");
    if (!t.color.isEmpty() && !hexColor.match(t.color).hasMatch())
        return QObject::tr("\"%1\" is not a colour (#rrggbb).").arg(t.color);
    return {};
}

Status TagRepository::checkInStore(const Tag &t, const QJsonObject &stored)
{
    const QString folded = t.name.trimmed().toCaseFolded();
    if (folded == stored.value(QStringLiteral("name")).toString().trimmed().toCaseFolded())
        return success();
    // Tags are few (tens), so comparing in C++ with full Unicode case folding
    // costs nothing and SQLite's ASCII-only lower() cannot get it wrong.
    QSqlQuery &q = store().prepared(QStringLiteral("SELECT name FROM tags WHERE deleted_at IS NULL AND id IS NOT ?"));
    q.addBindValue(t.id);
    if (!q.exec())
        return store().sqlError(q, QStringLiteral("list tags"));
    QString clash;
    while (q.next() && clash.isEmpty())
        if (q.value(0).toString().trimmed().toCaseFolded() == folded)
            clash = q.value(0).toString();
    q.finish();
    if (!clash.isEmpty())
        return RecordRepository::invalid(QObject::tr("There is a tag \"%1\" already.").arg(clash));
    return success();
}

} // namespace rapport
