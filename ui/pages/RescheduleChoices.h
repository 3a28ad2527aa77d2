#pragma once
#include <QString>
#include <optional>

class QWidget;

namespace rapport {

// Where an activity can be moved with one click from Today: tomorrow or to the
// start of next week, at the time of day it had (a 9:00 call stays at 9:00),
// in the user's local time. Both count from today, not from the activity's
// old date: an overdue call moved to "tomorrow" is due tomorrow.
qint64 tomorrowAt(qint64 when, qint64 now);
// The Monday after this week (tomorrow, on a Sunday).
qint64 nextWeekAt(qint64 when, qint64 now);
// "Tue 24 Nov": how the menu names the target day.
QString shortDayLabel(qint64 when);

// A small dialog to choose a date and time, starting at `initial` (UTC ms);
// none if the user cancels.
std::optional<qint64> askDateTime(QWidget *parent, const QString &title, qint64 initial);

} // namespace rapport
