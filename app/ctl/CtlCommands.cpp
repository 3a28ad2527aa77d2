#include "CtlCommands.h"

#include "CtlSupport.h"
#include "demo/DataGenerator.h"
#include "store/JsonlBackup.h"
#include "store/SearchQuery.h"
#include "store/StoreChecker.h"
#include "store/StoreStatistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::ctl {

namespace {
// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rapportctl)
};

QByteArray jsonLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

int generate(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption accounts(QStringLiteral("accounts"), Text::tr("Number of accounts (contacts, activities, orders … scale with it)."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Random seed; the same seed gives the same data."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    p.addOption(accounts);
    p.addOption(seed);
    int code = 0;
    if (!parseCommand(p, QStringLiteral("generate"), Text::tr("Fill an empty store with realistic, deterministic demo data."), args, &code))
        return code;
    bool ok = false;
    const int n = p.value(accounts).toInt(&ok);
    if (!ok || n < 1) {
        err() << Text::tr("--accounts needs a positive whole number, got \"%1\".").arg(p.value(accounts)) << "\n";
        return 2;
    }
    const quint64 s = p.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << Text::tr("--seed needs a whole number, got \"%1\".").arg(p.value(seed)) << "\n";
        return 2;
    }
    auto store = openStore(db, Store::OpenMode::CreateIfMissing);
    if (!store)
        return 1;
    GeneratorOptions options;
    options.accounts = n;
    options.seed = s;
    QElapsedTimer timer;
    timer.start();
    QString lastPhase;
    qint64 lastReport = 0;
    const Status st = DataGenerator().run(*store, options, [&](const QString &phase, qint64 done, qint64 total) {
        if (phase != lastPhase || timer.elapsed() - lastReport > 500 || done == total) {
            err() << QStringLiteral("\r%1: %2/%3   ").arg(phase).arg(done).arg(total);
            err().flush();
            lastPhase = phase;
            lastReport = timer.elapsed();
        }
        return true;
    });
    err() << "\n";
    if (!st) {
        err() << st.error().message << "\n";
        return 1;
    }
    err() << Text::tr("Generated %1 accounts in %2 s.").arg(n).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << "\n";
    return 0;
}

int stats(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseCommand(p, QStringLiteral("stats"), Text::tr("Print the number of live records per entity as JSON."), args, &code))
        return code;
    auto store = openStore(db, Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    auto counts = recordCounts(*store);
    if (!counts) {
        err() << counts.error().message << "\n";
        return 1;
    }
    QJsonObject o;
    for (const auto &c : *counts)
        o.insert(c.first, c.second);
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return 0;
}

int search(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("Most results to print."), QStringLiteral("N"), QStringLiteral("50"));
    p.addOption(limit);
    p.addPositionalArgument(QStringLiteral("text"), Text::tr("What to look for: any part of a name, email, phone, city, tag or note."));
    int code = 0;
    if (!parseCommand(p, QStringLiteral("search"), Text::tr("Search every record; one JSON object per line."), args, &code))
        return code;
    if (p.positionalArguments().isEmpty()) {
        err() << Text::tr("search needs the text to look for.") << "\n";
        return 2;
    }
    auto store = openStore(db, Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    auto hits = SearchQuery(*store).run(p.positionalArguments().join(QLatin1Char(' ')), p.value(limit).toInt());
    if (!hits) {
        err() << hits.error().message << "\n";
        return 1;
    }
    for (const SearchHit &h : *hits)
        out() << jsonLine({{QStringLiteral("entity"), h.entity}, {QStringLiteral("id"), h.id}, {QStringLiteral("title"), h.title},
                           {QStringLiteral("tier"), h.tier}})
              << "\n";
    return 0;
}

int exportStore(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("Export format: jsonl (the backup format)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("jsonl"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    p.addOption(format);
    p.addOption(output);
    int code = 0;
    if (!parseCommand(p, QStringLiteral("export"), Text::tr("Export every record, one JSON object per line, in a stable order."), args, &code))
        return code;
    if (p.value(format) != QLatin1String("jsonl")) {
        err() << Text::tr("Unknown format \"%1\"; this version exports jsonl.").arg(p.value(format)) << "\n";
        return 2;
    }
    auto store = openStore(db, Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    QFile file;
    if (p.isSet(output)) {
        file.setFileName(p.value(output));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << Text::tr("Cannot write %1: %2").arg(p.value(output), file.errorString()) << "\n";
            return 1;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        err() << Text::tr("Cannot write to standard output.") << "\n";
        return 1;
    }
    const Status s = JsonlExporter(*store).write(file);
    file.close();
    if (!s) {
        err() << s.error().message << "\n";
        return 1;
    }
    return 0;
}

int importStore(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("Import format: jsonl (a backup made by export)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("jsonl"));
    p.addOption(format);
    p.addPositionalArgument(QStringLiteral("file"), Text::tr("The file to import."));
    int code = 0;
    if (!parseCommand(p, QStringLiteral("import"), Text::tr("Restore a backup into a new, empty store; all or nothing."), args, &code))
        return code;
    if (p.value(format) != QLatin1String("jsonl")) {
        err() << Text::tr("Unknown format \"%1\"; this version imports jsonl.").arg(p.value(format)) << "\n";
        return 2;
    }
    if (p.positionalArguments().size() != 1) {
        err() << Text::tr("import needs exactly one file.") << "\n";
        return 2;
    }
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << "\n";
        return 1;
    }
    auto store = openStore(db, Store::OpenMode::CreateIfMissing);
    if (!store)
        return 1;
    const Status s = JsonlImporter(*store).read(file);
    if (!s) {
        err() << file.fileName() << ": " << s.error().message << "\n" << Text::tr("Nothing was imported.") << "\n";
        return 1;
    }
    return 0;
}

int check(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parseCommand(p, QStringLiteral("check"), Text::tr("Check the store: integrity, references, search index and journal."), args, &code))
        return code;
    // check reports on damaged files too, so it validates without refusing:
    // the validation message is the first problem.
    const StoreError pre = validateStoreFile(db);
    if (pre.isError()) {
        out() << Text::tr("PROBLEM: %1").arg(pre.message) << "\n";
        return 1;
    }
    auto store = openStore(db, Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    const CheckReport r = StoreChecker(*store).run();
    for (const QString &c : r.checked)
        out() << Text::tr("checked: %1").arg(c) << "\n";
    for (const QString &problem : r.problems)
        out() << Text::tr("PROBLEM: %1").arg(problem) << "\n";
    out() << (r.ok() ? Text::tr("The store is healthy.") : QCoreApplication::translate("rapportctl", "%n problem(s) found.", nullptr, int(r.problems.size()))) << "\n";
    return r.ok() ? 0 : 1;
}

} // namespace rapport::ctl
