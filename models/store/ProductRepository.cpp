#include "ProductRepository.h"

#include "FieldCodec.h"
#include "domain/Money.h"

namespace rapport {

using namespace codec;

const EntityDef &ProductRepository::entity()
{
    return *entityByName(QStringLiteral("product"));
}

QJsonObject ProductRepository::toFields(const Product &p)
{
    return {{QStringLiteral("owner_id"), text(p.ownerId)},
            {QStringLiteral("code"), text(p.code)},
            {QStringLiteral("name"), text(p.name)},
            {QStringLiteral("category"), text(p.category)},
            {QStringLiteral("list_price"), integer(p.listPrice)},
            {QStringLiteral("unit_cost"), integer(p.unitCost)},
            {QStringLiteral("currency"), text(p.currency)}};
}

Product ProductRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Product p;
    p.id = id;
    p.ownerId = textOf(f, QStringLiteral("owner_id"));
    p.code = textOf(f, QStringLiteral("code"));
    p.name = textOf(f, QStringLiteral("name"));
    p.category = textOf(f, QStringLiteral("category"));
    p.listPrice = integerOf(f, QStringLiteral("list_price"));
    p.unitCost = integerOf(f, QStringLiteral("unit_cost"));
    p.currency = textOf(f, QStringLiteral("currency"));
    return p;
}

QString ProductRepository::validate(const Product &p)
{
    if (p.name.trimmed().isEmpty())
        return QObject::tr("A product needs a name.");
    if (!p.currency.isEmpty() && !isKnownCurrency(p.currency))
        return QObject::tr("\"%1\" is not a currency code (three capital letters, such as EUR).").arg(p.currency);
    if ((p.listPrice || p.unitCost) && p.currency.isEmpty())
        return QObject::tr("A price needs a currency.");
    if (p.listPrice && *p.listPrice < 0)
        return QObject::tr("The list price cannot be negative (%1).").arg(formatMinorUnits(*p.listPrice, p.currency));
    if (p.unitCost && *p.unitCost < 0)
        return QObject::tr("The unit cost cannot be negative (%1).").arg(formatMinorUnits(*p.unitCost, p.currency));
    return {};
}

} // namespace rapport
