#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace rapport::bench {

Summary summarise(QList<double> samples)
{
    Summary s;
    s.n = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    // Nearest rank: the smallest sample with at least 95% of the samples at or below it.
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(n)));
    s.p95 = samples[std::clamp<qsizetype>(rank - 1, 0, n - 1)];
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(n);
    s.max = samples.last();
    return s;
}

QString ChildResult::describe() const
{
    QString s = !started ? QStringLiteral("could not start") : exitCode < 0 ? QStringLiteral("killed by a signal")
                                                                            : QStringLiteral("exit code %1").arg(exitCode);
    const QString tail = QString::fromUtf8(err.right(600)).trimmed();
    if (!tail.isEmpty())
        s += QStringLiteral(": ") + tail.split(QLatin1Char('\r')).last();
    return s;
}

ChildResult runChild(const QString &program, const QStringList &args, const QString &stdinFile)
{
    ChildResult r;
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        return r;
    const QByteArray outPath = QFile::encodeName(outFile.fileName());
    const QByteArray errPath = QFile::encodeName(errFile.fileName());
    const QByteArray inPath = stdinFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdinFile);

    QList<QByteArray> argStorage{QFile::encodeName(program)};
    for (const QString &a : args)
        argStorage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_TRUNC, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_TRUNC, 0);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        r.err = QByteArray("posix_spawn: ") + strerror(rc);
        return r;
    }
    r.started = true;
    int status = 0;
    struct rusage usage {};
    pid_t w;
    do {
        w = wait4(pid, &status, 0, &usage);
    } while (w < 0 && errno == EINTR);
    r.wallMs = double(timer.nsecsElapsed()) / 1e6;
    r.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    r.exitCode = (w == pid && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;

    QFile o(outFile.fileName()), e(errFile.fileName());
    if (o.open(QIODevice::ReadOnly))
        r.out = o.readAll();
    if (e.open(QIODevice::ReadOnly))
        r.err = e.readAll();
    return r;
}

QString sqlText(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    q.replace(QLatin1Char('\r'), QStringLiteral("'||char(13)||'"));
    q.replace(QLatin1Char('\n'), QStringLiteral("'||char(10)||'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString sqlValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return sqlText(value.toString());
    }
}

ShellTimes runShellTimed(const QString &sqlite3, const QString &db, const QStringList &setup, const QStringList &timedLines)
{
    ShellTimes t;
    QTemporaryFile script;
    if (!script.open()) {
        t.error = QStringLiteral("cannot write the shell script");
        return t;
    }
    QByteArray text = ".output /dev/null\n";
    for (const QString &s : setup)
        text += s.toUtf8() + '\n';
    text += ".timer on\n";
    for (const QString &s : timedLines) {
        Q_ASSERT(!s.contains(QLatin1Char('\n')));
        text += s.toUtf8() + '\n';
    }
    script.write(text);
    script.flush();

    t.child = runChild(sqlite3, {QStringLiteral("-bail"), db}, script.fileName());
    static const QRegularExpression re(QStringLiteral("^Run Time: real ([0-9.]+)"), QRegularExpression::MultilineOption);
    auto it = re.globalMatch(QString::fromUtf8(t.child.out));
    while (it.hasNext())
        t.ms << it.next().captured(1).toDouble() * 1000.0;
    if (t.child.exitCode != 0 || t.ms.size() != timedLines.size())
        t.error = QStringLiteral("sqlite3 shell: %1 (%2 of %3 timed lines ran)").arg(t.child.describe()).arg(t.ms.size()).arg(timedLines.size());
    return t;
}

const QStringList &shellSetup()
{
    static const QStringList s{QStringLiteral("PRAGMA foreign_keys=ON;"), QStringLiteral("PRAGMA synchronous=NORMAL;"),
                               QStringLiteral("PRAGMA busy_timeout=5000;")};
    return s;
}

long procStatusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLong();
    return -1;
}

QHash<QString, qint64> keyValues(const QByteArray &output)
{
    QHash<QString, qint64> v;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> kv = line.split(' ');
        if (kv.size() == 2)
            v.insert(QString::fromLatin1(kv[0]), kv[1].toLongLong());
    }
    return v;
}

QString ms(double v)
{
    if (v >= 10000)
        return QStringLiteral("%1 s").arg(v / 1000.0, 0, 'f', 1);
    const int decimals = v < 10 ? 2 : v < 100 ? 1 : 0;
    return QStringLiteral("%1 ms").arg(v, 0, 'f', decimals);
}

QString mb(double kb)
{
    return QStringLiteral("%1 MB").arg(kb / 1024.0, 0, 'f', 1);
}

QString ratio(double a, double b)
{
    if (b <= 0)
        return QStringLiteral("n/a");
    const double r = a / b;
    return QStringLiteral("%1×").arg(r, 0, 'f', r < 10 ? 2 : 1);
}

QString markdownTable(const QList<Row> &rows)
{
    QString s = QStringLiteral("| figure | Rapport | sqlite3 shell baseline | ratio | target |\n| --- | --- | --- | --- | --- |\n");
    for (const Row &r : rows) {
        QString target = r.target;
        if (r.met)
            target += *r.met ? QStringLiteral(" ✓") : QStringLiteral(" ✗ missed");
        s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(r.figure, r.rapport, r.baseline, r.ratio, target);
    }
    bool first = true;
    for (const Row &r : rows) {
        if (r.note.isEmpty())
            continue;
        if (first)
            s += QLatin1Char('\n');
        first = false;
        s += QStringLiteral("- %1: %2\n").arg(r.figure, r.note);
    }
    return s;
}

} // namespace rapport::bench
