#pragma once
#include "StoreError.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rapport {

class Store;

// Live (not deleted) records per entity, in catalogue order, plus the journal's size.
Result<QList<QPair<QString, qint64>>> recordCounts(Store &store);

// True when the store holds no record (deleted ones included) besides its own
// local user: what a backup restore and the demo generator require, since
// both write a whole store and neither merges.
Result<bool> storeIsEmpty(Store &store);

} // namespace rapport
