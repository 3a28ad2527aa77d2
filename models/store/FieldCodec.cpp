#include "FieldCodec.h"

#include "domain/UtcTime.h"

#include <QJsonArray>

namespace rapport::codec {

namespace {
const QJsonValue null(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? null : QJsonValue(s);
}

QString textOf(const QJsonObject &f, const QString &key)
{
    return f.value(key).toString();
}

QJsonValue integer(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : null;
}

QJsonValue integer(std::optional<int> v)
{
    return v ? QJsonValue(qint64(*v)) : null;
}

std::optional<qint64> integerOf(const QJsonObject &f, const QString &key)
{
    const QJsonValue v = f.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInteger();
}

std::optional<int> intOf(const QJsonObject &f, const QString &key)
{
    const std::optional<qint64> v = integerOf(f, key);
    if (!v)
        return std::nullopt;
    return int(*v);
}

QJsonValue flag(bool b)
{
    return QJsonValue(qint64(b ? 1 : 0));
}

bool flagOf(const QJsonObject &f, const QString &key)
{
    return f.value(key).toInteger(0) != 0;
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : null;
}

QDate dateOf(const QJsonObject &f, const QString &key)
{
    return parseIsoDate(f.value(key).toString()).value_or(QDate());
}

QJsonValue strings(const QStringList &list)
{
    if (list.isEmpty())
        return null;
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonObject &f, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : f.value(key).toArray())
        out << v.toString();
    return out;
}

QJsonValue points(const QList<ContactPoint> &list)
{
    QJsonArray a;
    for (const ContactPoint &p : list)
        a.append(QJsonObject{{QStringLiteral("type"), p.type}, {QStringLiteral("value"), p.value}});
    return a.isEmpty() ? null : QJsonValue(a);
}

QList<ContactPoint> pointsOf(const QJsonObject &f, const QString &key)
{
    QList<ContactPoint> out;
    for (const QJsonValue &p : f.value(key).toArray())
        out << ContactPoint{p.toObject().value(QStringLiteral("type")).toString(), p.toObject().value(QStringLiteral("value")).toString()};
    return out;
}

void putAddress(QJsonObject &f, const PostalAddress &a)
{
    f.insert(QStringLiteral("street"), text(a.street));
    f.insert(QStringLiteral("city"), text(a.city));
    f.insert(QStringLiteral("region"), text(a.region));
    f.insert(QStringLiteral("postcode"), text(a.postcode));
    f.insert(QStringLiteral("country"), text(a.country));
}

PostalAddress addressOf(const QJsonObject &f)
{
    return {textOf(f, QStringLiteral("street")), textOf(f, QStringLiteral("city")), textOf(f, QStringLiteral("region")),
            textOf(f, QStringLiteral("postcode")), textOf(f, QStringLiteral("country"))};
}

} // namespace rapport::codec
