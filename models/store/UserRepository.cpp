#include "UserRepository.h"

#include "FieldCodec.h"
#include "Store.h"

namespace rapport {

using namespace codec;

const EntityDef &UserRepository::entity()
{
    return *entityByName(QStringLiteral("user"));
}

const QStringList &UserRepository::roles()
{
    static const QStringList r = {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("rep"), QStringLiteral("marketing"),
                                  QStringLiteral("support")};
    return r;
}

QJsonObject UserRepository::toFields(const User &u)
{
    return {{QStringLiteral("owner_id"), text(u.ownerId)},
            {QStringLiteral("name"), text(u.name)},
            {QStringLiteral("display_name"), text(u.displayName)},
            {QStringLiteral("email"), text(u.email)},
            {QStringLiteral("role"), text(u.role)},
            {QStringLiteral("team"), text(u.team)},
            {QStringLiteral("active"), flag(u.active)}};
}

User UserRepository::fromFields(const QString &id, const QJsonObject &f)
{
    User u;
    u.id = id;
    u.ownerId = textOf(f, QStringLiteral("owner_id"));
    u.name = textOf(f, QStringLiteral("name"));
    u.displayName = textOf(f, QStringLiteral("display_name"));
    u.email = textOf(f, QStringLiteral("email"));
    u.role = textOf(f, QStringLiteral("role"));
    u.team = textOf(f, QStringLiteral("team"));
    u.active = flagOf(f, QStringLiteral("active"));
    return u;
}

QString UserRepository::validate(const User &u)
{
    if (u.name.trimmed().isEmpty())
        return QObject::tr("A user needs a login name.");
    if (!u.role.isEmpty() && !roles().contains(u.role))
        return QObject::tr("\"%1\" is not a role (%2).").arg(u.role, RecordRepository::alternatives(roles()));
    if (!u.email.isEmpty() && (!u.email.contains(QLatin1Char('@')) || u.email.contains(QLatin1Char(' '))))
        return QObject::tr("\"%1\" is not an email address.").arg(u.email);
    return {};
}

Status UserRepository::remove(const QString &id)
{
    if (id == store().localUserId())
        return RecordRepository::invalid(QObject::tr("The store's own user cannot be removed."));
    return Repository::remove(id);
}

} // namespace rapport
