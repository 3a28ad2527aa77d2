#pragma once
#include "Stage.h"

#include <QList>
#include <QString>
#include <optional>

namespace rapport {

// A sales process ("Sales", "Renewals") with its stages in order.
struct Pipeline {
    QString id; // empty until stored
    QString ownerId;
    QString name;
    std::optional<int> position; // order among pipelines
    bool isDefault = false;
    QList<Stage> stages; // in position order
    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

} // namespace rapport
