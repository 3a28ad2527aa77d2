#include "CtlSupport.h"

#include <QCoreApplication>

namespace rapport::ctl {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QString &description, const QStringList &args, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("rapportctl", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("rapportctl ") + command} + args)) {
        err() << parser.errorText() << "\n" << QCoreApplication::translate("rapportctl", "Try: rapportctl %1 --help").arg(command) << "\n";
        err().flush();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText().replace(QStringLiteral("Usage: rapportctl %1").arg(command),
                                           QStringLiteral("Usage: rapportctl --db FILE %1").arg(command));
        out().flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<Store> openStore(const QString &db, Store::OpenMode mode)
{
    if (db.isEmpty()) {
        err() << QCoreApplication::translate("rapportctl", "No store given: use --db FILE.") << "\n";
        err().flush();
        return nullptr;
    }
    StoreError e;
    std::unique_ptr<Store> s = Store::open(db, mode, &e);
    if (!s) {
        err() << e.message << "\n";
        err().flush();
    }
    return s;
}

} // namespace rapport::ctl
