#include "Money.h"

#include <QLocale>

#include <QHash>
#include <limits>

namespace rapport {

namespace {
const QHash<QString, int> &exceptions()
{
    // ISO 4217 currencies whose minor unit is not 2 digits.
    static const QHash<QString, int> table = {
        {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("VND"), 0},
        {QStringLiteral("CLP"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("UGX"), 0},
        {QStringLiteral("XAF"), 0}, {QStringLiteral("XOF"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3}, {QStringLiteral("OMR"), 3},
        {QStringLiteral("JOD"), 3}, {QStringLiteral("TND"), 3}, {QStringLiteral("LYD"), 3},
        {QStringLiteral("IQD"), 3},
    };
    return table;
}
} // namespace

int currencyMinorDigits(const QString &currency)
{
    return exceptions().value(currency.toUpper(), 2);
}

bool isKnownCurrency(const QString &currency)
{
    if (currency.size() != 3)
        return false;
    for (QChar c : currency)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

QString formatMinorUnits(qint64 minor, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    const bool negative = minor < 0;
    // Work in unsigned to format INT64_MIN without overflow.
    quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString out = QString::number(magnitude / scale);
    if (digits > 0)
        out += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

std::optional<qint64> parseMinorUnits(const QString &text, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    QString s = text.trimmed();
    s.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    for (QChar c : whole + frac)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    while (frac.size() > digits && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    if (frac.size() > digits)
        return std::nullopt;
    frac = frac.leftJustified(digits, QLatin1Char('0'));
    const QString all = (whole.isEmpty() ? QStringLiteral("0") : whole) + frac;
    bool ok = false;
    const qint64 value = all.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -value : value;
}

QString formatMoney(qint64 minor, const QString &currency)
{
    const int digits = currencyMinorDigits(currency);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Display only: a double holds every amount below 2^53 minor units exactly
    // enough for its digits; sums are never made from these strings.
    const QString amount = QLocale().toString(double(minor) / scale, 'f', digits);
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

} // namespace rapport
