#include "AccountRepository.h"

#include "EntitySchema.h"
#include "RecordWriter.h"

#include <QJsonArray>

namespace rapport {

namespace {
const EntityDef &def()
{
    return *entityByName(QStringLiteral("account"));
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue points(const QList<ContactPoint> &list)
{
    QJsonArray a;
    for (const ContactPoint &p : list)
        a.append(QJsonObject{{QStringLiteral("type"), p.type}, {QStringLiteral("value"), p.value}});
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a);
}

QList<ContactPoint> pointsFrom(const QJsonValue &v)
{
    QList<ContactPoint> out;
    for (const QJsonValue &p : v.toArray())
        out << ContactPoint{p.toObject().value(QStringLiteral("type")).toString(), p.toObject().value(QStringLiteral("value")).toString()};
    return out;
}
} // namespace

const QStringList &AccountRepository::types()
{
    static const QStringList t = {QStringLiteral("prospect"), QStringLiteral("customer"), QStringLiteral("partner"),
                                  QStringLiteral("former customer")};
    return t;
}

QJsonObject AccountRepository::toFields(const Account &a)
{
    QJsonArray tags;
    for (const QString &t : a.tags)
        tags.append(t);
    return {{QStringLiteral("owner_id"), text(a.ownerId)},
            {QStringLiteral("name"), text(a.name)},
            {QStringLiteral("type"), text(a.type)},
            {QStringLiteral("industry"), text(a.industry)},
            {QStringLiteral("source"), text(a.source)},
            {QStringLiteral("website"), text(a.website)},
            {QStringLiteral("phones"), points(a.phones)},
            {QStringLiteral("emails"), points(a.emails)},
            {QStringLiteral("street"), text(a.address.street)},
            {QStringLiteral("city"), text(a.address.city)},
            {QStringLiteral("region"), text(a.address.region)},
            {QStringLiteral("postcode"), text(a.address.postcode)},
            {QStringLiteral("country"), text(a.address.country)},
            {QStringLiteral("parent_id"), text(a.parentId)},
            {QStringLiteral("tags"), tags.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tags)},
            {QStringLiteral("notes"), text(a.notes)},
            {QStringLiteral("visit_interval_days"), a.visitIntervalDays ? QJsonValue(qint64(*a.visitIntervalDays)) : QJsonValue(QJsonValue::Null)}};
}

Account AccountRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Account a;
    a.id = id;
    a.ownerId = f.value(QStringLiteral("owner_id")).toString();
    a.name = f.value(QStringLiteral("name")).toString();
    a.type = f.value(QStringLiteral("type")).toString();
    a.industry = f.value(QStringLiteral("industry")).toString();
    a.source = f.value(QStringLiteral("source")).toString();
    a.website = f.value(QStringLiteral("website")).toString();
    a.phones = pointsFrom(f.value(QStringLiteral("phones")));
    a.emails = pointsFrom(f.value(QStringLiteral("emails")));
    a.address = {f.value(QStringLiteral("street")).toString(), f.value(QStringLiteral("city")).toString(),
                 f.value(QStringLiteral("region")).toString(), f.value(QStringLiteral("postcode")).toString(),
                 f.value(QStringLiteral("country")).toString()};
    a.parentId = f.value(QStringLiteral("parent_id")).toString();
    for (const QJsonValue &t : f.value(QStringLiteral("tags")).toArray())
        a.tags << t.toString();
    a.notes = f.value(QStringLiteral("notes")).toString();
    if (f.value(QStringLiteral("visit_interval_days")).isDouble())
        a.visitIntervalDays = int(f.value(QStringLiteral("visit_interval_days")).toInteger());
    return a;
}

QString AccountRepository::validate(const Account &a)
{
    if (a.name.trimmed().isEmpty())
        return QObject::tr("An account needs a name.");
    if (!a.type.isEmpty() && !types().contains(a.type))
        return QObject::tr("\"%1\" is not an account type (prospect, customer, partner or former customer).").arg(a.type);
    if (a.visitIntervalDays && *a.visitIntervalDays <= 0)
        return QObject::tr("The visit interval must be a positive number of days.");
    if (!a.id.isEmpty() && a.parentId == a.id)
        return QObject::tr("An account cannot be its own parent.");
    return {};
}

Result<QString> AccountRepository::create(const Account &a)
{
    if (const QString problem = validate(a); !problem.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, problem);
    QJsonObject fields = toFields(a);
    if (a.ownerId.isEmpty())
        fields.remove(QStringLiteral("owner_id")); // the writer makes the local user the owner
    return RecordWriter(m_store).create(def(), fields, a.id);
}

std::optional<Account> AccountRepository::get(const QString &id)
{
    const std::optional<StoredRecord> r = RecordWriter(m_store).read(def(), id);
    if (!r || r->deletedAt)
        return std::nullopt;
    return fromFields(id, r->fields);
}

Result<bool> AccountRepository::update(const Account &a)
{
    if (const QString problem = validate(a); !problem.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, problem);
    return RecordWriter(m_store).update(def(), a.id, toFields(a));
}

Status AccountRepository::remove(const QString &id)
{
    return RecordWriter(m_store).remove(def(), id);
}

} // namespace rapport
