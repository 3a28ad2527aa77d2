#pragma once
#include "fields/FieldWidget.h"

class QLabel;
class QPlainTextEdit;

namespace rapport {

// A few lines of text (a case's resolution) with its error beneath: required
// only while `setRequired` says so, since a case needs a resolution only
// once it is resolved or closed.
class RequiredTextEdit : public FieldWidget {
    Q_OBJECT
public:
    explicit RequiredTextEdit(QWidget *parent = nullptr);

    QString text() const; // trimmed
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    // Empty `message`: not required.
    void setRequired(const QString &message);
    QPlainTextEdit *textEdit() const { return m_edit; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QString m_requiredMessage;
};

} // namespace rapport
