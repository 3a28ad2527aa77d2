#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

// Something done or to be done with a customer: a call, meeting, visit, task,
// note or email. Instants are UTC milliseconds.
struct Activity {
    QString id; // empty until stored
    QString ownerId;
    QString kind; // call, meeting, visit, task, note, email
    QString subject;
    QString body;
    std::optional<qint64> startAt; // required
    std::optional<int> durationMinutes;
    std::optional<qint64> dueAt;   // tasks
    std::optional<qint64> doneAt;  // empty while open
    QString outcome;               // "connected", "left voicemail", "positive", …
    QString location;
    QString accountId;
    QStringList contactIds;
    QString opportunityId;
    QString caseId;

    bool isDone() const { return doneAt.has_value(); }
    friend bool operator==(const Activity &, const Activity &) = default;
};

} // namespace rapport
