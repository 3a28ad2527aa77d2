#include "FieldValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace rapport {

QVariant toSqlValue(const FieldDef &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return field.type == FieldType::Integer ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(QMetaType(QMetaType::QString));
    }
    switch (field.type) {
    case FieldType::Text: return value.toString();
    case FieldType::Integer: return qint64(value.toInteger());
    case FieldType::Json:
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue fromSqlValue(const FieldDef &field, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Text: return value.toString();
    case FieldType::Integer: return QJsonValue(value.toLongLong());
    case FieldType::Json: {
        const QJsonDocument d = QJsonDocument::fromJson(value.toString().toUtf8());
        if (d.isArray())
            return d.array();
        if (d.isObject())
            return d.object();
        return QJsonValue(QJsonValue::Null);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> normaliseValue(const EntityDef &entity, const FieldDef &field, const QJsonValue &value)
{
    auto bad = [&](const QString &expected) {
        return StoreError::make(StoreError::Kind::Invalid,
                                QObject::tr("%1.%2 expects %3").arg(entity.name, field.name, expected));
    };
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Text:
        if (!value.isString())
            return bad(QObject::tr("text"));
        // Empty text is stored as NULL so "no value" has one representation.
        if (value.toString().isEmpty())
            return QJsonValue(QJsonValue::Null);
        return value;
    case FieldType::Integer: {
        if (!value.isDouble())
            return bad(QObject::tr("a whole number"));
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i == std::numeric_limits<qint64>::min() && value.toDouble() != double(i))
            return bad(QObject::tr("a whole number"));
        return QJsonValue(i);
    }
    case FieldType::Json:
        if (!value.isArray() && !value.isObject())
            return bad(QObject::tr("a list or an object"));
        if ((value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty()))
            return QJsonValue(QJsonValue::Null);
        return value;
    }
    return QJsonValue(QJsonValue::Null);
}

QString encodeJournalValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue decodeJournalValue(const QString &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (!d.isArray() || d.array().isEmpty())
        return QJsonValue(QJsonValue::Null);
    return d.array().at(0);
}

} // namespace rapport
