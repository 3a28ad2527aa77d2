#pragma once

#include <QDate>

namespace rapport::analytics {

// Calendar months as consecutive integers (year * 12 + month - 1), so series
// can index a month by subtraction and step across year ends without QDate
// arithmetic. Every monthly model counts its rows with these, so a month
// means the same thing in the customer base, the cohorts and the sales series.
class CalendarMonth
{
public:
    static int index(QDate day) { return day.year() * 12 + day.month() - 1; }
    static QDate firstDay(int month) { return QDate(month / 12, month % 12 + 1, 1); }
    static QDate lastDay(int month)
    {
        const QDate first = firstDay(month);
        return first.addDays(first.daysInMonth() - 1);
    }
    // The last day a monthly row covers: the month's last day, except in the
    // as-of month, which ends on the as-of day (later days are not known yet).
    static QDate periodEnd(int month, QDate asOf)
    {
        return month == index(asOf) ? asOf : lastDay(month);
    }
};

} // namespace rapport::analytics
