// rapport (the desktop app) refusing files it must not open: the real
// executable, offscreen. Headless it cannot show its dialog, so it says the
// same on stderr; either way it exits non-zero and leaves the file as it was.
#include "store/Migrations.h"
#include "store/Store.h"
#include "support/TestStore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

struct AppRun {
    int code = -1;
    QString err;
};

AppRun rapportApp(const QString &db, const QString &configDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_APP), {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAllStandardError())};
}

bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-app-test"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-app-test"));
    return ok;
}

} // namespace

TEST(RapportApp, RefusesFilesItMustNotOpenAndLeavesThemAsTheyWere)
{
    QTemporaryDir dir, config;
    // Random bytes.
    const QString junk = dir.filePath(QStringLiteral("junk.rapport"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
    }
    // Another program's SQLite database.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    ASSERT_TRUE(rawExec(foreign, {QStringLiteral("CREATE TABLE songs (title TEXT)"), QStringLiteral("INSERT INTO songs VALUES ('x')")}));
    // A store from a newer Rapport.
    const QString newer = dir.filePath(QStringLiteral("newer.rapport"));
    {
        StoreError e;
        ASSERT_TRUE(Store::open(newer, Store::OpenMode::CreateIfMissing, &e)) << e.message.toStdString();
    }
    ASSERT_TRUE(rawExec(newer, {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5),
                                QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    // A truncated (corrupt) store: the first half of a real one.
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.rapport"));
    {
        test::TempStore ts;
        for (int i = 0; i < 50; ++i)
            ts->setMeta(QStringLiteral("k%1").arg(i), QString(400, QLatin1Char('x')));
        const QString path = ts.path();
        ts.store.reset();
        QFile in(path);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile out(corrupt);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2 + 100));
    }
    const struct {
        QString path;
        const char *says;
    } cases[] = {
        {junk, "not a Rapport store"},
        {foreign, "another program"},
        {newer, "newer Rapport"},
        {corrupt, "damaged"},
    };
    for (const auto &c : cases) {
        const QByteArray before = test::sha256OfFile(c.path);
        const AppRun r = rapportApp(c.path, config.path());
        EXPECT_EQ(r.code, 1) << c.path.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("rapport: Cannot open %1").arg(c.path))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.says), Qt::CaseInsensitive)) << c.says << ": " << r.err.toStdString();
        EXPECT_EQ(test::sha256OfFile(c.path), before) << c.path.toStdString();
        EXPECT_FALSE(QFile::exists(c.path + QStringLiteral("-wal"))) << c.path.toStdString();
    }
}
