#pragma once
#include "Repository.h"
#include "domain/Order.h"

#include <QJsonObject>

namespace rapport {

// Orders with their lines, written and read as one: create(Order) writes the
// order and every line in one change set, all or nothing; get(id) returns the
// order with its lines; update(Order) saves the order's changed fields and
// adds, edits and removes lines to match; remove(id) removes it with its lines.
class OrderRepository : public Repository<OrderRepository, Order> {
public:
    explicit OrderRepository(Store &store);

    static const EntityDef &entity();
    static const EntityDef &lineEntity();
    // The order's own fields; lines are written separately.
    static QJsonObject toFields(const Order &order);
    static Order fromFields(const QString &id, const QJsonObject &fields);
    static QJsonObject lineToFields(const OrderLine &line);
    static OrderLine lineFromFields(const QString &id, const QJsonObject &fields);
    // Checks the order and each of its lines (named by their number, from 1).
    static QString validate(const Order &order);

    Result<QString> create(const Order &order);
    std::optional<Order> get(const QString &id);
    Result<bool> update(const Order &order);
    Status remove(const QString &id);

    Result<QList<OrderLine>> lines(const QString &orderId);

private:
    using Base = Repository<OrderRepository, Order>;
    Status writeLines(const QString &orderId, const Order &order);

    RecordRepository m_lines;
};

} // namespace rapport
