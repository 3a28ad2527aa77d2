#pragma once
// Helpers shared by the store benchmarks: child processes with their own
// resource usage, the sqlite3 shell as the baseline, statistics and the table.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace rapport::bench {

// ---- statistics over samples in milliseconds ------------------------------

struct Summary {
    int n = 0;
    double median = 0;
    double p95 = 0; // nearest rank
    double mean = 0;
    double max = 0;
};
Summary summarise(QList<double> samples);

// ---- child processes --------------------------------------------------------

struct ChildResult {
    bool started = false;
    int exitCode = -1;   // -1 if killed by a signal
    double wallMs = 0;   // spawn to reaped
    long maxRssKb = 0;   // this child's peak resident set (wait4 rusage)
    QByteArray out;
    QByteArray err;
    QString describe() const; // exit status and the end of stderr, for error messages
};

// Runs program with args, stdin from stdinFile (or /dev/null), and waits.
// Output is collected through temporary files, so nothing can dead-lock on a
// full pipe. The resource usage is this child's alone (wait4), not the sum of
// every child reaped so far as getrusage(RUSAGE_CHILDREN) would give.
ChildResult runChild(const QString &program, const QStringList &args, const QString &stdinFile = {});

// ---- the sqlite3 shell baseline ---------------------------------------------

// SQL text literal: quotes doubled; newlines and carriage returns spliced in
// with char() so that each statement stays on one script line.
QString sqlText(const QString &text);
// SQL literal of a value the way Qt Sql binds it: NULL, integer or text.
QString sqlValue(const QVariant &value);

struct ShellTimes {
    QList<double> ms; // one per timed line, from ".timer on" ("Run Time: real X", 1 ms resolution)
    ChildResult child;
    QString error;    // empty when the shell ran every line
};

// Runs the sqlite3 shell on db: the setup lines untimed, then each timed line
// with ".timer on" and ".output /dev/null". A line may hold several statements
// (the shell times one input line as one unit: that is how a query's tiers or
// an edit's statements are summed). The shell stops at the first error (-bail).
ShellTimes runShellTimed(const QString &sqlite3, const QString &db, const QStringList &setup, const QStringList &timedLines);

// The pragmas Store::connect sets on every connection, for the shell
// (journal_mode=WAL is persistent in the file).
const QStringList &shellSetup();

// A field of /proc/self/status in kB ("VmHWM"), -1 if unreadable.
long procStatusKb(const char *key);

// A child's "key value" lines (the scroll children's report).
QHash<QString, qint64> keyValues(const QByteArray &output);

// ---- the table --------------------------------------------------------------

struct Row {
    QString figure;
    QString rapport;
    QString baseline;
    QString ratio;
    QString target;
    std::optional<bool> met; // nullopt: not measured
    QString note;            // printed under the table when not empty
};

QString ms(double v);            // "12.3 ms" with sensible precision
QString mb(double kb);           // "123.4 MB" (MiB)
QString ratio(double a, double b); // "1.23×", or "n/a" when b is 0
QString markdownTable(const QList<Row> &rows);

// Everything the benchmarks share.
struct Context {
    QString db;
    QString sqlite3;
    QString rapportctl; // empty: skip generation
    int accounts = 0;
    QString self; // this executable, for the scroll child
    int pageReps = 20;
    int searchWords = 30;
    int searchPasses = 3;
    int edits = 200;
    std::function<void(const QString &)> progress; // one line to stderr
};

// The figures, each appending its rows (with error rows on failure).
void benchGeneration(const Context &ctx, QList<Row> *rows);
void benchFirstPages(const Context &ctx, QList<Row> *rows);
void benchSearch(const Context &ctx, QList<Row> *rows);
void benchScrollMemory(const Context &ctx, QList<Row> *rows);
void benchEdits(const Context &ctx, QList<Row> *rows);
// The child process of benchScrollMemory; returns the exit code.
int scrollChild(const QString &db);

} // namespace rapport::bench
