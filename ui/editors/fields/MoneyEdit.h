#pragma once
#include "FieldWidget.h"
#include "domain/Money.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport {

// An amount in a currency: the amount is parsed exactly into the currency's
// minor units (parseMinorUnits: no floating point, no more decimals than the
// currency has), the currency is an ISO 4217 code. Empty is "no amount"
// unless required.
class MoneyEdit : public FieldWidget {
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    std::optional<Money> value() const;
    void setValue(const std::optional<Money> &money);
    // The currency a new amount is in (the record's or the account's).
    void setCurrency(const QString &currency);
    QString currency() const;
    void setRequired(bool required) { m_required = required; notifyChanged(); }
    void setAllowNegative(bool allow) { m_allowNegative = allow; notifyChanged(); }

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_error = nullptr;
    bool m_required = false;
    bool m_allowNegative = false;
};

} // namespace rapport
