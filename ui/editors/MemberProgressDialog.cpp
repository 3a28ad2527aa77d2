#include "MemberProgressDialog.h"

#include "domain/UtcTime.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

MemberProgressDialog::MemberProgressDialog(const QString &status, int memberCount, qint64 now, QWidget *parent)
    : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("MemberProgressDialog"));
    QString title, question, button;
    if (status == QLatin1String("sent")) {
        title = tr("Mark as Sent");
        question = tr("When was the campaign sent to the %n selected member(s)?", nullptr, memberCount);
        button = tr("Mark Sent");
    } else if (status == QLatin1String("converted")) {
        title = tr("Record Conversion");
        question = tr("When did the %n selected member(s) convert (buy, sign up)?", nullptr, memberCount);
        button = tr("Record Conversion");
    } else {
        title = tr("Record Response");
        question = tr("When did the %n selected member(s) respond?", nullptr, memberCount);
        button = tr("Record Response");
    }
    setWindowTitle(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    auto *note = new QLabel(tr("Members who got further already keep their status."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_at = new QDateTimeEdit(fromUtcMillis(now).toLocalTime(), this);
    m_at->setObjectName(QStringLiteral("at"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_at->setMaximumDateTime(fromUtcMillis(now).toLocalTime());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(button);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&When"), m_at);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

qint64 MemberProgressDialog::at() const
{
    // The edit shows minutes; left at "now" it means now to the millisecond,
    // so a member targeted a moment ago can respond now.
    const qint64 chosen = toUtcMillis(m_at->dateTime());
    return qAbs(chosen - m_now) < 60 * 1000 ? m_now : chosen;
}

} // namespace rapport
