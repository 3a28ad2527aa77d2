#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace rapport::analytics {

// Local days of UTC instants: the day the user saw something happen, which
// is what every date of the analytics means (orders, deals, cases).
// Converting each of millions of instants through QDateTime's local time
// costs microseconds apiece; every time zone changes its offset only at a
// quarter hour, so the offset is looked up once per quarter hour seen and the
// day computed from it. Not thread-safe: one per thread (see localDay()).
class LocalDays
{
public:
    QDate day(qint64 ms)
    {
        const qint64 bucket = ms >= 0 ? ms / QuarterHourMs : (ms - QuarterHourMs + 1) / QuarterHourMs;
        auto it = m_offsets.constFind(bucket);
        if (it == m_offsets.constEnd())
            it = m_offsets.insert(bucket, QDateTime::fromMSecsSinceEpoch(bucket * QuarterHourMs).offsetFromUtc());
        const qint64 local = ms + qint64(*it) * 1000;
        const qint64 days = local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
        return QDate::fromJulianDay(UnixEpochJulianDay + days);
    }

private:
    static constexpr qint64 QuarterHourMs = 15 * 60 * 1000;
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    static constexpr qint64 UnixEpochJulianDay = 2440588;  // 1970-01-01
    QHash<qint64, int> m_offsets;  // seconds east of UTC per quarter hour
};

// The local day of an instant, through this thread's own LocalDays.
inline QDate localDay(qint64 ms)
{
    thread_local LocalDays days;
    return days.day(ms);
}

} // namespace rapport::analytics
