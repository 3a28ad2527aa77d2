#pragma once
#include "FieldWidget.h"

#include <functional>

class QLabel;
class QLineEdit;

namespace rapport {

// A line edit with its error beneath it: required or not, plus an optional
// check of the text (an email address, a web address).
class ValidatedLineEdit : public FieldWidget {
    Q_OBJECT
public:
    // The problem with a non-empty text, or empty when it is fine.
    using Check = std::function<QString(const QString &text)>;

    explicit ValidatedLineEdit(QWidget *parent = nullptr);

    // An empty (or blank) text is a problem, worded as `message`.
    void setRequired(const QString &message);
    void setCheck(Check check);
    void setPlaceholderText(const QString &text);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QString m_requiredMessage;
    Check m_check;
};

} // namespace rapport
