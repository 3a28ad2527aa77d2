#include "AccountRepository.h"

#include "FieldCodec.h"

namespace rapport {

using namespace codec;

const EntityDef &AccountRepository::entity()
{
    return *entityByName(QStringLiteral("account"));
}

const QStringList &AccountRepository::types()
{
    static const QStringList t = {QStringLiteral("prospect"), QStringLiteral("customer"), QStringLiteral("partner"),
                                  QStringLiteral("former customer")};
    return t;
}

QJsonObject AccountRepository::toFields(const Account &a)
{
    QJsonObject f{{QStringLiteral("owner_id"), text(a.ownerId)},
                  {QStringLiteral("name"), text(a.name)},
                  {QStringLiteral("type"), text(a.type)},
                  {QStringLiteral("industry"), text(a.industry)},
                  {QStringLiteral("source"), text(a.source)},
                  {QStringLiteral("website"), text(a.website)},
                  {QStringLiteral("phones"), points(a.phones)},
                  {QStringLiteral("emails"), points(a.emails)},
                  {QStringLiteral("parent_id"), text(a.parentId)},
                  {QStringLiteral("tags"), strings(a.tags)},
                  {QStringLiteral("notes"), text(a.notes)},
                  {QStringLiteral("visit_interval_days"), integer(a.visitIntervalDays)}};
    putAddress(f, a.address);
    return f;
}

Account AccountRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Account a;
    a.id = id;
    a.ownerId = textOf(f, QStringLiteral("owner_id"));
    a.name = textOf(f, QStringLiteral("name"));
    a.type = textOf(f, QStringLiteral("type"));
    a.industry = textOf(f, QStringLiteral("industry"));
    a.source = textOf(f, QStringLiteral("source"));
    a.website = textOf(f, QStringLiteral("website"));
    a.phones = pointsOf(f, QStringLiteral("phones"));
    a.emails = pointsOf(f, QStringLiteral("emails"));
    a.address = addressOf(f);
    a.parentId = textOf(f, QStringLiteral("parent_id"));
    a.tags = stringsOf(f, QStringLiteral("tags"));
    a.notes = textOf(f, QStringLiteral("notes"));
    a.visitIntervalDays = intOf(f, QStringLiteral("visit_interval_days"));
    return a;
}

QString AccountRepository::validate(const Account &a)
{
    if (a.name.trimmed().isEmpty())
        return QObject::tr("An account needs a name.");
    if (!a.type.isEmpty() && !types().contains(a.type))
        return QObject::tr("\"%1\" is not an account type (%2).").arg(a.type, RecordRepository::alternatives(types()));
    if (a.visitIntervalDays && *a.visitIntervalDays <= 0)
        return QObject::tr("The visit interval must be a positive number of days, not %1.").arg(*a.visitIntervalDays);
    if (!a.id.isEmpty() && a.parentId == a.id)
        return QObject::tr("An account cannot be its own parent.");
    return {};
}

} // namespace rapport
