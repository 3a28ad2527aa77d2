#pragma once
#include "Repository.h"
#include "domain/Activity.h"

#include <QJsonObject>

namespace rapport {

// Typed access to activities: create(Activity) → id, get(id), update(Activity)
// → changed?, remove(id), plus what the Today page does with one click:
// complete() and reschedule(). The write path keeps activity_contacts in step
// with contact_ids.
class ActivityRepository : public Repository<ActivityRepository, Activity> {
public:
    explicit ActivityRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    static const QStringList &kinds();
    static QJsonObject toFields(const Activity &activity);
    static Activity fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Activity &activity);

    // Marks it done at `doneAt` (UTC ms) with its outcome ("connected", …; empty
    // clears it). Completing again corrects the time and outcome.
    Result<bool> complete(const QString &id, const QString &outcome, qint64 doneAt);
    // Moves an open activity: each given time replaces the stored one, an empty
    // optional keeps it. A done activity is history and is not moved.
    Result<bool> reschedule(const QString &id, std::optional<qint64> newStart, std::optional<qint64> newDue);

protected:
    Status checkInStore(const Activity &activity, const QJsonObject &stored) override;
};

} // namespace rapport
