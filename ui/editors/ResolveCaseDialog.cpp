#include "ResolveCaseDialog.h"

#include "RequiredTextEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

namespace {
// The delay the user chose last time is offered again.
const char *const FollowUpDaysKey = "cases/followUpDays";
} // namespace

ResolveCaseDialog::ResolveCaseDialog(Mode mode, const QString &caseSubject, const QString &resolution, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ResolveCaseDialog"));
    setWindowTitle(mode == Mode::Resolve ? tr("Resolve Case") : tr("Close Case"));
    auto *intro = new QLabel(mode == Mode::Resolve ? tr("How was \"%1\" resolved?").arg(caseSubject)
                                                   : tr("Closing \"%1\": how was it resolved?").arg(caseSubject),
                             this);
    intro->setWordWrap(true);
    m_resolution = new RequiredTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setRequired(tr("Describe what was done."));
    m_resolution->setPlaceholderText(tr("Replaced the part, explained the invoice, …"));
    m_resolution->setText(resolution);

    m_followUp = new QCheckBox(tr("Schedule a follow-up call in"), this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("followUpDays"));
    m_days->setRange(0, 90);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(QSettings().value(QLatin1String(FollowUpDaysKey), 3).toInt());
    // A satisfied customer is asked whether it stayed fixed: offered by default.
    m_followUp->setChecked(mode == Mode::Resolve);
    m_days->setEnabled(m_followUp->isChecked());
    connect(m_followUp, &QCheckBox::toggled, m_days, &QSpinBox::setEnabled);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_days);
    followUpRow->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Resolve ? tr("Resolve") : tr("Close Case"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResolveCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResolveCaseDialog::reject);
    connect(m_resolution, &FieldWidget::changed, this, &ResolveCaseDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_resolution);
    layout->addLayout(followUpRow);
    layout->addWidget(m_buttons);
    updateOk();
    m_resolution->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

QString ResolveCaseDialog::resolution() const
{
    return m_resolution->text();
}

std::optional<int> ResolveCaseDialog::followUpDays() const
{
    return m_followUp->isChecked() ? std::optional<int>(m_days->value()) : std::nullopt;
}

void ResolveCaseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_resolution->isValid());
}

void ResolveCaseDialog::accept()
{
    if (!m_resolution->isValid()) {
        m_resolution->setTouched();
        return;
    }
    if (m_followUp->isChecked())
        QSettings().setValue(QLatin1String(FollowUpDaysKey), m_days->value());
    QDialog::accept();
}

} // namespace rapport
