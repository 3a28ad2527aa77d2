#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport {

// Every instant is stored as UTC milliseconds since the Unix epoch in an INTEGER
// column; calendar dates (birthdays, expected close) as ISO "YYYY-MM-DD" text,
// because a date has no time zone. Conversion to local time happens only in views.
qint64 toUtcMillis(const QDateTime &dt);
QDateTime fromUtcMillis(qint64 ms);
QString isoDate(const QDate &d);
std::optional<QDate> parseIsoDate(const QString &s);
// ISO 8601 with a 'Z' and milliseconds: the canonical text form in exports.
QString isoUtc(qint64 ms);
std::optional<qint64> parseIsoUtc(const QString &s);

} // namespace rapport
