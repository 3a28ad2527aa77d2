#pragma once
#include "StoreError.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rapport {

class Store;

// Live (not deleted) records per entity, in catalogue order, plus the journal's size.
Result<QList<QPair<QString, qint64>>> recordCounts(Store &store);

} // namespace rapport
