#pragma once
#include <QDate>
#include <QString>
#include <optional>

namespace rapport {

// A marketing campaign. Budget and actual cost are minor units of `currency`.
struct Campaign {
    QString id; // empty until stored
    QString ownerId;
    QString name;
    QString channel; // email, sms, phone, event, webinar, social, direct mail, wechat
    std::optional<qint64> budget;
    std::optional<qint64> actualCost;
    QString currency;
    QDate startDate;
    QDate endDate;
    QString status; // planned, active, completed, cancelled
    QString notes;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace rapport
