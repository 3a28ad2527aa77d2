#pragma once
#include "domain/ContactDetails.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

// Conversions between typed struct members and the generic field values of
// the write path (FieldValue.h): "no value" is always JSON null, so a typed
// record converts to exactly the values the writer stores and an unchanged
// member never shows up as an edit in the journal.
namespace rapport::codec {

QJsonValue text(const QString &s);
QString textOf(const QJsonObject &f, const QString &key);

QJsonValue integer(std::optional<qint64> v);
QJsonValue integer(std::optional<int> v);
std::optional<qint64> integerOf(const QJsonObject &f, const QString &key);
std::optional<int> intOf(const QJsonObject &f, const QString &key);

QJsonValue flag(bool b); // stored as 0/1
bool flagOf(const QJsonObject &f, const QString &key);

// Calendar dates as ISO "YYYY-MM-DD"; a null QDate is no value.
QJsonValue date(const QDate &d);
QDate dateOf(const QJsonObject &f, const QString &key);

QJsonValue strings(const QStringList &list);
QStringList stringsOf(const QJsonObject &f, const QString &key);

// Emails and phones: [{"type":"work","value":"…"}, …]
QJsonValue points(const QList<ContactPoint> &list);
QList<ContactPoint> pointsOf(const QJsonObject &f, const QString &key);

// street, city, region, postcode, country
void putAddress(QJsonObject &f, const PostalAddress &a);
PostalAddress addressOf(const QJsonObject &f);

} // namespace rapport::codec
