// rapport_bench: the foundation figures of docs/performance.md, each measured
// beside the sqlite3 command-line shell running the same SQL on the same file
// in the same invocation, and reported as a ratio (these machines are noisy).
//
//   rapport_bench --db FILE --sqlite3 /usr/bin/sqlite3 [--rapportctl PATH --accounts N]
//   rapport_bench --scroll --db FILE     (the child process of the memory figure)

#include "BenchSupport.h"

#include "itemmodels/RecordListModel.h"
#include "store/ListQuery.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace rapport::bench {

namespace {

QString errorRow(QList<Row> *rows, const QString &figure, const QString &message, const QString &target)
{
    rows->append(Row{figure, QStringLiteral("error"), QString(), QString(), target, false, message});
    return message;
}

std::unique_ptr<Store> openExisting(const QString &db, QString *message)
{
    StoreError e;
    auto store = Store::open(db, Store::OpenMode::ExistingOnly, &e);
    if (!store)
        *message = e.message;
    return store;
}

QString withLiteralLimit(QString sql, int limit)
{
    const QString tail = QStringLiteral(" LIMIT ?");
    Q_ASSERT(sql.endsWith(tail));
    sql.chop(tail.size());
    return limit > 0 ? sql + QStringLiteral(" LIMIT %1").arg(limit) : sql;
}

QString fileSize(const QString &path)
{
    return mb(double(QFileInfo(path).size()) / 1024.0);
}

void removeDatabaseFiles(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(db + QLatin1String(suffix));
}

} // namespace

// ---- a. generation ----------------------------------------------------------

void benchGeneration(const Context &ctx, QList<Row> *rows)
{
    const QString figure = QStringLiteral("generation, %1 accounts (`rapportctl generate`, fresh file)").arg(ctx.accounts);
    const QString target = QStringLiteral("< 60 s");
    removeDatabaseFiles(ctx.db);
    ctx.progress(QStringLiteral("generation: rapportctl generate --accounts %1 …").arg(ctx.accounts));
    const ChildResult gen = runChild(ctx.rapportctl, {QStringLiteral("--db"), ctx.db, QStringLiteral("generate"), QStringLiteral("--accounts"),
                                                      QString::number(ctx.accounts)});
    if (gen.exitCode != 0) {
        errorRow(rows, figure, QStringLiteral("rapportctl generate failed: %1").arg(gen.describe()), target);
        return;
    }
    // The baseline: SQLite alone writing the same pages (rows and indexes,
    // search tables included) into a new file.
    const QString copy = ctx.db + QStringLiteral(".vacuum-into");
    removeDatabaseFiles(copy);
    ctx.progress(QStringLiteral("generation baseline: VACUUM INTO …"));
    const ChildResult vac = runChild(ctx.sqlite3, {ctx.db, QStringLiteral("VACUUM INTO %1").arg(sqlText(copy))});
    const QString copySize = fileSize(copy);
    removeDatabaseFiles(copy);
    Row r{figure,
          QStringLiteral("%1 (file %2)").arg(ms(gen.wallMs), fileSize(ctx.db)),
          QString(),
          QString(),
          target,
          gen.wallMs < 60000,
          QString()};
    if (vac.exitCode != 0) {
        r.baseline = QStringLiteral("error");
        r.note = QStringLiteral("VACUUM INTO failed: %1").arg(vac.describe());
    } else {
        r.baseline = QStringLiteral("`VACUUM INTO` copy: %1 (file %2)").arg(ms(vac.wallMs), copySize);
        r.ratio = ratio(gen.wallMs, vac.wallMs);
    }
    if (!*r.met)
        r.note = QStringLiteral("generation took %1, over the 60 s target").arg(ms(gen.wallMs));
    rows->append(r);
}

// ---- b. first page ----------------------------------------------------------

