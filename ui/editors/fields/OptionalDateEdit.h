#pragma once
#include "FieldWidget.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QToolButton;

namespace rapport {

// A calendar date that may be unknown (a birthday, an expected close): a date
// edit whose lowest value stands for "no date", with a button to clear it.
// Dates outside [earliest, latest] cannot be stored.
class OptionalDateEdit : public FieldWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // null when empty
    void setValue(const QDate &date);
    void setRange(const QDate &earliest, const QDate &latest);
    void setRequired(bool required) { m_required = required; notifyChanged(); }
    QDateEdit *dateEdit() const { return m_edit; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    QDate noDate() const;

    QDateEdit *m_edit = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_error = nullptr;
    QDate m_earliest{1900, 1, 1};
    QDate m_latest{2200, 12, 31};
    bool m_required = false;
};

} // namespace rapport
