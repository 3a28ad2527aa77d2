#pragma once
#include <QString>
#include <optional>

namespace rapport {

// An amount of money as integer minor units (cents, fen, yen) with its ISO 4217
// currency code. Never floating point: sums of many orders must be exact, and
// the store keeps the integer in an INTEGER column.
struct Money {
    qint64 minor = 0;
    QString currency; // ISO 4217, upper case, e.g. "EUR", "CNY", "JPY"

    friend bool operator==(const Money &, const Money &) = default;
};

// Digits after the decimal point for a currency (2 for most, 0 for JPY/KRW, 3 for KWD).
int currencyMinorDigits(const QString &currency);
bool isKnownCurrency(const QString &currency);

// "1234.50" in the C locale for storage-neutral exchange (exports, tests).
QString formatMinorUnits(qint64 minor, const QString &currency);

// For people: the amount in the current locale's digit grouping with the
// currency's decimals and its code, "1,234.50 EUR" / "1 234,50 EUR".
QString formatMoney(qint64 minor, const QString &currency);

// Parses a decimal amount typed by a user or read from a file ("1,234.5",
// "-12", "0.07") into minor units of the currency. Returns nullopt on anything
// that is not an exact amount in that currency (too many decimals, junk).
std::optional<qint64> parseMinorUnits(const QString &text, const QString &currency);

} // namespace rapport
