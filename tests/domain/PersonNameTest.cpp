#include "domain/PersonName.h"
#include "domain/PhoneDigits.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(PersonName, ChineseNamesFamilyFirstWithoutSpace)
{
    EXPECT_EQ(personDisplayName(QStringLiteral("伟"), QStringLiteral("王")), QStringLiteral("王伟"));
    EXPECT_EQ(personDisplayName(QStringLiteral("Anna"), QStringLiteral("Schmidt")), QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(personDisplayName(QString(), QStringLiteral("Schmidt")), QStringLiteral("Schmidt"));
}

TEST(PersonName, SortKeyUsesRomanisationAndFoldsAccents)
{
    EXPECT_EQ(personSortKey(QStringLiteral("伟"), QStringLiteral("王"), QStringLiteral("Wang Wei")), QStringLiteral("wang wei"));
    EXPECT_EQ(personSortKey(QStringLiteral("Zoë"), QStringLiteral("Ärmel"), QString()), QStringLiteral("armel zoe"));
}

TEST(PhoneDigits, KeepsOnlyDigits)
{
    EXPECT_EQ(phoneDigits(QStringLiteral("+86 138-0013 (8000)")), QStringLiteral("8613800138000"));
    EXPECT_EQ(phoneDigits(QStringLiteral("１３８")), QStringLiteral("138"));
}
