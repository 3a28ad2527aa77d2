#include "ServiceLevelSettings.h"

#include <QSettings>

namespace rapport {

namespace {
QString keyOf(const QString &priority)
{
    return QStringLiteral("serviceLevels/") + priority;
}
} // namespace

ServiceLevels loadServiceLevels()
{
    ServiceLevels levels = ServiceLevels::defaults();
    QSettings settings;
    for (const QString &p : ServiceLevels::priorities()) {
        bool ok = false;
        const qint64 hours = settings.value(keyOf(p)).toLongLong(&ok);
        if (ok)
            levels.setHours(p, hours); // ignores zero and negative hours
    }
    return levels;
}

void saveServiceLevels(const ServiceLevels &levels)
{
    QSettings settings;
    const ServiceLevels defaults = ServiceLevels::defaults();
    for (const QString &p : ServiceLevels::priorities()) {
        // Only what differs is kept: a later change of a default reaches users who never changed it.
        if (levels.hoursFor(p) == defaults.hoursFor(p))
            settings.remove(keyOf(p));
        else
            settings.setValue(keyOf(p), levels.hoursFor(p));
    }
}

} // namespace rapport
