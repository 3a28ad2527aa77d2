#include "domain/Money.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace rapport;

TEST(Money, MinorDigitsFollowIso4217)
{
    EXPECT_EQ(currencyMinorDigits(QStringLiteral("EUR")), 2);
    EXPECT_EQ(currencyMinorDigits(QStringLiteral("CNY")), 2);
    EXPECT_EQ(currencyMinorDigits(QStringLiteral("JPY")), 0);
    EXPECT_EQ(currencyMinorDigits(QStringLiteral("KWD")), 3);
}

TEST(Money, FormatsExactly)
{
    EXPECT_EQ(formatMinorUnits(123450, QStringLiteral("EUR")), QStringLiteral("1234.50"));
    EXPECT_EQ(formatMinorUnits(-7, QStringLiteral("USD")), QStringLiteral("-0.07"));
    EXPECT_EQ(formatMinorUnits(1500, QStringLiteral("JPY")), QStringLiteral("1500"));
    EXPECT_EQ(formatMinorUnits(1234, QStringLiteral("KWD")), QStringLiteral("1.234"));
    EXPECT_EQ(formatMinorUnits(std::numeric_limits<qint64>::min(), QStringLiteral("EUR")), QStringLiteral("-92233720368547758.08"));
}

TEST(Money, ParsesWithoutFloatingPoint)
{
    EXPECT_EQ(parseMinorUnits(QStringLiteral("1,234.5"), QStringLiteral("EUR")), 123450);
    EXPECT_EQ(parseMinorUnits(QStringLiteral("0.07"), QStringLiteral("EUR")), 7);
    EXPECT_EQ(parseMinorUnits(QStringLiteral("-12"), QStringLiteral("EUR")), -1200);
    EXPECT_EQ(parseMinorUnits(QStringLiteral("1500"), QStringLiteral("JPY")), 1500);
    EXPECT_EQ(parseMinorUnits(QStringLiteral("0.10"), QStringLiteral("EUR")), 10);
    // 0.1 + 0.2 in doubles is 0.30000000000000004; in minor units it is exact.
    EXPECT_EQ(*parseMinorUnits(QStringLiteral("0.1"), QStringLiteral("EUR")) + *parseMinorUnits(QStringLiteral("0.2"), QStringLiteral("EUR")),
              *parseMinorUnits(QStringLiteral("0.3"), QStringLiteral("EUR")));
}

TEST(Money, RejectsWhatIsNotAnExactAmount)
{
    EXPECT_FALSE(parseMinorUnits(QStringLiteral("1.234"), QStringLiteral("EUR")));
    EXPECT_FALSE(parseMinorUnits(QStringLiteral("1.5"), QStringLiteral("JPY")));
    EXPECT_FALSE(parseMinorUnits(QStringLiteral("abc"), QStringLiteral("EUR")));
    EXPECT_FALSE(parseMinorUnits(QString(), QStringLiteral("EUR")));
    EXPECT_FALSE(parseMinorUnits(QStringLiteral("1e5"), QStringLiteral("EUR")));
    EXPECT_FALSE(parseMinorUnits(QStringLiteral("99999999999999999999"), QStringLiteral("EUR")));
}

TEST(Money, FormatsForPeopleWithTheCurrencysDecimalsAndCode)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(rapport::formatMoney(123450, QStringLiteral("EUR")), QStringLiteral("1,234.50 EUR"));
    EXPECT_EQ(rapport::formatMoney(-500, QStringLiteral("USD")), QStringLiteral("-5.00 USD"));
    EXPECT_EQ(rapport::formatMoney(1500, QStringLiteral("JPY")), QStringLiteral("1,500 JPY"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(rapport::formatMoney(123450, QStringLiteral("EUR")), QStringLiteral("1.234,50 EUR"));
    QLocale::setDefault(saved);
}
