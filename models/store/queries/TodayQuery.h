#pragma once
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

class Store;

// An open activity as the Today page lists it, with the names of what it is
// about (deleted records show no name).
struct OpenActivity {
    QString id;
    QString kind;
    QString subject;
    QString location;
    qint64 startAt = 0;
    std::optional<qint64> dueAt;
    QString ownerId;
    QString ownerName;
    QString accountId;
    QString accountName;
    QStringList contactIds;
    QString contactName; // the first contact's
    QString opportunityId;
    QString opportunityName;
    QString caseId;
    QString caseSubject;

    // When it is due: a task by its due time, anything else by its start.
    qint64 when() const { return dueAt.value_or(startAt); }
};

struct TodaySpec {
    std::optional<QString> ownerId; // one user's; none: everyone's
    qint64 endOfDay = 0;            // UTC ms: the end of the user's today
    int limit = 200;
};

struct OpenActivities {
    QList<OpenActivity> activities; // newest first
    bool truncated = false;          // there are older ones beyond the limit
};

// Open activities (not done, not deleted) due before the end of today:
// today's and the overdue ones, newest first, at most spec.limit. "Due" is
// the due time when there is one, else the start.
//
// Both halves are ranges of the partial index activities_open_by_due (open,
// live rows only): due_at < end, and due_at IS NULL filtered by start_at. The
// second half reads every open activity without a due time (28k on the
// 100k-account store): measured there 0.10-0.16 s with a warm cache and up to
// 15 s cold. That is bounded by open work, not by history, but too slow for
// the GUI thread, so the page runs it on a worker connection.
class TodayQuery {
public:
    explicit TodayQuery(Store &store) : m_store(store) {}

    Result<OpenActivities> run(const TodaySpec &spec);
    // The statement run() executes, for EXPLAIN QUERY PLAN checks.
    static QString sql(bool byOwner);

private:
    Store &m_store;
};

} // namespace rapport
