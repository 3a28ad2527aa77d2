// rapport_ui_bench: the desktop client's figures of docs/performance.md on a
// large store, each beside the sqlite3 shell running the SQL that the app ran
// for it (captured with StatementTrace, bound values written in), as a ratio.
//
//   rapport_ui_bench --db FILE --rapport PATH [--sqlite3 /usr/bin/sqlite3]
//   rapport_ui_bench --scroll --db FILE      (the child process of the memory figure)
//
// Runs offscreen: painting goes to an image as on screen, minus the compositor.

#include "BenchSupport.h"

#include "core/AppContext.h"
#include "itemmodels/RecordListModel.h"
#include "lists/RecordListPage.h"
#include "lists/RecordListView.h"
#include "shell/DesktopSession.h"
#include "shell/MainWindow.h"
#include "shell/QuickOpenDialog.h"
#include "store/AccountRepository.h"
#include "store/ListQuery.h"
#include "store/StatementTrace.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <ctime>

namespace rapport::bench {

namespace {

// Statements the app ran, from every thread, while capturing.
class Capture {
public:
    Capture()
    {
        StatementTrace::setSink([this](const StatementTrace::Statement &s) {
            QMutexLocker lock(&m_mutex);
            if (m_on) {
                m_sql << s.sql;
                if (s.nanoseconds > m_slowestNs) {
                    m_slowestNs = s.nanoseconds;
                    m_slowest = s.sql;
                }
            }
        });
    }
    ~Capture() { StatementTrace::setSink({}); }
    void start()
    {
        QMutexLocker lock(&m_mutex);
        m_sql.clear();
        m_slowest.clear();
        m_slowestNs = 0;
        m_on = true;
    }
    QStringList stop()
    {
        QMutexLocker lock(&m_mutex);
        m_on = false;
        return m_sql;
    }

