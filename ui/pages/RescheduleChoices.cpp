#include "RescheduleChoices.h"

#include "domain/UtcTime.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport {

namespace {
qint64 onDayAt(const QDate &day, qint64 when)
{
    const QTime timeOfDay = fromUtcMillis(when).toLocalTime().time();
    return toUtcMillis(QDateTime(day, timeOfDay));
}
} // namespace

qint64 tomorrowAt(qint64 when, qint64 now)
{
    return onDayAt(fromUtcMillis(now).toLocalTime().date().addDays(1), when);
}

qint64 nextWeekAt(qint64 when, qint64 now)
{
    const QDate today = fromUtcMillis(now).toLocalTime().date();
    return onDayAt(today.addDays(8 - today.dayOfWeek()), when);
}

QString shortDayLabel(qint64 when)
{
    const QDate day = fromUtcMillis(when).toLocalTime().date();
    return QLocale().toString(day, QStringLiteral("ddd ")) + QLocale().toString(day, QLocale::ShortFormat);
}

std::optional<qint64> askDateTime(QWidget *parent, const QString &title, qint64 initial)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("chooseDateTime"));
    dialog.setWindowTitle(title);
    auto *edit = new QDateTimeEdit(fromUtcMillis(initial).toLocalTime(), &dialog);
    edit->setObjectName(QStringLiteral("dateTime"));
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    edit->setDisplayFormat(format);
    // The calendar is shown open: one click picks the day.
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setSelectedDate(edit->date());
    calendar->setGridVisible(false);
    QObject::connect(calendar, &QCalendarWidget::clicked, edit, &QDateTimeEdit::setDate);
    QObject::connect(edit, &QDateTimeEdit::dateChanged, calendar, &QCalendarWidget::setSelectedDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return toUtcMillis(edit->dateTime());
}

} // namespace rapport
