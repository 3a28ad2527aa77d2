#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace rapport::analytics {

// What the pipeline, campaign and service analytics read, as plain values:
// the store's analytics query fills them (models/store/queries/), tests build
// them by hand. Amounts are doubles in major units of the reporting currency
// (the same one as PurchaseHistory); records in other currencies are left out
// by the loader and counted there. Instants are UTC milliseconds (0 = none).

enum class StageKind { Open, Won, Lost };

struct PipelineStageInfo
{
    QString id;
    QString pipelineId;
    QString name;
    int position = 0;      // order of the stage within its pipeline
    int probability = 0;   // default probability in percent
    StageKind kind = StageKind::Open;

    bool operator==(const PipelineStageInfo &) const = default;
};

struct Deal
{
    QString id;
    QString name;
    int customer = -1;          // index into PurchaseHistory::customers, -1 if the account has none there
    QString accountId;
    QString ownerId;
    QString pipelineId;
    QString stageId;            // current stage
    QString campaignId;         // source campaign, empty if none
    double amount = 0;
    int probability = 0;        // the deal's own probability in percent
    QDate expectedClose;
    qint64 createdAt = 0;
    qint64 closedAt = 0;        // when it reached a won or lost stage; 0 while open
    QString closeReason;

    bool operator==(const Deal &) const = default;
};

// One stage move, as kept in stage_changes. The first entry of a deal is its
// creation (fromStageId empty).
struct DealStageMove
{
    int deal = 0;               // index into PipelineRecords::deals
    QString fromStageId;
    QString toStageId;
    qint64 at = 0;

    bool operator==(const DealStageMove &) const = default;
};

struct PipelineRecords
{
    std::vector<PipelineStageInfo> stages;
    QHash<QString, QString> pipelineNames;   // pipeline id -> name
    std::vector<Deal> deals;
    std::vector<DealStageMove> moves;   // sorted by (deal, at)

    bool operator==(const PipelineRecords &) const = default;
};

enum class MemberStatus { Targeted, Sent, Responded, Converted };

struct CampaignInfo
{
    QString id;
    QString name;
    QString channel;
    QString status;
    QString ownerId;
    double budget = 0;
    double actualCost = 0;
    QDate start;
    QDate end;

    bool operator==(const CampaignInfo &) const = default;
};

struct CampaignMemberInfo
{
    int campaign = 0;           // index into CampaignRecords::campaigns
    QString contactId;
    int customer = -1;          // the contact's account in PurchaseHistory::customers, -1 if none
    MemberStatus status = MemberStatus::Targeted;
    qint64 targetedAt = 0;
    qint64 sentAt = 0;
    qint64 respondedAt = 0;
    qint64 convertedAt = 0;

    bool operator==(const CampaignMemberInfo &) const = default;
};

// An order attributed to a campaign (orders.campaign_id).
struct CampaignOrder
{
    int campaign = 0;
    int customer = 0;           // index into PurchaseHistory::customers
    QDate day;
    double revenue = 0;

    bool operator==(const CampaignOrder &) const = default;
};

struct CampaignRecords
{
    std::vector<CampaignInfo> campaigns;
    std::vector<CampaignMemberInfo> members;
    std::vector<CampaignOrder> orders;

    bool operator==(const CampaignRecords &) const = default;
};

struct ServiceCase
{
    QString id;
    QString subject;
    int customer = -1;          // index into PurchaseHistory::customers, -1 if none
    QString accountId;
    QString ownerId;
    QString assigneeId;
    QString priority;           // urgent, high, normal, low (ServiceLevels)
    QString status;             // new, assigned, in_progress, waiting, resolved, closed
    qint64 openedAt = 0;        // created_at
    qint64 dueAt = 0;
    qint64 resolvedAt = 0;      // 0 while unresolved
    int satisfaction = 0;       // 1..5, 0 = not rated

    bool operator==(const ServiceCase &) const = default;
};

struct ServiceRecords
{
    std::vector<ServiceCase> cases;

    bool operator==(const ServiceRecords &) const = default;
};

} // namespace rapport::analytics
