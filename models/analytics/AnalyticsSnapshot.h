#pragma once

#include "analytics/AnalyticsInput.h"
#include "analytics/BgNbdModel.h"
#include "analytics/GammaGammaModel.h"
#include "analytics/LifetimeAnalysis.h"
#include "analytics/ModelFit.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace rapport::analytics {

// What a saved input must have been read from to stand for a store's data
// now: the same file lineage (replica id), the same baseline (bulk loads and
// backup imports write no journal, so they change `baselineId` instead), the
// same schema, and the same time zone (orders fall on local days). The
// journal position is checked apart: a saved input behind the store is
// brought up to date from the journal, one ahead of it (an older copy of the
// file put back) is useless.
struct SnapshotIdentity
{
    QString replicaId;
    QString baselineId;
    int schemaVersion = 0;
    QByteArray timeZone;
    int inputVersion = 0;     // AnalyticsInputLoader::InputVersion

    bool operator==(const SnapshotIdentity &) const = default;
};

struct SavedAnalytics
{
    AnalyticsInput input;   // loadId 0: the reader's caller gives it one
    // The lifetime models fitted on it with every customer's value, so the
    // Churn page neither fits nor values them again in the next session
    // (fitting is a quarter of a second on 100k customers, valuing as much).
    std::optional<LifetimeAnalysis> lifetime;
};

// The analytics input kept between sessions in a binary file, so the first
// dashboard of a session opens without loading the store (seconds on a large
// one). Written whole, atomically (QSaveFile); read in one pass with every
// length and index checked, so a damaged, truncated or foreign file is an
// error, never a crash or a wrong figure from out-of-range indexes. The
// format is private to one machine (host byte order; a version number
// rejects files of another build of the format).
class AnalyticsSnapshot
{
public:
    static Status write(const QString &path, const SnapshotIdentity &identity, const AnalyticsInput &input,
                        const LifetimeAnalysis *lifetime = nullptr);

    // The saved analytics if the file exists, is intact and was written for
    // `identity`; NotFound if there is none, Invalid if it is of another store,
    // baseline, schema, time zone or format, Corrupt if it cannot be read.
    static Result<SavedAnalytics> read(const QString &path, const SnapshotIdentity &identity);
};

} // namespace rapport::analytics
