#include "domain/PhoneNumbers.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {
// The stored form of a number typed for a region; empty when refused.
QString stored(const char *typed, const char *region)
{
    const PhoneNumberCheck c = checkPhoneNumber(QString::fromUtf8(typed), QString::fromLatin1(region));
    return c.valid ? c.e164 : QString();
}
} // namespace

TEST(PhoneNumbers, ChineseMobileWithSpacesIsStoredAsE164AndShownInternationally)
{
    const PhoneNumberCheck c = checkPhoneNumber(QStringLiteral("138 0013 8000"), QStringLiteral("CN"));
    ASSERT_TRUE(c.valid) << c.problem.toStdString();
    EXPECT_TRUE(c.problem.isEmpty());
    EXPECT_EQ(c.e164, QStringLiteral("+8613800138000"));
    EXPECT_EQ(c.international, QStringLiteral("+86 138 0013 8000"));
    EXPECT_EQ(c.region, QStringLiteral("CN"));
}

TEST(PhoneNumbers, ChineseLandlinesWithTrunkPrefixBracketsAndDashes)
{
    EXPECT_EQ(stored("010 6552 9988", "CN"), QStringLiteral("+861065529988"));
    EXPECT_EQ(stored("(021) 6321-5566", "CN"), QStringLiteral("+862163215566"));
    EXPECT_EQ(checkPhoneNumber(QStringLiteral("010-6552-9988"), QStringLiteral("CN")).international, QStringLiteral("+86 10 6552 9988"));
}

TEST(PhoneNumbers, GermanAndUsNumbersInTheirOwnRegions)
{
    EXPECT_EQ(stored("(030) 1234-5678", "DE"), QStringLiteral("+493012345678"));
    EXPECT_EQ(checkPhoneNumber(QStringLiteral("030 12345678"), QStringLiteral("DE")).international, QStringLiteral("+49 30 12345678"));
    EXPECT_EQ(stored("(650) 253-0000", "US"), QStringLiteral("+16502530000"));
    EXPECT_EQ(checkPhoneNumber(QStringLiteral("650.253.0000"), QStringLiteral("US")).international, QStringLiteral("+1 650-253-0000"));
}

TEST(PhoneNumbers, ACountryCodeWinsOverTheRecordsRegion)
{
    const PhoneNumberCheck c = checkPhoneNumber(QStringLiteral("+49 (0)30 1234 5678"), QStringLiteral("CN"));
    ASSERT_TRUE(c.valid) << c.problem.toStdString();
    EXPECT_EQ(c.e164, QStringLiteral("+493012345678"));
    EXPECT_EQ(c.region, QStringLiteral("DE"));
    // Without any region, only numbers with + are understood.
    EXPECT_EQ(stored("+86 138-0013-8000", ""), QStringLiteral("+8613800138000"));
    const PhoneNumberCheck local = checkPhoneNumber(QStringLiteral("138 0013 8000"), QString());
    EXPECT_FALSE(local.valid);
    EXPECT_FALSE(local.problem.isEmpty());
}

TEST(PhoneNumbers, FullWidthDigitsAndExtensions)
{
    EXPECT_EQ(stored("１３８ ００１３ ８０００", "CN"), QStringLiteral("+8613800138000"));
    const PhoneNumberCheck c = checkPhoneNumber(QStringLiteral("(650) 253-0000 ext. 123"), QStringLiteral("US"));
    ASSERT_TRUE(c.valid) << c.problem.toStdString();
    EXPECT_EQ(c.e164, QStringLiteral("+16502530000;ext=123"));
    EXPECT_EQ(displayPhoneNumber(c.e164), QStringLiteral("+1 650-253-0000 ext. 123"));
}

TEST(PhoneNumbers, InvalidNumbersAreRefusedWithAReason)
{
    const char *const bad[][2] = {
        {"", "CN"},               // nothing
        {"call me", "CN"},        // not a number
        {"12345", "CN"},          // too short
        {"138 0013 800", "CN"},   // a mobile number one digit short
        {"138 0013 80000", "CN"}, // one digit long
        {"(123) 456-7890", "US"}, // no such area code
        {"+999 1234 5678", "CN"}, // no such country code
        {"030", "DE"},            // an area code alone
    };
    for (const auto &b : bad) {
        const PhoneNumberCheck c = checkPhoneNumber(QString::fromUtf8(b[0]), QString::fromLatin1(b[1]));
        EXPECT_FALSE(c.valid) << b[0];
        EXPECT_FALSE(c.problem.isEmpty()) << b[0];
        EXPECT_TRUE(c.e164.isEmpty()) << b[0];
    }
}

TEST(PhoneNumbers, DisplayKeepsWhatItCannotRead)
{
    EXPECT_EQ(displayPhoneNumber(QStringLiteral("+8613800138000")), QStringLiteral("+86 138 0013 8000"));
    EXPECT_EQ(displayPhoneNumber(QStringLiteral("0800 FLOWERS")), QStringLiteral("0800 FLOWERS"));
    EXPECT_EQ(displayPhoneNumber(QString()), QString());
}

TEST(PhoneNumbers, CountryFieldsNameRegionsInManyWays)
{
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("China")), QStringLiteral("CN"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("中国")), QStringLiteral("CN"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("cn")), QStringLiteral("CN"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("Germany")), QStringLiteral("DE"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("Deutschland")), QStringLiteral("DE"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("United States")), QStringLiteral("US"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("USA")), QStringLiteral("US"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("United Kingdom")), QStringLiteral("GB"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("Taiwan")), QStringLiteral("TW"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("Hong Kong")), QStringLiteral("HK"));
    EXPECT_EQ(regionCodeOfCountry(QStringLiteral("Switzerland")), QStringLiteral("CH"));
    EXPECT_TRUE(regionCodeOfCountry(QStringLiteral("Narnia")).isEmpty());
    EXPECT_TRUE(regionCodeOfCountry(QString()).isEmpty());
    // A known country wins over the system locale.
    EXPECT_EQ(phoneRegionFor(QStringLiteral("Germany")), QStringLiteral("DE"));
    const QString fallback = phoneRegionFor(QString());
    EXPECT_TRUE(fallback.isEmpty() || fallback.size() == 2) << fallback.toStdString();
}
