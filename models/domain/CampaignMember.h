#pragma once
#include <QString>
#include <optional>

namespace rapport {

// A contact targeted by a campaign and how far they got. A contact is a member
// of a campaign at most once. Times are UTC milliseconds.
struct CampaignMember {
    QString id; // empty until stored
    QString ownerId;
    QString campaignId;
    QString contactId;
    QString status; // targeted, sent, responded, converted
    std::optional<qint64> targetedAt;
    std::optional<qint64> sentAt;
    std::optional<qint64> respondedAt;
    std::optional<qint64> convertedAt;
    friend bool operator==(const CampaignMember &, const CampaignMember &) = default;
};

} // namespace rapport
