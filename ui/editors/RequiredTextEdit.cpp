#include "RequiredTextEdit.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {
// QPlainTextEdit has no editingFinished: leaving it marks the field touched.
class FocusOutWatcher : public QObject {
public:
    FocusOutWatcher(FieldWidget *field, QObject *parent) : QObject(parent), m_field(field) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_field->setTouched();
        return QObject::eventFilter(watched, event);
    }

private:
    FieldWidget *m_field;
};
} // namespace

RequiredTextEdit::RequiredTextEdit(QWidget *parent) : FieldWidget(parent), m_edit(new QPlainTextEdit(this))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_edit->installEventFilter(new FocusOutWatcher(this, this));
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RequiredTextEdit::notifyChanged);
}

QString RequiredTextEdit::text() const
{
    return m_edit->toPlainText().trimmed();
}

void RequiredTextEdit::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void RequiredTextEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RequiredTextEdit::setRequired(const QString &message)
{
    m_requiredMessage = message;
    notifyChanged();
}

QString RequiredTextEdit::problem() const
{
    return !m_requiredMessage.isEmpty() && text().isEmpty() ? m_requiredMessage : QString();
}

void RequiredTextEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
