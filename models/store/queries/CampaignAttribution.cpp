#include "CampaignAttribution.h"

#include "OrderAmountSql.h"
#include "store/ChangeSet.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/Store.h"

#include <QMap>
#include <QSqlQuery>

namespace rapport {

namespace {

// The columns both item statements select, in this order.
AttributedItem itemFrom(const QSqlQuery &q, AttributedItem::Kind kind)
{
    AttributedItem i;
    i.kind = kind;
    i.id = q.value(0).toString();
    i.title = q.value(1).toString();
    i.accountName = q.value(2).toString();
    i.state = q.value(3).toString();
    i.stageKind = q.value(4).toString();
    if (!q.value(5).isNull() && !q.value(6).toString().isEmpty())
        i.amount = Money{q.value(5).toLongLong(), q.value(6).toString()};
    i.at = q.value(7).toLongLong();
    i.campaignId = q.value(8).toString();
    i.campaignName = q.value(9).toString();
    return i;
}

QString opportunitySelect(const QString &where)
{
    return QStringLiteral("SELECT t.id, t.name, a.name, s.name, s.kind, t.amount, t.currency, t.created_at, t.campaign_id, k.name "
                          "FROM opportunities t LEFT JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL "
                          "LEFT JOIN stages s ON s.id = t.stage_id "
                          "LEFT JOIN campaigns k ON k.id = t.campaign_id AND k.deleted_at IS NULL "
                          "WHERE %1 AND t.deleted_at IS NULL ORDER BY t.created_at DESC, t.id DESC LIMIT ?")
        .arg(where);
}

// The unary + keeps SQLite from walking orders_by_date to save the sort: for
// a campaign's orders that fetched all 1M orders at random (9-18 s on the
// 100k store) instead of one sequential scan and a sort of the few matches.
// An account's orders still come through orders_by_account.
QString orderSelect(const QString &where)
{
    return QStringLiteral("SELECT t.id, t.number, a.name, NULL, NULL, "
                          "(SELECT sum(%1) FROM order_lines l WHERE l.order_id = t.id AND l.deleted_at IS NULL), t.currency, "
                          "t.ordered_at, t.campaign_id, k.name "
                          "FROM orders t LEFT JOIN accounts a ON a.id = t.account_id AND a.deleted_at IS NULL "
                          "LEFT JOIN campaigns k ON k.id = t.campaign_id AND k.deleted_at IS NULL "
                          "WHERE %2 AND t.deleted_at IS NULL ORDER BY +t.ordered_at DESC, t.id DESC LIMIT ?")
        .arg(QLatin1String(sql::OrderLineNet), where);
}

Status readItems(Store &store, const QString &sql, const QString &key, int limit, AttributedItem::Kind kind, QList<AttributedItem> &out)
{
    QSqlQuery &q = store.prepared(sql);
    q.addBindValue(key);
    q.addBindValue(limit);
    if (!q.exec())
        return store.sqlError(q, QStringLiteral("read attributed records"));
    while (q.next())
        out << itemFrom(q, kind);
    q.finish();
    return success();
}

} // namespace

Result<CampaignAttribution> CampaignAttributionQuery::read(const QString &campaignId, int limit)
{
    CampaignAttribution out;
    if (Status s = readOpportunities(campaignId, limit, out); !s)
        return s.error();
    if (Status s = readOrders(campaignId, limit, out); !s)
        return s.error();
    return out;
}

Status CampaignAttributionQuery::readOpportunities(const QString &campaignId, int limit, CampaignAttribution &out)
{
    // opportunities_by_campaign finds them; a campaign has hundreds at most.
    if (Status s = readItems(m_store, opportunitySelect(QStringLiteral("t.campaign_id = ?")), campaignId, limit,
                             AttributedItem::Kind::Opportunity, out.opportunities);
        !s)
        return s;
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT t.currency, count(*), sum(t.amount), sum(CASE WHEN s.kind = 'won' THEN t.amount ELSE 0 END) "
        "FROM opportunities t LEFT JOIN stages s ON s.id = t.stage_id "
        "WHERE t.campaign_id = ? AND t.deleted_at IS NULL GROUP BY t.currency ORDER BY t.currency"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("sum attributed opportunities"));
    while (q.next()) {
        out.opportunityCount += q.value(1).toLongLong();
        if (!q.value(0).toString().isEmpty() && !q.value(2).isNull())
            out.opportunityTotals << CurrencySum{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    q.finish();
    return success();
}

Status CampaignAttributionQuery::readOrders(const QString &campaignId, int limit, CampaignAttribution &out)
{
    if (Status s = readItems(m_store, orderSelect(QStringLiteral("t.campaign_id = ?")), campaignId, limit, AttributedItem::Kind::Order,
                             out.orders);
        !s)
        return s;
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT o.currency, count(DISTINCT o.id), sum(%1) FROM orders o "
                                                   "LEFT JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
                                                   "WHERE o.campaign_id = ? AND o.deleted_at IS NULL GROUP BY o.currency ORDER BY o.currency")
                                        .arg(QLatin1String(sql::OrderLineNet)));
    q.addBindValue(campaignId);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("sum attributed orders"));
    while (q.next()) {
        out.orderCount += q.value(1).toLongLong();
        out.orderTotals << CurrencySum{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), 0};
    }
    q.finish();
    return success();
}

Result<QList<AttributedItem>> CampaignAttributionQuery::candidatesOfAccount(const QString &accountId, int limit)
{
    // opportunities_by_account and orders_by_account (account_id, ordered_at).
    QList<AttributedItem> out;
    if (Status s = readItems(m_store, opportunitySelect(QStringLiteral("t.account_id = ?")), accountId, limit,
                             AttributedItem::Kind::Opportunity, out);
        !s)
        return s.error();
    if (Status s = readItems(m_store, orderSelect(QStringLiteral("t.account_id = ?")), accountId, limit, AttributedItem::Kind::Order, out); !s)
        return s.error();
    return out;
}

Result<qint64> attributeToCampaign(Store &store, const QString &campaignId, const QList<AttributedItem> &items, const QString &label)
{
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    OpportunityRepository opportunities(store);
    OrderRepository orders(store);
    bool changedAny = false;
    for (const AttributedItem &item : items) {
        Result<bool> changed = false;
        if (item.kind == AttributedItem::Kind::Opportunity) {
            std::optional<Opportunity> o = opportunities.get(item.id);
            if (!o)
                continue; // deleted meanwhile: nothing to credit
            o->campaignId = campaignId;
            changed = opportunities.update(*o);
        } else {
            std::optional<Order> o = orders.get(item.id);
            if (!o)
                continue;
            o->campaignId = campaignId;
            changed = orders.update(*o);
        }
        if (!changed)
            return StoreError::make(changed.error().kind, QObject::tr("%1: %2").arg(item.title, changed.error().message));
        changedAny = changedAny || *changed;
    }
    if (!changedAny)
        return qint64(0);
    const Result<qint64> id = cs.id();
    if (!id)
        return id;
    if (Status s = cs.commit(); !s)
        return s.error();
    return id;
}

} // namespace rapport