void benchFirstPages(const Context &ctx, QList<Row> *rows)
{
    struct Case {
        const char *name;
        ListKind kind;
        int column;
        Qt::SortOrder order;
    };
    const QList<Case> cases{
        {"accounts by name", ListKind::Accounts, 0, Qt::AscendingOrder},
        {"accounts by city", ListKind::Accounts, 3, Qt::AscendingOrder},
        {"contacts by name", ListKind::Contacts, 0, Qt::AscendingOrder},
        {"activities by date, newest first", ListKind::Activities, 0, Qt::DescendingOrder},
    };
    const QString target = QStringLiteral("< 50 ms (median)");
    QString message;
    auto store = openExisting(ctx.db, &message);
    if (!store) {
        errorRow(rows, QStringLiteral("first page"), message, target);
        return;
    }
    for (const Case &c : cases) {
        const QString figure = QStringLiteral("first page (%1 rows), %2").arg(RecordListModel::PageSize).arg(QLatin1String(c.name));
        ctx.progress(QStringLiteral("first page: %1 …").arg(QLatin1String(c.name)));
        const ListSpec spec{c.kind, std::nullopt};
        const bool defaultOrder = c.column == spec.def().defaultSortColumn && c.order == spec.def().defaultSortOrder;
        QList<double> samples;
        int rowCount = 0;
        QString failure;
        for (int rep = 0; rep < ctx.pageReps; ++rep) {
            QElapsedTimer t;
            if (defaultOrder) {
                t.start();
                RecordListModel model(*store, spec);
                samples << double(t.nsecsElapsed()) / 1e6;
                rowCount = model.rowCount();
                if (model.lastError().isError())
                    failure = model.lastError().message;
            } else {
                // The model opens in its default order; a list opened in
                // another order is a model whose sort() reads the first page.
                RecordListModel model(*store, spec);
                t.start();
                model.sort(c.column, c.order);
                samples << double(t.nsecsElapsed()) / 1e6;
                rowCount = model.rowCount();
                if (model.lastError().isError())
                    failure = model.lastError().message;
            }
        }
        if (!failure.isEmpty()) {
            errorRow(rows, figure, failure, target);
            continue;
        }
        const Summary mine = summarise(samples);

        const QString sql = withLiteralLimit(ListQuery::pageSql(spec, c.column, c.order, false), RecordListModel::PageSize) + QLatin1Char(';');
        QStringList lines;
        for (int rep = 0; rep < ctx.pageReps; ++rep)
            lines << sql;
        const ShellTimes shell = runShellTimed(ctx.sqlite3, ctx.db, shellSetup(), lines);
        Row r{figure,
              QStringLiteral("median %1 · p95 %2 (mean %3; %4 rows)").arg(ms(mine.median), ms(mine.p95), ms(mine.mean)).arg(rowCount),
              QString(),
              QString(),
              target,
              mine.median < 50,
              QString()};
        if (!shell.error.isEmpty()) {
            r.baseline = QStringLiteral("error");
            r.note = shell.error;
        } else {
            const Summary base = summarise(shell.ms);
            r.baseline = QStringLiteral("mean %1").arg(ms(base.mean));
            r.ratio = ratio(mine.mean, base.mean);
        }
        // A sort step in the plan means the page is not read off an index.
        const ChildResult plan = runChild(ctx.sqlite3, {ctx.db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql});
        const QString planText = QString::fromUtf8(plan.out).simplified();
        if (planText.contains(QLatin1String("TEMP B-TREE")) || !*r.met)
            r.note += (r.note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("query plan: %1").arg(planText);
        rows->append(r);
    }
}

// ---- d. memory while scrolling ------------------------------------------------

int scrollChild(const QString &db)
{
    QTextStream out(stdout);
    QString message;
    auto store = openExisting(db, &message);
    if (!store) {
        QTextStream(stderr) << message << "\n";
        return 1;
    }
    const long before = procStatusKb("VmHWM");
    QElapsedTimer t;
    t.start();
    RecordListModel model(*store, ListSpec{ListKind::Accounts, std::nullopt});
    while (model.canFetchMore({}))
        model.fetchMore({});
    const qint64 elapsed = t.elapsed();
    if (model.lastError().isError()) {
        QTextStream(stderr) << model.lastError().message << "\n";
        return 1;
    }
    out << "rows " << model.rowCount() << "\n"
        << "hwm_before_kb " << before << "\n"
        << "hwm_kb " << procStatusKb("VmHWM") << "\n"
        << "elapsed_ms " << elapsed << "\n";
    return 0;
}

void benchScrollMemory(const Context &ctx, QList<Row> *rows)
{
    const QString figure = QStringLiteral("peak memory, accounts list scrolled end to end");
    const QString target = QStringLiteral("< 200 MB");
    ctx.progress(QStringLiteral("scroll: child process …"));
    const ChildResult child = runChild(ctx.self, {QStringLiteral("--scroll"), QStringLiteral("--db"), ctx.db});
    if (child.exitCode != 0) {
        errorRow(rows, figure, QStringLiteral("scroll child: %1").arg(child.describe()), target);
        return;
    }
    const QHash<QString, qint64> v = keyValues(child.out);
    const double hwm = double(v.value(QStringLiteral("hwm_kb")));
    Row r{figure,
          QStringLiteral("VmHWM %1 (%2 before the model; %3 rows read in %4)")
              .arg(mb(hwm), mb(double(v.value(QStringLiteral("hwm_before_kb")))))
              .arg(v.value(QStringLiteral("rows")))
              .arg(ms(double(v.value(QStringLiteral("elapsed_ms"))))),
          QString(),
          QString(),
          target,
          hwm < 200 * 1024,
          QString()};

    // The shell streams the same rows to /dev/null: the peak of SQLite
    // itself, page cache included, without any rows held.
    const QString sql = withLiteralLimit(ListQuery::pageSql(ListSpec{ListKind::Accounts, std::nullopt}, 0, Qt::AscendingOrder, false), 0)
                        + QLatin1Char(';');
    ctx.progress(QStringLiteral("scroll baseline: full SELECT in the shell …"));
    const ShellTimes shell = runShellTimed(ctx.sqlite3, ctx.db, shellSetup(), {sql});
    if (!shell.error.isEmpty()) {
        r.baseline = QStringLiteral("error");
        r.note = shell.error;
    } else {
        r.baseline = QStringLiteral("max RSS %1 (full `SELECT … ORDER BY sort_key, id` in %2)").arg(mb(double(shell.child.maxRssKb)), ms(shell.ms.value(0)));
        r.ratio = ratio(hwm, double(shell.child.maxRssKb));
    }
    rows->append(r);
}

} // namespace rapport::bench

