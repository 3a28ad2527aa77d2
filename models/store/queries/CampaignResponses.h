#pragma once
#include "store/BulkEdit.h"
#include "store/StoreError.h"

#include <QStringList>

namespace rapport {

class Store;

// Records that campaign members were sent the campaign, responded or
// converted: sets each member's status and the time it happened, in ONE change
// set (one undo step). A member already at that status or further keeps its
// status and times: recording responses for a selection that includes a
// converted member does not demote it. Returns the change set id, 0 if no
// member changed. All or nothing: a time before an earlier step of a member
// (responded before it was sent) is refused with the member named.
Result<qint64> recordCampaignProgress(Store &store, const QStringList &memberIds, const QString &status, qint64 at, const QString &label,
                                      const BulkProgress &progress = {});

} // namespace rapport
