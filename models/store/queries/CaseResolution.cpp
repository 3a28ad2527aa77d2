#include "CaseResolution.h"

#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ChangeSet.h"
#include "store/Store.h"

namespace rapport {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

StoreError caseGone(const QString &id)
{
    return StoreError::make(StoreError::Kind::NotFound, QObject::tr("There is no case with the id \"%1\".").arg(id));
}

// Inside the caller's change set: creates the call and points the case at it.
Result<QString> addFollowUp(Store &store, const QString &caseId, const FollowUpCall &followUp)
{
    CaseRepository cases(store);
    std::optional<Case> kase = cases.get(caseId);
    if (!kase)
        return caseGone(caseId);
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = followUp.subject.trimmed().isEmpty() ? QObject::tr("Follow-up: %1").arg(kase->subject) : followUp.subject.trimmed();
    // Due and planned at the same moment, so Today lists it on its day.
    const qint64 due = store.now() + qint64(qMax(0, followUp.inDays)) * DayMs;
    call.startAt = due;
    call.dueAt = due;
    call.accountId = kase->accountId;
    if (!kase->contactId.isEmpty())
        call.contactIds = {kase->contactId};
    call.caseId = caseId;
    // The person who owns the case makes the call: its assignee if it has one.
    call.ownerId = kase->assigneeId.isEmpty() ? kase->ownerId : kase->assigneeId;
    Result<QString> created = ActivityRepository(store).create(call);
    if (!created)
        return created;
    kase->followupActivityId = *created;
    if (Result<bool> linked = cases.update(*kase); !linked)
        return linked.error();
    return created;
}

Result<CaseResolved> finish(ChangeSet &cs, const QString &followUpId)
{
    CaseResolved out;
    out.followUpActivityId = followUpId;
    const Result<qint64> id = cs.id();
    if (!id)
        return id.error();
    if (Status s = cs.commit(); !s)
        return s.error();
    out.changeId = *id;
    return out;
}

} // namespace

Result<CaseResolved> resolveCase(Store &store, const QString &caseId, const QString &resolution, const std::optional<FollowUpCall> &followUp,
                                 const QString &label)
{
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    const Result<bool> resolved = CaseRepository(store).resolve(caseId, resolution);
    if (!resolved)
        return resolved.error();
    if (!*resolved && !followUp)
        return CaseResolved{}; // resolved already, with this resolution
    QString followUpId;
    if (followUp) {
        Result<QString> created = addFollowUp(store, caseId, *followUp);
        if (!created)
            return created.error();
        followUpId = *created;
    }
    return finish(cs, followUpId);
}

Result<bool> closeCase(Store &store, const QString &caseId, const QString &resolution, const QString &label)
{
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    CaseRepository cases(store);
    std::optional<Case> kase = cases.get(caseId);
    if (!kase)
        return caseGone(caseId);
    if (!resolution.trimmed().isEmpty())
        kase->resolution = resolution.trimmed();
    if (!kase->resolvedAt)
        kase->resolvedAt = store.now();
    kase->status = QStringLiteral("closed");
    const Result<bool> changed = cases.update(*kase); // refuses a closed case without a resolution
    if (!changed)
        return changed;
    if (Status s = cs.commit(); !s)
        return s.error();
    return changed;
}

Result<CaseResolved> scheduleFollowUp(Store &store, const QString &caseId, const FollowUpCall &followUp, const QString &label)
{
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    Result<QString> created = addFollowUp(store, caseId, followUp);
    if (!created)
        return created.error();
    return finish(cs, *created);
}

} // namespace rapport
