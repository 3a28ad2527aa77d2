#pragma once
#include "store/StoreError.h"

#include <QString>
#include <optional>

namespace rapport {

class Store;

// A call to the customer some days after their case was resolved: was the
// fix good, are they happy? It is an open "call" activity linked to the case,
// its account and its contact, and the case keeps its id (followup_activity_id).
struct FollowUpCall {
    int inDays = 3;   // due this many days after now (store time)
    QString subject;  // empty: "Follow-up: <case subject>"
};

struct CaseResolved {
    qint64 changeId = 0;
    QString followUpActivityId; // empty without a follow-up
};

// Resolves a case (status resolved, resolved_at now, the resolution, which is
// required) and, when asked, schedules the follow-up call, all in ONE change
// set labelled `label`: one undo takes back both.
Result<CaseResolved> resolveCase(Store &store, const QString &caseId, const QString &resolution, const std::optional<FollowUpCall> &followUp,
                                 const QString &label);

// Closes a case: status closed, with `resolution` if given (a case closed
// without being resolved first needs one), resolved_at set if it was not.
// Its own change set; true if anything changed.
Result<bool> closeCase(Store &store, const QString &caseId, const QString &resolution, const QString &label);

// Schedules the follow-up call of a case on its own (a resolved case whose
// follow-up was not planned when it was resolved), in its own change set.
Result<CaseResolved> scheduleFollowUp(Store &store, const QString &caseId, const FollowUpCall &followUp, const QString &label);

} // namespace rapport
