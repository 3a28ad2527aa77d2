#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QWidget>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace rapport::ChartStyle {

QChart *newChart(const QString &title, const QWidget *widget)
{
    auto *chart = new QChart;
    const QPalette pal = widget ? widget->palette() : QPalette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's background, but the window's colours so the chart sits in the page.
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void barTooltips(QAbstractBarSeries *series, std::function<QString(QBarSet *, int)> text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [text](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), text(set, index));
        else
            QToolTip::hideText();
    });
}

namespace {

// The point of `series` nearest `point` along x (hover and click report the
// position under the pointer, not a point index).
int nearestPoint(const QXYSeries *series, const QPointF &point)
{
    int best = -1;
    double bestDistance = 0;
    const QList<QPointF> points = series->points();
    for (int i = 0; i < points.size(); ++i) {
        const double d = std::abs(points[i].x() - point.x());
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

void pointTooltips(QXYSeries *series, std::function<QString(int)> text)
{
    series->setPointsVisible(true);
    QObject::connect(series, &QXYSeries::hovered, series, [series, text](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        if (const int best = nearestPoint(series, point); best >= 0)
            QToolTip::showText(QCursor::pos(), text(best));
    });
}

void pointClicks(QXYSeries *series, QObject *receiver, std::function<void(int)> clicked)
{
    QObject::connect(series, &QXYSeries::clicked, receiver, [series, clicked](const QPointF &point) {
        if (const int best = nearestPoint(series, point); best >= 0)
            clicked(best);
    });
}

void sliceTooltips(QPieSeries *series, std::function<QString(int)> text)
{
    QObject::connect(series, &QPieSeries::hovered, series, [series, text](QPieSlice *slice, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(int(series->slices().indexOf(slice))));
        else
            QToolTip::hideText();
    });
}

void nice(QValueAxis *axis)
{
    if (std::isfinite(axis->min()) && std::isfinite(axis->max()) && axis->max() > axis->min())
        axis->applyNiceNumbers();
    else
        axis->setRange(0, 1);
}

void titleAxis(QAbstractAxis *axis, const QString &title)
{
    // Category names (segments, stages, months) are the point of the axis:
    // shown whole, and turned when there are many.
    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
        categories->setTruncateLabels(false);
    axis->setTitleText(title);
    QFont f = axis->titleFont();
    f.setBold(false);
    axis->setTitleFont(f);
}

void finish(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal))
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            // Turned only when the labels would not fit side by side
            // (twelve months do not; ten decile numbers do).
            qsizetype characters = 0;
            for (const QString &c : categories->categories())
                characters += c.size() + 1;
            if (characters > 48)
                categories->setLabelsAngle(-60);
        }
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLocale().percent();
}

QString money(double amount, const QString &currency)
{
    // The ISO code after the amount, as on an invoice: "24,910.00 CNY".
    const QString figure = QLocale().toString(amount, 'f', 2);
    return currency.isEmpty() ? figure : figure + QLatin1Char(' ') + currency;
}

} // namespace rapport::ChartStyle
