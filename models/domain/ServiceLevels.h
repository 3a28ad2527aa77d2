#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

// How long a support case may stay open, per priority, before it is overdue:
// its due-by time is the time it was opened plus the service level of its
// priority. The defaults live here and nowhere else; the app lets users
// change them (kept in QSettings by the UI, which falls back to these).
// Header-only: value arithmetic with no store and no settings.
class ServiceLevels {
public:
    static constexpr qint64 HourMs = 60 * 60 * 1000;

    // urgent 4 hours, high 1 day, normal 3 days, low 7 days.
    static ServiceLevels defaults()
    {
        ServiceLevels s;
        s.m_hours = {{QStringLiteral("urgent"), 4}, {QStringLiteral("high"), 24}, {QStringLiteral("normal"), 72}, {QStringLiteral("low"), 168}};
        return s;
    }

    // The priorities that have a service level, most urgent first.
    static QStringList priorities()
    {
        return {QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"), QStringLiteral("low")};
    }

    // Hours allowed for `priority`; a case without a priority is handled as
    // "normal" (that is what an untriaged case gets in practice).
    qint64 hoursFor(const QString &priority) const
    {
        const QString key = priority.isEmpty() ? QStringLiteral("normal") : priority;
        return m_hours.value(key, m_hours.value(QStringLiteral("normal"), 72));
    }

    // Hours must be positive: a zero level would make every new case overdue.
    void setHours(const QString &priority, qint64 hours)
    {
        if (hours > 0)
            m_hours.insert(priority, hours);
    }

    // The due-by time (UTC ms) of a case of `priority` opened at `openedAt`.
    qint64 dueAt(const QString &priority, qint64 openedAt) const { return openedAt + hoursFor(priority) * HourMs; }

    friend bool operator==(const ServiceLevels &, const ServiceLevels &) = default;

private:
    QHash<QString, qint64> m_hours;
};

} // namespace rapport
