#include "CampaignResponses.h"

#include "store/CampaignMemberRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"

namespace rapport {

Result<qint64> recordCampaignProgress(Store &store, const QStringList &memberIds, const QString &status, qint64 at, const QString &label,
                                      const BulkProgress &progress)
{
    const qsizetype target = CampaignMemberRepository::statuses().indexOf(status);
    if (target < 0)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("\"%1\" is not a member status.").arg(status));
    ChangeSet cs(store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    CampaignMemberRepository members(store);
    bool changedAny = false;
    qint64 done = 0;
    for (const QString &id : memberIds) {
        if (progress && !progress(done, memberIds.size()))
            return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled."));
        ++done;
        const std::optional<CampaignMember> m = members.get(id);
        if (!m || CampaignMemberRepository::statuses().indexOf(m->status) >= target)
            continue;
        const Result<bool> changed = members.advance(id, status, at);
        if (!changed) {
            const std::optional<Contact> who = ContactRepository(store).get(m->contactId);
            return StoreError::make(changed.error().kind,
                                    QObject::tr("%1: %2").arg(who ? who->displayName() : m->contactId, changed.error().message));
        }
        changedAny = changedAny || *changed;
    }
    if (progress)
        progress(done, memberIds.size());
    if (!changedAny)
        return qint64(0);
    const Result<qint64> id = cs.id();
    if (!id)
        return id;
    if (Status s = cs.commit(); !s)
        return s.error();
    return id;
}

} // namespace rapport
