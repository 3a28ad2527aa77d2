// rapportctl end to end: the real executable, real files.
#include "store/EntitySchema.h"
#include "store/RecordWriter.h"
#include "support/TestStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

struct CtlRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CtlRun rapportctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(RAPPORTCTL), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

class RapportCtl : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

} // namespace

TEST_F(RapportCtl, GenerateIsDeterministicAndExportImportRoundTripsByteForByte)
{
    ASSERT_EQ(rapportctl({QStringLiteral("--db"), file("a.rapport"), QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("40"),
                          QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    ASSERT_EQ(rapportctl({QStringLiteral("--db"), file("b.rapport"), QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("40"),
                          QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    const CtlRun a = rapportctl({QStringLiteral("--db"), file("a.rapport"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    ASSERT_EQ(a.code, 0) << a.err.toStdString();
    const CtlRun b = rapportctl({QStringLiteral("--db"), file("b.rapport"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    // Same seed, same data — apart from the local user that each new store
    // makes for itself (its id and creation time), which generated records may own.
    auto normalised = [](const QByteArray &exported) {
        const QByteArray localId = QJsonDocument::fromJson(exported.left(exported.indexOf('\n'))).object()
                                       .value(QStringLiteral("local_user_id")).toString().toUtf8();
        QByteArray out;
        for (const QByteArray &line : exported.split('\n').mid(1)) {
            if (QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toString().toUtf8() == localId)
                continue;
            out += QByteArray(line).replace(localId, "LOCAL-USER") + '\n';
        }
        return out;
    };
    EXPECT_TRUE(normalised(a.out) == normalised(b.out));
    EXPECT_GT(a.out.count('\n'), 40 * 10);

    QFile backup(file("a.jsonl"));
    ASSERT_TRUE(backup.open(QIODevice::WriteOnly));
    backup.write(a.out);
    backup.close();
    const CtlRun imp = rapportctl({QStringLiteral("--db"), file("restored.rapport"), QStringLiteral("import"), QStringLiteral("--format"),
                                QStringLiteral("jsonl"), file("a.jsonl")});
    ASSERT_EQ(imp.code, 0) << imp.err.toStdString();
    const CtlRun again = rapportctl({QStringLiteral("--db"), file("restored.rapport"), QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("jsonl"), QStringLiteral("--output"), file("again.jsonl")});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    QFile againFile(file("again.jsonl"));
    ASSERT_TRUE(againFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(againFile.readAll() == a.out) << "re-export differs from the backup";

    const CtlRun check = rapportctl({QStringLiteral("--db"), file("restored.rapport"), QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.out.toStdString();
    // Importing into a store that is not empty is refused.
    const CtlRun twice = rapportctl({QStringLiteral("--db"), file("restored.rapport"), QStringLiteral("import"), file("a.jsonl")});
    EXPECT_EQ(twice.code, 1);
    EXPECT_TRUE(twice.err.contains("not empty"));
}

TEST_F(RapportCtl, StatsAndSearchPrintJson)
{
    ASSERT_EQ(rapportctl({QStringLiteral("--db"), file("s.rapport"), QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("30")}).code, 0);
    const CtlRun stats = rapportctl({QStringLiteral("--db"), file("s.rapport"), QStringLiteral("stats")});
    ASSERT_EQ(stats.code, 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
    EXPECT_EQ(counts.value(QStringLiteral("account")).toInt(), 30);
    EXPECT_GT(counts.value(QStringLiteral("contact")).toInt(), 30);
    EXPECT_GT(counts.value(QStringLiteral("order")).toInt(), 30);

    // Search for the first account's name as the store holds it.
    test::TempStore unused; // keeps QtSql initialised in this process
    StoreError e;
    auto store = Store::open(file("s.rapport"), Store::OpenMode::ExistingOnly, &e);
    ASSERT_TRUE(store) << e.message.toStdString();
    QSqlQuery q(store->db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, name FROM accounts ORDER BY id LIMIT 1")) && q.next());
    const QString id = q.value(0).toString();
    const QString name = q.value(1).toString();
    q.finish();
    store.reset();
    const CtlRun found = rapportctl({QStringLiteral("--db"), file("s.rapport"), QStringLiteral("search"), name});
    ASSERT_EQ(found.code, 0);
    bool listed = false;
    for (const QByteArray &line : found.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        EXPECT_TRUE(o.contains(QStringLiteral("entity")) && o.contains(QStringLiteral("title")));
        listed |= o.value(QStringLiteral("id")).toString() == id;
    }
    EXPECT_TRUE(listed) << name.toStdString();
}

TEST_F(RapportCtl, CheckFindsARecordChangedBehindTheJournalsBack)
{
    {
        test::TempStore ts;
        RecordWriter w(*ts);
        const EntityDef &account = *entityByName(QStringLiteral("account"));
        const QString id = *w.create(account, {{QStringLiteral("name"), QStringLiteral("Acme")}});
        QFile::remove(file("c.rapport"));
        ASSERT_EQ(rapportctl({QStringLiteral("--db"), ts.path(), QStringLiteral("check")}).code, 0);
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("UPDATE accounts SET name = 'Sneaky' WHERE id = ?"));
        q.addBindValue(id);
        ASSERT_TRUE(q.exec());
        const CtlRun bad = rapportctl({QStringLiteral("--db"), ts.path(), QStringLiteral("check")});
        EXPECT_EQ(bad.code, 1);
        EXPECT_TRUE(bad.out.contains("PROBLEM")) << bad.out.toStdString();
        EXPECT_TRUE(bad.out.contains("Sneaky")) << bad.out.toStdString();
    }
}

TEST_F(RapportCtl, BadFilesGetASpecificMessageAndStayUntouched)
{
    QFile junk(file("junk.rapport"));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x5a'));
    junk.close();
    const QByteArray before = test::sha256OfFile(file("junk.rapport"));
    for (const char *cmd : {"stats", "check", "export", "generate"}) {
        QStringList args{QStringLiteral("--db"), file("junk.rapport"), QLatin1String(cmd)};
        if (QLatin1String(cmd) == QLatin1String("generate"))
            args << QStringLiteral("--accounts") << QStringLiteral("1");
        const CtlRun r = rapportctl(args);
        EXPECT_NE(r.code, 0) << cmd;
        EXPECT_TRUE((r.err + r.out).contains("not a Rapport store")) << cmd << ": " << (r.err + r.out).toStdString();
    }
    EXPECT_EQ(test::sha256OfFile(file("junk.rapport")), before);
}

TEST_F(RapportCtl, UsageErrorsExitTwoAndHelpExitsZero)
{
    EXPECT_EQ(rapportctl({}).code, 2);
    EXPECT_EQ(rapportctl({QStringLiteral("--db"), file("x.rapport"), QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(rapportctl({QStringLiteral("--db"), file("x.rapport"), QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("lots")}).code, 2);
    const CtlRun help = rapportctl({QStringLiteral("generate"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains("--accounts"));
    const CtlRun missing = rapportctl({QStringLiteral("--db"), file("missing.rapport"), QStringLiteral("stats")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains("does not exist"));
    // A bad backup line is reported with its number, and nothing is imported.
    QFile bad(file("bad.jsonl"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\":\"rapport-jsonl\",\"format_version\":1,\"schema_version\":1}\n{not json\n");
    bad.close();
    const CtlRun imp = rapportctl({QStringLiteral("--db"), file("fresh.rapport"), QStringLiteral("import"), file("bad.jsonl")});
    EXPECT_EQ(imp.code, 1);
    EXPECT_TRUE(imp.err.contains("line 2")) << imp.err.toStdString();
}
