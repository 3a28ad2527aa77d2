#include "MoneyEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rapport {

MoneyEdit::MoneyEdit(QWidget *parent) : FieldWidget(parent), m_amount(new QLineEdit(this)), m_currency(new QComboBox(this))
{
    setObjectName(QStringLiteral("money"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(tr("Amount"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    // Capital letters only, at most three: the editable combo cannot hold junk.
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    for (const char *c : {"CNY", "EUR", "USD", "GBP", "CHF", "HKD", "TWD", "JPY"})
        m_currency->addItem(QString::fromLatin1(c));
    m_currency->setCurrentIndex(-1);
    m_error = makeErrorLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_amount, 1);
    row->addWidget(m_currency);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setFocusProxy(m_amount);

    connect(m_amount, &QLineEdit::textChanged, this, &MoneyEdit::notifyChanged);
    connect(m_currency, &QComboBox::currentTextChanged, this, &MoneyEdit::notifyChanged);
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        // Shown as it will be stored: "1,234.5" becomes "1234.50".
        if (const std::optional<Money> v = value())
            m_amount->setText(formatMinorUnits(v->minor, v->currency));
        setTouched();
    });
}

QString MoneyEdit::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

void MoneyEdit::setCurrency(const QString &currency)
{
    m_currency->setCurrentText(currency.toUpper());
}

std::optional<Money> MoneyEdit::value() const
{
    if (!problem().isEmpty() || m_amount->text().trimmed().isEmpty())
        return std::nullopt;
    return Money{*parseMinorUnits(m_amount->text(), currency()), currency()};
}

void MoneyEdit::setValue(const std::optional<Money> &money)
{
    if (money) {
        setCurrency(money->currency);
        m_amount->setText(formatMinorUnits(money->minor, money->currency));
    } else {
        m_amount->clear();
    }
}

QString MoneyEdit::problem() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return m_required ? tr("Enter an amount.") : QString();
    const QString code = currency();
    if (!isKnownCurrency(code))
        return tr("Choose the currency (a code such as EUR).");
    const std::optional<qint64> minor = parseMinorUnits(text, code);
    if (!minor) {
        const int digits = currencyMinorDigits(code);
        return digits == 0 ? tr("\"%1\" is not an amount in %2, which has no decimals.").arg(text, code)
                           : tr("\"%1\" is not an amount in %2 (at most %n decimal(s)).", nullptr, digits).arg(text, code);
    }
    if (*minor < 0 && !m_allowNegative)
        return tr("The amount cannot be negative.");
    return {};
}

void MoneyEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
