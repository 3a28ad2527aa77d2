#include "ValidatedLineEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport {

ValidatedLineEdit::ValidatedLineEdit(QWidget *parent) : FieldWidget(parent), m_edit(new QLineEdit(this)), m_error(makeErrorLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ValidatedLineEdit::notifyChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { setTouched(); });
}

void ValidatedLineEdit::setRequired(const QString &message)
{
    m_requiredMessage = message;
    refreshError();
}

void ValidatedLineEdit::setCheck(Check check)
{
    m_check = std::move(check);
    refreshError();
}

void ValidatedLineEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedLineEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString ValidatedLineEdit::problem() const
{
    const QString t = text();
    if (t.isEmpty())
        return m_requiredMessage;
    return m_check ? m_check(t) : QString();
}

void ValidatedLineEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
