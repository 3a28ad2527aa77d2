#pragma once
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// An opportunity or an order that a campaign brought in (or might have).
struct AttributedItem {
    enum class Kind { Opportunity, Order };
    Kind kind = Kind::Opportunity;
    QString id;
    QString title;       // the opportunity's name or the order's number
    QString accountName;
    QString state;       // opportunities: the stage name; orders: empty
    QString stageKind;   // opportunities: open, won or lost
    std::optional<Money> amount; // orders: the sum of their lines
    qint64 at = 0;       // orders: ordered at (UTC ms); opportunities: created at
    QString campaignId;  // the campaign it is attributed to, if any
    QString campaignName;
};

// Sums per currency: never added across currencies.
struct CurrencySum {
    QString currency;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 won = 0; // opportunities in a won stage
    friend bool operator==(const CurrencySum &, const CurrencySum &) = default;
};

struct CampaignAttribution {
    QList<AttributedItem> opportunities; // newest first, up to the limit
    QList<AttributedItem> orders;        // newest first, up to the limit
    qint64 opportunityCount = 0;
    qint64 orderCount = 0;
    QList<CurrencySum> opportunityTotals; // by currency code
    QList<CurrencySum> orderTotals;
};

// Reads what a campaign is credited with. Orders have no index on
// campaign_id, so `read` scans the orders table: call it on a worker thread
// (the Campaigns page does); the candidates of one account are indexed reads.
class CampaignAttributionQuery {
public:
    explicit CampaignAttributionQuery(Store &store) : m_store(store) {}

    Result<CampaignAttribution> read(const QString &campaignId, int limit);
    // The newest opportunities and orders of an account (up to `limit` of
    // each), with the campaign each is attributed to now.
    Result<QList<AttributedItem>> candidatesOfAccount(const QString &accountId, int limit);

private:
    Status readOpportunities(const QString &campaignId, int limit, CampaignAttribution &out);
    Status readOrders(const QString &campaignId, int limit, CampaignAttribution &out);

    Store &m_store;
};

// Credits the opportunities and orders to the campaign (campaignId empty:
// takes the credit away), in ONE change set labelled `label`, through the
// repositories. Returns the change set id, 0 if nothing changed.
Result<qint64> attributeToCampaign(Store &store, const QString &campaignId, const QList<AttributedItem> &items, const QString &label);

} // namespace rapport
