#include "ServiceLevelsDialog.h"

#include "domain/Vocabulary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

ServiceLevelsDialog::ServiceLevelsDialog(const ServiceLevels &levels, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ServiceLevelsDialog"));
    setWindowTitle(tr("Service Levels"));
    auto *intro = new QLabel(tr("How long a case may stay open, counted from when it was opened, before it is overdue:"), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const QString &p : ServiceLevels::priorities()) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("hours_") + p);
        box->setRange(1, 24 * 365);
        box->setSuffix(tr(" hours"));
        box->setValue(int(levels.hoursFor(p)));
        form->addRow(tr("%1 priority").arg(vocabularyLabel(p)), box);
        m_hours.insert(p, box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const ServiceLevels defaults = ServiceLevels::defaults();
        for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it)
            it.value()->setValue(int(defaults.hoursFor(it.key())));
    });
    auto *note = new QLabel(tr("Cases already open keep their due-by time until their priority changes."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

ServiceLevels ServiceLevelsDialog::levels() const
{
    ServiceLevels out = ServiceLevels::defaults();
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it)
        out.setHours(it.key(), it.value()->value());
    return out;
}

} // namespace rapport
