#pragma once
#include <QString>
#include <optional>

namespace rapport {

// One step of a sales pipeline. Moving an opportunity into a stage gives it the
// stage's default probability; won and lost stages close it.
struct Stage {
    QString id; // empty until stored
    QString ownerId;
    QString pipelineId;
    QString name;
    int position = 0; // set from the order of Pipeline::stages when written
    std::optional<int> probability; // 0-100
    QString kind; // open, won, lost

    bool isClosed() const { return kind == QLatin1String("won") || kind == QLatin1String("lost"); }
    friend bool operator==(const Stage &, const Stage &) = default;
};

} // namespace rapport
