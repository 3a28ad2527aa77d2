// rapportctl: the store from the command line, for scripts and administrators.
#include "ctl/CtlCommands.h"
#include "ctl/CtlSupport.h"

#include <QCoreApplication>
#include <functional>
#include <map>

using namespace rapport;

namespace {
// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rapportctl)
};

void usage(QTextStream &s)
{
    s << Text::tr("Usage: rapportctl --db FILE COMMAND [options]\n\n"
            "Commands:\n"
            "  generate --accounts N [--seed S]  fill an empty store with demo data\n"
            "  stats                             record counts per entity as JSON\n"
            "  search TEXT                       matching records as JSON lines\n"
            "  export --format jsonl [--output FILE]  every record (the backup format)\n"
            "  import --format jsonl FILE        restore a backup into an empty store\n"
            "  check                             integrity, references, search index, journal\n"
            "  analytics [--section NAME] [--as-of DATE] [--json]  customer analytics report\n\n"
            "rapportctl COMMAND --help describes a command.\n");
    s.flush();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapportctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));

    // Global options come before the command; everything after it is the command's.
    QStringList args = app.arguments().mid(1);
    QString db;
    QString command;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!command.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                ctl::err() << Text::tr("--db needs a file name.") << "\n";
                return 2;
            }
            db = args[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            db = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            usage(ctl::out());
            return 0;
        } else if (a.startsWith(QLatin1Char('-'))) {
            ctl::err() << Text::tr("Unknown option %1 before the command.").arg(a) << "\n";
            usage(ctl::err());
            return 2;
        } else {
            command = a;
        }
    }
    const std::map<QString, std::function<int(const QString &, const QStringList &)>> commands = {
        {QStringLiteral("generate"), ctl::generate}, {QStringLiteral("stats"), ctl::stats},
        {QStringLiteral("search"), ctl::search},     {QStringLiteral("export"), ctl::exportStore},
        {QStringLiteral("import"), ctl::importStore}, {QStringLiteral("check"), ctl::check},
        {QStringLiteral("analytics"), ctl::analytics},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        if (command.isEmpty())
            ctl::err() << Text::tr("No command given.") << "\n";
        else
            ctl::err() << Text::tr("Unknown command \"%1\".").arg(command) << "\n";
        usage(ctl::err());
        return 2;
    }
    const bool wantsHelp = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
    if (db.isEmpty() && !wantsHelp) {
        ctl::err() << Text::tr("No store given: use --db FILE.") << "\n";
        return 2;
    }
    const int code = it->second(db, rest);
    ctl::out().flush();
    ctl::err().flush();
    return code;
}
