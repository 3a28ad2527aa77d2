#pragma once
#include "Money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

// A possible sale moving through a pipeline's stages.
struct Opportunity {
    QString id; // empty until stored
    QString ownerId;
    QString accountId;
    QString contactId;
    QString name;
    std::optional<Money> amount;
    QString pipelineId;
    QString stageId;
    std::optional<int> probability; // 0-100
    QDate expectedClose;            // null when not planned
    QString campaignId;
    QString closeReason;
    std::optional<qint64> closedAt; // UTC ms, set when won or lost
    QStringList tags;
    QString notes;
    friend bool operator==(const Opportunity &, const Opportunity &) = default;
};

} // namespace rapport