    // The slowest statement of the last capture, and its time.
    QString slowest(double *ms) const
    {
        *ms = double(m_slowestNs) / 1e6;
        return m_slowest;
    }

private:
    QMutex m_mutex;
    bool m_on = false;
    QStringList m_sql;
    QString m_slowest;
    qint64 m_slowestNs = 0;
};

// One shell line: the statements joined, newlines folded (the shell times a line).
QString shellLine(const QStringList &statements)
{
    QStringList out;
    for (QString s : statements) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        if (!s.trimmed().isEmpty())
            out << s.trimmed() + QLatin1Char(';');
    }
    return out.join(QLatin1Char(' '));
}

// One typed character: a key event for ASCII, an input method's commit for
// anything else (Chinese arrives through an input method).
void typeChar(QWidget *target, QChar c)
{
    if (c.unicode() < 0x80) {
        QTest::keyClicks(target, QString(c));
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(QString(c));
    QApplication::sendEvent(target, &commit);
}

// Waits until every visible page has its data and the window has painted it.
void settle(MainWindow &window)
{
    for (int i = 0; i < 2000; ++i) {
        QApplication::processEvents(QEventLoop::AllEvents);
        bool loading = false;
        for (const Page *p : window.pages())
            loading = loading || (p->isVisible() && p->isLoading());
        if (!loading)
            break;
        QThread::usleep(200);
    }
    QApplication::processEvents();
    window.repaint(); // synchronous: the page as the user would see it
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Bench {
    QString db;
    QString sqlite3;
    QString rapport;
    QString self;
    int rounds = 5;
    std::function<void(const QString &)> progress;
};

// A row from samples; addBaseline() fills in the shell's side.
Row compare(const QString &figure, const QList<double> &samples, const QString &target, double limitMs, const QString &note = {})
{
    const Summary s = summarise(samples);
    return Row{figure,
               QStringLiteral("median %1 · p95 %2 (n=%3)").arg(ms(s.median), ms(s.p95)).arg(s.n),
               QString(),
               QString(),
               target,
               s.median < limitMs,
               note};
}

void addBaseline(const Bench &b, Row *r, const QStringList &lines, double rapportMean)
{
    QStringList nonEmpty;
    for (const QString &l : lines)
        if (!l.isEmpty())
            nonEmpty << l;
    if (nonEmpty.isEmpty()) {
        r->baseline = QStringLiteral("no SQL ran");
        r->ratio = QStringLiteral("n/a");
        return;
    }
    const ShellTimes shell = runShellTimed(b.sqlite3, b.db, shellSetup(), nonEmpty);
    if (!shell.error.isEmpty()) {
        r->baseline = QStringLiteral("error");
        r->note += (r->note.isEmpty() ? QString() : QStringLiteral("; ")) + shell.error;
        return;
    }
    const Summary base = summarise(shell.ms);
    r->baseline = QStringLiteral("mean %1 (the same %2 statement(s) per sample)")
                      .arg(ms(base.mean))
                      .arg(nonEmpty.first().count(QLatin1Char(';')));
    r->ratio = ratio(rapportMean, base.mean);
}

// ---- start to the first painted page ----------------------------------------

void benchStart(const Bench &b, QList<Row> *rows)
{
    const QString figure = QStringLiteral("start: process launch to the first page painted with its data");
    const QString target = QStringLiteral("< 1 s");
    QList<double> samples;
    QString firstPage;
    for (int i = 0; i < b.rounds; ++i) {
        b.progress(QStringLiteral("start %1/%2 …").arg(i + 1).arg(b.rounds));
        QTemporaryDir config; // no remembered page or layout: a first start on this store
        const ChildResult c = runChild(QStringLiteral("/usr/bin/env"),
                                       {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + config.path(),
                                        QStringLiteral("RAPPORT_BENCH_T0=%1").arg(monotonicNs()), b.rapport, QStringLiteral("--db"), b.db,
                                        QStringLiteral("--lang"), QStringLiteral("en")});
        const QList<QByteArray> parts = c.out.trimmed().split(' ');
        if (c.exitCode != 0 || parts.size() != 3 || parts[0] != "first-paint") {
            rows->append(Row{figure, QStringLiteral("error"), {}, {}, target, false, QStringLiteral("rapport: %1").arg(c.describe())});
            return;
        }
        firstPage = QString::fromLatin1(parts[1]);
        samples << parts[2].toDouble();
    }
    Row r = compare(figure, samples, target, 1000);
    // Baseline: a shell process started on the same file running what the
    // first page ran (captured in this process on the same store).
    StoreError e;
    auto store = Store::open(b.db, Store::OpenMode::ExistingOnly, &e);
    if (!store) {
        r.note = e.message;
        rows->append(r);
        return;
    }
    Capture capture;
    QStringList sql;
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        auto traced = Store::open(b.db, Store::OpenMode::ExistingOnly, &e);
        capture.start();
        AppContext context(*traced);
        DesktopSession session(context);
        session.window()->resize(1280, 800);
        session.window()->show();
        settle(*session.window());
        sql = capture.stop();
    }
    QTemporaryFile script;
    QList<double> shellMs;
    long shellRss = 0;
    if (script.open()) {
        script.write((shellSetup().join(QLatin1Char('\n')) + QLatin1Char('\n') + QStringLiteral(".output /dev/null\n") + shellLine(sql) + QLatin1Char('\n')).toUtf8());
        script.flush();
        for (int i = 0; i < b.rounds; ++i) {
            const ChildResult c = runChild(b.sqlite3, {QStringLiteral("-bail"), b.db}, script.fileName());
            if (c.exitCode != 0) {
                r.note = QStringLiteral("sqlite3: %1").arg(c.describe());
                break;
            }
            shellMs << c.wallMs;
            shellRss = c.maxRssKb;
        }
    }
    if (!shellMs.isEmpty()) {
        const Summary s = summarise(shellMs);
        r.baseline = QStringLiteral("median %1: the shell started on the file running the page's %2 statements").arg(ms(s.median)).arg(sql.size());
        r.ratio = ratio(summarise(samples).median, s.median);
    }
    r.note = QStringLiteral("first page: %1; the shell's peak RSS %2").arg(firstPage, mb(double(shellRss)));
    rows->append(r);
}

// ---- page switches -------------------------------------------------------------

void benchPageSwitch(const Bench &b, AppContext &context, MainWindow &window, Capture &capture, QList<Row> *rows)
{
    // Two kinds of switch: to a page whose data has not changed (it is kept
    // and only shown), and to a page after an edit elsewhere (it re-reads,
    // as after every change: the worst case, measured per page).
    QHash<QString, QList<double>> reread;
    QHash<QString, QStringList> lines;
    QHash<QString, QString> slowest;
    QList<double> shown;
    const QList<Page *> pages = window.pages();
    ListQuery q(context.store());
    const auto first = q.page(ListSpec(ListKind::Accounts), 0, Qt::AscendingOrder, std::nullopt, 1);
    const QString accountId = first && !first->isEmpty() ? first->first().id : QString();
    AccountRepository accounts(context.store());
    for (int round = 0; round < 2 * b.rounds + 1; ++round) {
        const bool edit = round % 2 == 1;
        if (!edit) {
            // Pages left stale by the last edit round re-read here, unmeasured.
            for (Page *p : pages) {
                window.showPage(p->key());
                settle(window);
            }
        }
        for (Page *p : pages) {
            if (edit && !accountId.isEmpty()) {
                // A one-field edit from "another window": every hidden page is stale.
                if (std::optional<Account> a = accounts.get(accountId)) {
                    a->notes = QStringLiteral("bench edit %1").arg(round);
                    accounts.save(*a, QStringLiteral("bench"));
                }
                settle(window);
            }
            capture.start();
            QElapsedTimer t;
            t.start();
            window.showPage(p->key());
            settle(window);
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            const QStringList sql = capture.stop();
            if (round == 0)
                continue; // warm-up: the first visit builds the page
            if (edit) {
                reread[p->key()] << elapsed;
                lines[p->key()] << shellLine(sql);
                double slowMs = 0;
                const QString slow = capture.slowest(&slowMs);
                slowest[p->key()] = QStringLiteral("slowest statement %1: `%2…`").arg(ms(slowMs), slow.left(160).simplified());
                if (qEnvironmentVariableIsSet("UIBENCH_SLOWEST"))
                    QTextStream(stderr) << "SLOWEST " << p->key() << " " << slow.simplified() << "\n";
            } else {
                shown << elapsed;
            }
        }
    }
    Row r = compare(QStringLiteral("page switch, page unchanged (every page)"), shown, QStringLiteral("< 150 ms"), 150);
    r.baseline = QStringLiteral("no SQL runs: the page is kept");
    r.ratio = QStringLiteral("n/a");
    rows->append(r);
    for (Page *p : pages) {
        const QString key = p->key();
        Row pr = compare(QStringLiteral("page switch after an edit (re-reads): %1").arg(p->title()), reread[key], QStringLiteral("< 150 ms"), 150);
        if (pr.met == false)
            pr.note = slowest[key];
        addBaseline(b, &pr, lines[key], summarise(reread[key]).mean);
        rows->append(pr);
    }
}

// ---- a keystroke to the results shown -------------------------------------------

// Words to type: the first four letters of account names spread over the
// whole store, half Latin, half Chinese (names starting with a CJK character).
QStringList searchWords(Store &store, int n)
{
    QStringList words;
    QSqlQuery q(store.db());
    for (const bool cjk : {false, true}) {
        q.prepare(QStringLiteral("SELECT name FROM accounts WHERE (unicode(name) >= 11904) = ? AND rowid % 997 = 0 ORDER BY rowid LIMIT ?"));
        q.addBindValue(cjk ? 1 : 0);
        q.addBindValue(n * 4);
        if (!q.exec())
            continue;
        QStringList found;
        while (q.next()) {
            const QString w = q.value(0).toString().left(4);
            if (w.size() == 4 && !w.contains(QLatin1Char(' ')) && !found.contains(w))
                found << w;
        }
        words += found.mid(0, n / 2);
    }
    return words;
}

void benchKeystrokes(const Bench &b, MainWindow &window, Capture &capture, const QStringList &words, QList<Row> *rows)
{
    // Global search box: the first key opens quick-open, each key searches.
    QList<double> samples;
    QStringList lines;
    for (const QString &word : words) {
        window.showPage(QStringLiteral("accounts"));
        settle(window);
        window.searchBox()->setFocus();
        QuickOpenDialog *dialog = nullptr;
        for (const QChar c : word) {
            QWidget *target = dialog ? static_cast<QWidget *>(dialog->textBox()) : window.searchBox();
            capture.start();
            QElapsedTimer t;
            t.start();
            typeChar(target, c);
            QApplication::processEvents();
            if (!dialog)
                dialog = window.findChild<QuickOpenDialog *>();
            if (dialog)
                dialog->repaint();
            samples << double(t.nsecsElapsed()) / 1e6;
            lines << shellLine(capture.stop());
        }
        if (dialog)
            dialog->close();
        QApplication::processEvents();
    }
    Row r = compare(QStringLiteral("keystroke to results, quick-open (global search box), 1–4 characters"), samples,
                    QStringLiteral("< 50 ms"), 50, QStringLiteral("%1 words, e.g. %2").arg(words.size()).arg(words.mid(0, 4).join(QStringLiteral(", "))));
    addBaseline(b, &r, lines, summarise(samples).mean);
    rows->append(r);

    // The accounts list's own search box.
    auto *page = qobject_cast<RecordListPage *>(window.page(QStringLiteral("accounts")));
    if (!page)
        return;
    window.showPage(QStringLiteral("accounts"));
    settle(window);
    samples.clear();
    lines.clear();
    QLineEdit *box = page->view()->searchBox();
    for (const QString &word : words) {
        box->clear();
        settle(window);
        for (const QChar c : word) {
            capture.start();
            QElapsedTimer t;
            t.start();
            typeChar(box, c);
            // The list searches on the next turn of the event loop.
            while (page->view()->isSearchPending())
                QApplication::processEvents();
            settle(window);
            samples << double(t.nsecsElapsed()) / 1e6;
            lines << shellLine(capture.stop());
        }
    }
    box->clear();
    settle(window);
    r = compare(QStringLiteral("keystroke to results, accounts list search box, 1–4 characters"), samples, QStringLiteral("< 50 ms"), 50);
    addBaseline(b, &r, lines, summarise(samples).mean);
    rows->append(r);
}

// ---- scrolling the accounts list end to end (peak memory) -----------------------

int uiScrollChild(const QString &db)
{
    QTextStream out(stdout);
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    StoreError e;
    auto store = Store::open(db, Store::OpenMode::ExistingOnly, &e);
    if (!store) {
        QTextStream(stderr) << e.message << "\n";
        return 1;
    }
    AppContext context(*store);
    DesktopSession session(context);
    MainWindow &window = *session.window();
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("accounts"));
    settle(window);
    auto *page = qobject_cast<RecordListPage *>(window.page(QStringLiteral("accounts")));
    if (!page)
        return 1;
    const long before = procStatusKb("VmHWM");
    QTableView *table = page->view()->table();
    QElapsedTimer t;
    t.start();
    // As a user dragging the scroll bar to the end again and again: each
    // time the view reaches the end the model fetches the next page.
    int stuck = 0;
    while (stuck < 3) {
        const int rowsBefore = page->view()->model()->rowCount();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QApplication::processEvents();
        table->viewport()->repaint();
        stuck = page->view()->model()->rowCount() == rowsBefore ? stuck + 1 : 0;
    }
    out << "rows " << page->view()->model()->rowCount() << "\n"
        << "hwm_before_kb " << before << "\n"
        << "hwm_kb " << procStatusKb("VmHWM") << "\n"
        << "elapsed_ms " << t.elapsed() << "\n";
    return 0;
}

void benchScroll(const Bench &b, QList<Row> *rows)
{
    const QString figure = QStringLiteral("peak memory, accounts list in the app scrolled end to end");
    const QString target = QStringLiteral("< 250 MB");
    b.progress(QStringLiteral("scroll: child process …"));
    const ChildResult child = runChild(QStringLiteral("/usr/bin/env"), {QStringLiteral("QT_QPA_PLATFORM=offscreen"), b.self, QStringLiteral("--scroll"),
                                                                         QStringLiteral("--db"), b.db});
    if (child.exitCode != 0) {
        rows->append(Row{figure, QStringLiteral("error"), {}, {}, target, false, child.describe()});
        return;
    }
    const QHash<QString, qint64> v = keyValues(child.out);
    const double hwm = double(v.value(QStringLiteral("hwm_kb")));
    Row r{figure,
          QStringLiteral("VmHWM %1 (%2 with the window shown; %3 rows in %4)")
              .arg(mb(hwm), mb(double(v.value(QStringLiteral("hwm_before_kb")))))
              .arg(v.value(QStringLiteral("rows")))
              .arg(ms(double(v.value(QStringLiteral("elapsed_ms"))))),
          QString(),
          QString(),
          target,
          hwm < 250 * 1024,
          QString()};
    const QString sql = ListQuery::pageSql(ListSpec(ListKind::Accounts), 0, Qt::AscendingOrder, false);
    QString full = sql;
    if (full.endsWith(QLatin1String(" LIMIT ?")))
        full.chop(8);
    const ShellTimes shell = runShellTimed(b.sqlite3, b.db, shellSetup(), {full + QLatin1Char(';')});
    if (shell.error.isEmpty()) {
        r.baseline = QStringLiteral("max RSS %1 (the shell streaming the same rows, in %2)").arg(mb(double(shell.child.maxRssKb)), ms(shell.ms.value(0)));
        r.ratio = ratio(hwm, double(shell.child.maxRssKb));
    } else {
        r.baseline = QStringLiteral("error");
        r.note = shell.error;
    }
    rows->append(r);
}

} // namespace

} // namespace rapport::bench

