#include "OptionalDateEdit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : FieldWidget(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // The day before the earliest allowed date is the empty value, shown blank.
    m_edit->setSpecialValueText(QStringLiteral(" "));
    m_edit->setDateRange(noDate(), m_latest);
    m_edit->setDate(noDate());
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("No date"));
    m_clear->setAutoRaise(true);
    m_error = makeErrorLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_clear);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        m_clear->setEnabled(value().isValid());
        notifyChanged();
    });
    connect(m_edit, &QDateEdit::editingFinished, this, [this] { setTouched(); });
    connect(m_clear, &QToolButton::clicked, this, [this] { setValue({}); });
    m_clear->setEnabled(false);
}

QDate OptionalDateEdit::noDate() const
{
    return m_earliest.addDays(-1);
}

QDate OptionalDateEdit::value() const
{
    return m_edit->date() == noDate() ? QDate() : m_edit->date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    // A stored date outside the range is shown as it is, never silently
    // clamped (QDateEdit would move it to the nearest allowed day): a very
    // old one widens the range, a too late one is shown and reported.
    if (date.isValid() && date < m_earliest) {
        m_earliest = date;
        m_edit->setMinimumDate(noDate());
    }
    if (date.isValid() && date > m_edit->maximumDate())
        m_edit->setMaximumDate(date);
    m_edit->setDate(date.isValid() ? date : noDate());
}

void OptionalDateEdit::setRange(const QDate &earliest, const QDate &latest)
{
    const QDate current = value();
    m_earliest = earliest;
    m_latest = latest;
    m_edit->setDateRange(noDate(), m_latest);
    setValue(current);
}

QString OptionalDateEdit::problem() const
{
    const QDate d = value();
    if (!d.isValid())
        return m_required ? tr("Choose a date.") : QString();
    if (d < m_earliest)
        return tr("The date cannot be before %1.").arg(QLocale().toString(m_earliest, QLocale::ShortFormat));
    if (d > m_latest)
        return tr("The date cannot be after %1.").arg(QLocale().toString(m_latest, QLocale::ShortFormat));
    return {};
}

void OptionalDateEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
