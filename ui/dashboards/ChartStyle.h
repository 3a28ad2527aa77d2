#pragma once
#include <QString>

#include <functional>

class QAbstractBarSeries;
class QAbstractAxis;
class QBarSet;
class QChart;
class QPieSeries;
class QValueAxis;
class QXYSeries;
class QObject;
class QWidget;

namespace rapport {

// What every dashboard chart shares: the light or dark theme of the current
// palette, a legend, no animation (figures must be readable at once, and
// screenshots must not catch a bar half-grown), and tooltips that show the
// exact value under the pointer.
namespace ChartStyle {

// A new chart with `title`, themed for `widget`'s palette.
QChart *newChart(const QString &title, const QWidget *widget);

// Tooltip text for a bar: (set, category index) → text.
void barTooltips(QAbstractBarSeries *series, std::function<QString(QBarSet *set, int index)> text);
// Tooltip for the point of `series` nearest the pointer: (point index) → text.
void pointTooltips(QXYSeries *series, std::function<QString(int index)> text);
// A click on a line: the index of the point nearest it (drill-down).
void pointClicks(QXYSeries *series, QObject *receiver, std::function<void(int)> clicked);
void sliceTooltips(QPieSeries *series, std::function<QString(int index)> text);

// Round the value axis' range to nice numbers; an axis with no data (or
// only zeros) gets 0..1 instead of Qt's NaN range.
void nice(QValueAxis *axis);

// Axis with a title (every axis has one).
void titleAxis(QAbstractAxis *axis, const QString &title);

// Before showing: month axes with many labels turn them so all stay readable.
void finish(QChart *chart);

// Numbers as the UI language writes them.
QString number(double value, int decimals = 0);
QString percent(double fraction, int decimals = 1);
QString money(double amount, const QString &currency);

} // namespace ChartStyle

} // namespace rapport
