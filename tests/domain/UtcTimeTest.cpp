#include "domain/UtcTime.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace rapport;

TEST(UtcTime, InstantsAreUtcMillisecondsWhateverTheLocalZone)
{
    // 09:30 in Shanghai (UTC+8) and 02:30 in Berlin summer time (UTC+2) are the same instant.
    const QDateTime shanghai(QDate(2026, 6, 1), QTime(9, 30), QTimeZone("Asia/Shanghai"));
    const QDateTime berlin(QDate(2026, 6, 1), QTime(3, 30), QTimeZone("Europe/Berlin"));
    ASSERT_TRUE(shanghai.isValid() && berlin.isValid());
    EXPECT_EQ(toUtcMillis(shanghai), toUtcMillis(berlin));
    EXPECT_EQ(isoUtc(toUtcMillis(shanghai)), QStringLiteral("2026-06-01T01:30:00.000Z"));
    EXPECT_EQ(fromUtcMillis(toUtcMillis(shanghai)).timeSpec(), Qt::UTC);
}

TEST(UtcTime, IsoTextRoundTripsWithMilliseconds)
{
    const qint64 ms = 1700000000123;
    EXPECT_EQ(parseIsoUtc(isoUtc(ms)), ms);
    EXPECT_EQ(parseIsoUtc(QStringLiteral("2026-03-29T01:00:00+01:00")), parseIsoUtc(QStringLiteral("2026-03-29T00:00:00Z")));
    EXPECT_FALSE(parseIsoUtc(QStringLiteral("yesterday")));
}

TEST(UtcTime, CalendarDatesHaveNoZone)
{
    EXPECT_EQ(isoDate(QDate(2024, 2, 29)), QStringLiteral("2024-02-29"));
    EXPECT_EQ(parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2023-02-29")));
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-2-9")));
}
