// rapportctl analytics end to end: the real executable on a generated store.
#include "support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

struct CtlRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CtlRun rapportctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORTCTL), args);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// One generated store for the suite: generating is the slow part.
class RapportCtlAnalytics : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        const CtlRun g = rapportctl({QStringLiteral("--db"), store(), QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("300")});
        ASSERT_EQ(g.code, 0) << g.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
    static QString store() { return dir->filePath(QStringLiteral("generated.rapport")); }
    static CtlRun analytics(QStringList args)
    {
        return rapportctl(QStringList{QStringLiteral("--db"), store(), QStringLiteral("analytics")} + args);
    }
    static inline QTemporaryDir *dir = nullptr;
};

} // namespace

TEST_F(RapportCtlAnalytics, JsonHasEverySection)
{
    const CtlRun r = analytics({QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("last-order")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    for (const char *key : {"as_of", "currency", "journal_seq", "accounts", "orders", "orders_in_other_currencies"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("accounts")).toInt(), 300);
    EXPECT_GT(o.value(QStringLiteral("orders")).toInt(), 0);
    for (const char *section : {"customers", "cohorts", "retention", "rfm", "lifetime", "value", "sales", "affinity", "churn", "pipeline",
                                "campaigns", "service"})
        EXPECT_TRUE(o.value(QLatin1String(section)).isObject()) << section;
    // Breakdowns of the customer base by source and by account type.
    const QJsonArray groups = o.value(QStringLiteral("customers")).toObject().value(QStringLiteral("groups")).toArray();
    bool bySource = false, byType = false;
    for (const QJsonValue &g : groups) {
        bySource = bySource || g.toObject().value(QStringLiteral("by")).toString() == QLatin1String("source");
        byType = byType || g.toObject().value(QStringLiteral("by")).toString() == QLatin1String("type");
    }
    EXPECT_TRUE(bySource && byType);
    // The pipeline's figures and the campaigns' totals row are there.
    EXPECT_TRUE(o.value(QStringLiteral("pipeline")).toObject().contains(QStringLiteral("win_rate")));
    EXPECT_FALSE(o.value(QStringLiteral("campaigns")).toObject().value(QStringLiteral("campaigns")).toArray().isEmpty());
    EXPECT_FALSE(o.value(QStringLiteral("churn")).toObject().value(QStringLiteral("at_risk")).toArray().isEmpty());
    EXPECT_FALSE(o.value(QStringLiteral("customers")).toObject().value(QStringLiteral("months")).toArray().isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("rfm")).toObject().value(QStringLiteral("segments")).toArray().size(), 10);
    const QJsonObject bgnbd = o.value(QStringLiteral("lifetime")).toObject().value(QStringLiteral("bgnbd")).toObject();
    for (const char *key : {"r", "alpha", "a", "b", "log_likelihood", "converged"})
        EXPECT_TRUE(bgnbd.contains(QLatin1String(key))) << key;
    EXPECT_EQ(o.value(QStringLiteral("value")).toObject().value(QStringLiteral("revenue_deciles")).toArray().size(), 10);
}

TEST_F(RapportCtlAnalytics, OneSectionOnlyAndTheTextReport)
{
    const CtlRun r = analytics({QStringLiteral("--json"), QStringLiteral("--section"), QStringLiteral("rfm")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(o.value(QStringLiteral("rfm")).isObject());
    for (const char *section : {"customers", "cohorts", "lifetime", "value", "sales", "affinity"})
        EXPECT_FALSE(o.contains(QLatin1String(section))) << section;

    const CtlRun text = analytics({QStringLiteral("--section"), QStringLiteral("rfm,value"), QStringLiteral("--top"), QStringLiteral("3")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("== RFM segments ==")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Champions"));
    EXPECT_TRUE(text.out.contains("== Customer value and profit =="));
    EXPECT_FALSE(text.out.contains("== Cohorts =="));
}

TEST_F(RapportCtlAnalytics, WrongUsageExitsTwo)
{
    const CtlRun section = analytics({QStringLiteral("--section"), QStringLiteral("horoscope")});
    EXPECT_EQ(section.code, 2);
    EXPECT_TRUE(section.err.contains("horoscope")) << section.err.toStdString();
    EXPECT_TRUE(section.out.isEmpty());
    EXPECT_EQ(analytics({QStringLiteral("--as-of"), QStringLiteral("2024-13-45")}).code, 2);
    EXPECT_EQ(analytics({QStringLiteral("--frobnicate")}).code, 2);
    EXPECT_EQ(analytics({QStringLiteral("--top"), QStringLiteral("0")}).code, 2);
    const CtlRun help = rapportctl({QStringLiteral("analytics"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains("--section"));
}

TEST_F(RapportCtlAnalytics, NotAStoreExitsOneAndStaysUntouched)
{
    const QString junkPath = dir->filePath(QStringLiteral("junk.rapport"));
    QFile junk(junkPath);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x5a'));
    junk.close();
    const QByteArray before = test::sha256OfFile(junkPath);
    const CtlRun r = rapportctl({QStringLiteral("--db"), junkPath, QStringLiteral("analytics"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("not a Rapport store")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(test::sha256OfFile(junkPath), before);
}

namespace {

// Terminal cells of a line: East Asian wide characters take two.
int cells(const QString &line)
{
    int width = 0;
    for (const char32_t c : line.toUcs4())
        width += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                         || (c >= 0x20000 && c <= 0x3FFFD)
                     ? 2
                     : 1;
    return width;
}

} // namespace

// Chinese names take two terminal cells a character: the columns after them
// still line up (the last column is right-aligned, so every row of a table
// ends in the same cell).
TEST_F(RapportCtlAnalytics, TablesLineUpWithChineseNames)
{
    const CtlRun r = analytics({QStringLiteral("--section"), QStringLiteral("value"), QStringLiteral("--currency"), QStringLiteral("CNY"),
                                QStringLiteral("--top"), QStringLiteral("30")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
    const qsizetype heading = lines.indexOf(QRegularExpression(QStringLiteral(R"(^\s*Id\s+Name\s.*Profit$)")));
    ASSERT_GE(heading, 0) << r.out.toStdString();
    int chinese = 0;
    for (qsizetype i = heading + 1; i < lines.size() && !lines[i].trimmed().isEmpty() && !lines[i].endsWith(QLatin1Char(':')); ++i) {
        EXPECT_EQ(cells(lines[i]), cells(lines[heading])) << lines[i].toStdString();
        if (cells(lines[i]) != int(lines[i].size()))
            ++chinese;
    }
    EXPECT_GT(chinese, 0) << "no Chinese name in the table: the test proves nothing";
}
