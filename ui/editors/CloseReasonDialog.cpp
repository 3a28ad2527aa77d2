#include "CloseReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

CloseReasonDialog::CloseReasonDialog(Outcome outcome, const QString &opportunityName, const QString &stageName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("closeReasonDialog"));
    const bool won = outcome == Outcome::Won;
    setWindowTitle(won ? tr("Mark as won") : tr("Mark as lost"));

    auto *question = new QLabel(won ? tr("Why was “%1” won?").arg(opportunityName) : tr("Why was “%1” lost?").arg(opportunityName), this);
    auto *where = new QLabel(tr("It moves to the stage “%1”.").arg(stageName), this);
    for (QLabel *l : {question, where}) {
        l->setTextFormat(Qt::PlainText); // names are data, never markup
        l->setWordWrap(true);
    }

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    const QStringList usual = won ? QStringList{tr("Best price"), tr("Product fit"), tr("Relationship"), tr("Service and support"),
                                                tr("Delivery time")}
                                  : QStringList{tr("Price too high"), tr("Chose a competitor"), tr("No budget"), tr("No decision"),
                                                tr("Timing"), tr("Product does not fit")};
    m_reason->addItems(usual);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    m_reason->setMinimumWidth(320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(won ? tr("Mark won") : tr("Mark lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Required: OK stays disabled until there is a reason.
    auto update = [this] { m_ok->setEnabled(!reason().isEmpty()); };
    connect(m_reason, &QComboBox::editTextChanged, this, update);
    update();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(where);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString CloseReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void CloseReasonDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

std::optional<QString> CloseReasonDialog::ask(Outcome outcome, const QString &opportunityName, const QString &stageName, QWidget *parent)
{
    CloseReasonDialog dialog(outcome, opportunityName, stageName, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

} // namespace rapport
