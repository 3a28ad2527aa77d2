#pragma once
#include "EntitySchema.h"
#include "StoreError.h"

#include <QJsonValue>
#include <QVariant>

namespace rapport {

// Conversions between the generic field representation (QJsonValue: strings,
// 64-bit integers, arrays and objects) and SQL columns / journal text.
QVariant toSqlValue(const FieldDef &field, const QJsonValue &value);
QJsonValue fromSqlValue(const FieldDef &field, const QVariant &value);
// Checks a value against the field's type and returns it normalised
// (integers as qint64 values), or an error naming the entity and field.
Result<QJsonValue> normaliseValue(const EntityDef &entity, const FieldDef &field, const QJsonValue &value);

// Journal values are JSON text, so null, strings, numbers and lists keep their type.
QString encodeJournalValue(const QJsonValue &value);
QJsonValue decodeJournalValue(const QString &text);

} // namespace rapport
