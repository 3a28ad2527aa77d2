#include "UtcTime.h"

#include <QTimeZone>

namespace rapport {

qint64 toUtcMillis(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch();
}

QDateTime fromUtcMillis(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

std::optional<QDate> parseIsoDate(const QString &s)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        return std::nullopt;
    return d;
}

QString isoUtc(qint64 ms)
{
    return fromUtcMillis(ms).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseIsoUtc(const QString &s)
{
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace rapport