int main(int argc, char **argv)
{
    using namespace rapport;
    using namespace rapport::bench;
    // The app's first-paint probe must not fire in this process.
    qunsetenv("RAPPORT_BENCH_T0");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Desktop client benchmarks, each beside the sqlite3 shell running the SQL the app ran."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file (not changed)."), QStringLiteral("FILE"));
    const QCommandLineOption rapportExe(QStringLiteral("rapport"), QStringLiteral("The rapport executable (start figure)."), QStringLiteral("PATH"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"),
                                     QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Samples per figure."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption scroll(QStringLiteral("scroll"), QStringLiteral("Internal: the scroll child process."));
    p.addOptions({db, rapportExe, sqlite3, rounds, scroll});
    p.process(app);
    if (!p.isSet(db)) {
        QTextStream(stderr) << "rapport_ui_bench: --db FILE is required\n";
        return 2;
    }
    if (p.isSet(scroll))
        return uiScrollChild(p.value(db));

    Bench b;
    b.db = p.value(db);
    b.sqlite3 = p.value(sqlite3);
    b.rapport = p.value(rapportExe);
    b.self = QCoreApplication::applicationFilePath();
    b.rounds = qMax(1, p.value(rounds).toInt());
    b.progress = [](const QString &line) { QTextStream(stderr) << line << "\n"; };

    QList<Row> rows;
    if (!b.rapport.isEmpty())
        benchStart(b, &rows);
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        Capture capture;
        StoreError e;
        auto store = Store::open(b.db, Store::OpenMode::ExistingOnly, &e);
        if (!store) {
            QTextStream(stderr) << e.message << "\n";
            return 1;
        }
        const QStringList words = searchWords(*store, 12);
        AppContext context(*store);
        DesktopSession session(context);
        MainWindow &window = *session.window();
        window.resize(1280, 800);
        window.show();
        settle(window);
        b.progress(QStringLiteral("page switches …"));
        benchPageSwitch(b, context, window, capture, &rows);
        b.progress(QStringLiteral("keystrokes …"));
        benchKeystrokes(b, window, capture, words, &rows);
    }
    benchScroll(b, &rows);
    QTextStream(stdout) << markdownTable(rows) << "\n";
    return 0;
}
