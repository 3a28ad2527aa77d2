#pragma once
#include <QString>

#include <vector>
#include <optional>

namespace rapport {

// The rows the analytics loader reads (AnalyticsRowsQuery,
// AnalyticsRecordsQuery), as the store holds them: ids as text, money as
// integer minor units beside its currency, instants as UTC ms, calendar dates
// as ISO text. Turning them into the analytics' plain data (indexes, major
// units, local days) is the loader's job (models/analytics); the store does
// not know the analytics types.

struct AnalyticsAccountRow {
    QString id;
    QString name;
    QString type;
    QString source;
    QString ownerId;
};

struct AnalyticsProductRow {
    QString id;
    QString code;
    QString name;
    QString category;
};

// A live order of a live account with the sum of its live lines.
struct AnalyticsOrderRow {
    QString accountId;
    QString campaignId;
    QString currency;
    qint64 orderedAt = 0;
    qint64 netMinor = 0;   // Σ sql::OrderLineNet; negative for a refund
    // Cost of goods in minor units of the order's currency: Σ quantity ×
    // product unit cost. A product priced in another currency has its cost in
    // that currency, and the store has no exchange rates, so such a line is
    // costed at the product's cost ratio (unit_cost / list_price) of the price
    // actually charged. Lines without a product or a unit cost cost nothing.
    qint64 costMinor = 0;
};

// One live line of a live order, with what the analytics need of its order.
struct AnalyticsOrderLineRow {
    QString accountId;
    QString productId;
    QString currency;
    qint64 orderedAt = 0;
    qint64 quantity = 0;
    qint64 netMinor = 0;
};

// The done activities of one kind on one account: when each started (UTC ms).
struct AnalyticsActivityStartsRow {
    QString accountId;
    QString kind;
    std::vector<qint64> startsAt;   // ascending
};

// What the analytics read of one activity, deleted or not (an update after
// activities changed compares it with the journal's old values).
struct AnalyticsActivityStateRow {
    QString id;
    QString accountId;
    QString kind;
    std::optional<qint64> startAt;
    bool done = false;
    bool deleted = false;
};

struct AnalyticsStageRow {
    QString id;
    QString pipelineId;
    QString name;
    int position = 0;
    int probability = 0;
    QString kind; // open, won, lost
    QString pipelineName;
};

struct AnalyticsOpportunityRow {
    QString id;
    QString name;
    QString accountId;
    QString ownerId;
    QString pipelineId;
    QString stageId;
    QString campaignId;
    std::optional<qint64> amountMinor;
    QString currency;
    int probability = 0;
    QString expectedClose; // ISO date or empty
    qint64 createdAt = 0;
    qint64 closedAt = 0;   // 0 while open
    QString closeReason;
};

struct AnalyticsStageChangeRow {
    QString opportunityId;
    QString fromStageId;
    QString toStageId;
    qint64 changedAt = 0;
};

struct AnalyticsCampaignRow {
    QString id;
    QString name;
    QString channel;
    QString status;
    QString ownerId;
    qint64 budgetMinor = 0;
    qint64 actualCostMinor = 0;
    QString currency;
    QString startDate; // ISO or empty
    QString endDate;
};

struct AnalyticsCampaignMemberRow {
    QString campaignId;
    QString contactId;
    QString accountId; // the live contact's account, empty if none
    QString status;
    qint64 targetedAt = 0;
    qint64 sentAt = 0;
    qint64 respondedAt = 0;
    qint64 convertedAt = 0;
};

struct AnalyticsCaseRow {
    QString id;
    QString subject;
    QString accountId;
    QString ownerId;
    QString assigneeId;
    QString priority;
    QString status;
    qint64 createdAt = 0;
    qint64 dueAt = 0;
    qint64 resolvedAt = 0;
    int satisfaction = 0;
};

} // namespace rapport
