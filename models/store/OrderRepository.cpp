#include "OrderRepository.h"

#include "FieldCodec.h"
#include "domain/Money.h"

#include <QtNumeric>
#include <limits>

namespace rapport {

using namespace codec;

OrderRepository::OrderRepository(Store &store) : Repository(store), m_lines(store, lineEntity()) {}

const EntityDef &OrderRepository::entity()
{
    return *entityByName(QStringLiteral("order"));
}

const EntityDef &OrderRepository::lineEntity()
{
    return *entityByName(QStringLiteral("order_line"));
}

QJsonObject OrderRepository::toFields(const Order &o)
{
    return {{QStringLiteral("owner_id"), text(o.ownerId)},
            {QStringLiteral("account_id"), text(o.accountId)},
            {QStringLiteral("contact_id"), text(o.contactId)},
            {QStringLiteral("ordered_at"), integer(o.orderedAt)},
            {QStringLiteral("currency"), text(o.currency)},
            {QStringLiteral("channel"), text(o.channel)},
            {QStringLiteral("campaign_id"), text(o.campaignId)},
            {QStringLiteral("number"), text(o.number)}};
}

Order OrderRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Order o;
    o.id = id;
    o.ownerId = textOf(f, QStringLiteral("owner_id"));
    o.accountId = textOf(f, QStringLiteral("account_id"));
    o.contactId = textOf(f, QStringLiteral("contact_id"));
    o.orderedAt = integerOf(f, QStringLiteral("ordered_at"));
    o.currency = textOf(f, QStringLiteral("currency"));
    o.channel = textOf(f, QStringLiteral("channel"));
    o.campaignId = textOf(f, QStringLiteral("campaign_id"));
    o.number = textOf(f, QStringLiteral("number"));
    return o;
}

QJsonObject OrderRepository::lineToFields(const OrderLine &l)
{
    return {{QStringLiteral("owner_id"), text(l.ownerId)},
            {QStringLiteral("order_id"), text(l.orderId)},
            {QStringLiteral("product_id"), text(l.productId)},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit_price"), l.unitPrice},
            {QStringLiteral("discount"), integer(l.discount)}};
}

OrderLine OrderRepository::lineFromFields(const QString &id, const QJsonObject &f)
{
    OrderLine l;
    l.id = id;
    l.ownerId = textOf(f, QStringLiteral("owner_id"));
    l.orderId = textOf(f, QStringLiteral("order_id"));
    l.productId = textOf(f, QStringLiteral("product_id"));
    l.quantity = integerOf(f, QStringLiteral("quantity")).value_or(0);
    l.unitPrice = integerOf(f, QStringLiteral("unit_price")).value_or(0);
    l.discount = integerOf(f, QStringLiteral("discount"));
    return l;
}

QString OrderRepository::validate(const Order &o)
{
    if (!o.orderedAt)
        return QObject::tr("An order needs the time it was placed.");
    if (!isKnownCurrency(o.currency))
        return QObject::tr("\"%1\" is not a currency code (three capital letters, such as EUR).").arg(o.currency);
    if (o.lines.isEmpty())
        return QObject::tr("An order needs at least one line.");
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine &l = o.lines[i];
        const int n = i + 1;
        if (l.productId.isEmpty())
            return QObject::tr("Line %1 needs a product.").arg(n);
        if (l.quantity == 0)
            return QObject::tr("Line %1: the quantity cannot be 0 (a negative quantity is a return).").arg(n);
        if (l.unitPrice < 0)
            return QObject::tr("Line %1: the unit price cannot be negative (%2).").arg(n).arg(formatMinorUnits(l.unitPrice, o.currency));
        if (l.discount && *l.discount < 0)
            return QObject::tr("Line %1: the discount cannot be negative (%2).").arg(n).arg(formatMinorUnits(*l.discount, o.currency));
        // No real order comes near the limit; checked so that a typo cannot wrap around.
        qint64 amount = 0;
        if (qMulOverflow(l.quantity, l.unitPrice, &amount) || amount == std::numeric_limits<qint64>::min())
            return QObject::tr("Line %1: %2 × %3 is too large.").arg(n).arg(l.quantity).arg(formatMinorUnits(l.unitPrice, o.currency));
        const qint64 gross = qAbs(amount);
        if (l.discount && *l.discount > gross)
            return QObject::tr("Line %1: the discount (%2) is more than the line's amount (%3).")
                .arg(n)
                .arg(formatMinorUnits(*l.discount, o.currency), formatMinorUnits(gross, o.currency));
        if (!o.id.isEmpty() && !l.orderId.isEmpty() && l.orderId != o.id)
            return QObject::tr("Line %1 belongs to another order.").arg(n);
    }
    return {};
}

Status OrderRepository::writeLines(const QString &orderId, const Order &o)
{
    QList<std::pair<QString, QJsonObject>> children;
    for (OrderLine l : o.lines) {
        if (l.ownerId.isEmpty())
            l.ownerId = o.ownerId;
        children << std::pair{l.id, lineToFields(l)};
    }
    Result<QStringList> written = m_lines.writeChildren(QStringLiteral("order_id"), orderId, children);
    if (!written)
        return written.error();
    return success();
}

Result<QString> OrderRepository::create(const Order &o)
{
    // One change set: a bad line (a deleted product, say) leaves no order behind.
    ChangeSet cs(store(), QObject::tr("Create order %1").arg(o.number));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<QString> id = Base::create(o);
    if (!id)
        return id;
    if (Status s = writeLines(*id, o); !s)
        return s.error();
    if (Status c = cs.commit(); !c)
        return c.error();
    return id;
}

std::optional<Order> OrderRepository::get(const QString &id)
{
    std::optional<Order> o = Base::get(id);
    if (!o)
        return std::nullopt;
    Result<QList<OrderLine>> l = lines(id);
    if (!l)
        return std::nullopt;
    o->lines = *l;
    return o;
}

Result<bool> OrderRepository::update(const Order &o)
{
    ChangeSet cs(store(), QObject::tr("Edit order %1").arg(o.number));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<bool> changed = Base::update(o);
    if (!changed)
        return changed;
    const Result<QList<OrderLine>> before = lines(o.id);
    if (!before)
        return before.error();
    if (Status s = writeLines(o.id, o); !s)
        return s.error();
    const Result<QList<OrderLine>> after = lines(o.id);
    if (!after)
        return after.error();
    if (Status c = cs.commit(); !c)
        return c.error();
    return *changed || *before != *after;
}

Status OrderRepository::remove(const QString &id)
{
    ChangeSet cs(store(), QObject::tr("Delete order"));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<QStringList> ids = m_lines.liveIdsWhere(QStringLiteral("order_id"), id);
    if (!ids)
        return ids.error();
    for (const QString &line : *ids)
        if (Status s = m_lines.remove(line); !s)
            return s;
    if (Status s = Base::remove(id); !s)
        return s;
    return cs.commit();
}

Result<QList<OrderLine>> OrderRepository::lines(const QString &orderId)
{
    // Ids are time-ordered (UUIDv7), so this is the order the lines were added in.
    Result<QStringList> ids = m_lines.liveIdsWhere(QStringLiteral("order_id"), orderId);
    if (!ids)
        return ids.error();
    QList<OrderLine> out;
    for (const QString &id : *ids)
        if (const std::optional<StoredRecord> r = m_lines.readLive(id))
            out << lineFromFields(id, r->fields);
    return out;
}

} // namespace rapport
