#pragma once
#include <QString>

namespace rapport::demo {

// Calendar arithmetic on UTC milliseconds without QDateTime: the generator
// asks for months and dates millions of times. Days-from-civil after Howard
// Hinnant's public-domain algorithms (proleptic Gregorian calendar).
constexpr qint64 DayMs = 86400000;
constexpr qint64 HourMs = 3600000;
constexpr qint64 MinuteMs = 60000;

struct CivilDate {
    int year;
    int month; // 1..12
    int day;   // 1..31
};

constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2)), m, d};
}

constexpr qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b != 0 && ((a < 0) != (b < 0))); }
constexpr CivilDate civilFromMillis(qint64 ms) { return civilFromDays(floorDiv(ms, DayMs)); }
constexpr qint64 millisFromCivil(int y, int m, int d) { return daysFromCivil(y, m, d) * DayMs; }
// 0 = Monday … 6 = Sunday
constexpr int weekday(qint64 ms) { return int((floorDiv(ms, DayMs) % 7 + 10) % 7); }

// ISO "YYYY-MM-DD", the store's form of calendar dates.
inline QString isoDay(const CivilDate &c)
{
    char buf[11] = {char('0' + c.year / 1000 % 10), char('0' + c.year / 100 % 10), char('0' + c.year / 10 % 10), char('0' + c.year % 10), '-',
                    char('0' + c.month / 10), char('0' + c.month % 10), '-', char('0' + c.day / 10), char('0' + c.day % 10), 0};
    return QString::fromLatin1(buf, 10);
}
inline QString isoDay(qint64 ms) { return isoDay(civilFromMillis(ms)); }

} // namespace rapport::demo
