#pragma once
#include <QString>
#include <optional>

namespace rapport {

// A support case: a complaint, a repair, a question. Times are UTC milliseconds.
struct Case {
    QString id; // empty until stored
    QString ownerId;
    QString subject;
    QString description;
    QString accountId;
    QString contactId;
    QString priority; // low, normal, high, urgent
    QString status;   // new, assigned, in progress, waiting, resolved, closed
    QString assigneeId;
    std::optional<qint64> dueAt;
    std::optional<qint64> resolvedAt;
    QString resolution;
    std::optional<int> satisfaction; // 1-5
    QString followupActivityId;
    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace rapport