int main(int argc, char **argv)
{
    using namespace rapport::bench;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapport_bench"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Store benchmarks, each beside the sqlite3 shell running the same SQL on the same file."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file."), QStringLiteral("FILE"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell for the baselines."), QStringLiteral("PATH"),
                                     QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption rapportctl(QStringLiteral("rapportctl"),
                                        QStringLiteral("Generate a fresh store first with this rapportctl (FILE is replaced)."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), QStringLiteral("Accounts to generate."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption scroll(QStringLiteral("scroll"), QStringLiteral("Internal: the memory figure's child process."));
    const QCommandLineOption pageReps(QStringLiteral("page-reps"), QStringLiteral("Repetitions of each first page."), QStringLiteral("N"),
                                      QStringLiteral("20"));
    const QCommandLineOption words(QStringLiteral("search-words"), QStringLiteral("Words per search length."), QStringLiteral("N"),
                                   QStringLiteral("30"));
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Edits timed."), QStringLiteral("N"), QStringLiteral("200"));
    p.addOptions({db, sqlite3, rapportctl, accounts, scroll, pageReps, words, edits});
    p.process(app);

    QTextStream err(stderr);
    if (!p.isSet(db)) {
        err << "rapport_bench: --db FILE is required\n";
        return 2;
    }
    if (p.isSet(scroll))
        return scrollChild(p.value(db));

    Context ctx;
    ctx.db = QFileInfo(p.value(db)).absoluteFilePath();
    ctx.sqlite3 = p.value(sqlite3);
    ctx.rapportctl = p.value(rapportctl);
    ctx.accounts = p.value(accounts).toInt();
    ctx.self = QCoreApplication::applicationFilePath();
    ctx.pageReps = qMax(1, p.value(pageReps).toInt());
    ctx.searchWords = qMax(1, p.value(words).toInt());
    ctx.edits = qMax(1, p.value(edits).toInt());
    QElapsedTimer total;
    total.start();
    ctx.progress = [&](const QString &line) {
        err << QStringLiteral("[%1 s] ").arg(double(total.elapsed()) / 1000.0, 6, 'f', 1) << line << "\n";
        err.flush();
    };

    QList<Row> rows;
    if (!ctx.rapportctl.isEmpty()) {
        benchGeneration(ctx, &rows);
        if (!rows.last().met.value_or(true) && rows.last().rapport == QLatin1String("error")) {
            QTextStream(stdout) << markdownTable(rows);
            return 1;
        }
    } else if (!QFileInfo::exists(ctx.db)) {
        err << "rapport_bench: " << ctx.db << " does not exist (give --rapportctl to generate it)\n";
        return 2;
    }
    benchFirstPages(ctx, &rows);
    benchSearch(ctx, &rows);
    benchScrollMemory(ctx, &rows);
    benchEdits(ctx, &rows);
    ctx.progress(QStringLiteral("done"));

    QTextStream(stdout) << markdownTable(rows) << "\n"
                        << "Times are wall-clock. The shell's `.timer` reports whole milliseconds, so its column is the mean over "
                           "every run (a median of rounded values would mostly read 0 or 1 ms); the ratio is Rapport's mean over the "
                           "shell's mean, or peak over peak for memory, total over total for generation. Targets are judged on "
                           "Rapport's figure alone.\n";
    bool failed = false;
    for (const Row &r : rows)
        failed = failed || r.rapport == QLatin1String("error") || r.baseline == QLatin1String("error");
    return failed ? 1 : 0;
}
