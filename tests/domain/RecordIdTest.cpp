#include "domain/RecordId.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace rapport;

TEST(RecordId, IsAVersion7UuidCarryingItsTime)
{
    RecordIdGenerator gen;
    const QString id = gen.next(1700000000123);
    EXPECT_TRUE(isValidRecordId(id)) << id.toStdString();
    EXPECT_EQ(recordIdMillis(id), 1700000000123);
    EXPECT_FALSE(isValidRecordId(QStringLiteral("not-an-id")));
}

TEST(RecordId, StaysOrderedWithinOneMillisecondAndWhenTheClockStepsBack)
{
    RecordIdGenerator gen(7);
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        const qint64 t = 1700000000000 + (i / 100) - ((i % 250 == 0) ? 5 : 0);
        const QString id = gen.next(t);
        ASSERT_TRUE(isValidRecordId(id));
        ASSERT_GT(id, previous);
        previous = id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 10000);
}

TEST(RecordId, SeededGeneratorIsDeterministic)
{
    RecordIdGenerator a(99), b(99);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(a.next(1000 + i), b.next(1000 + i));
}
