#include "core/AppContext.h"
#include "core/AppIcon.h"
#include "shell/Appearance.h"
#include "shell/DemoGeneration.h"
#include "shell/DesktopSession.h"
#include "shell/FirstPaintProbe.h"
#include "shell/FirstStartDialog.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"
#include "shell/Translations.h"
#include "store/Store.h"
#include "store/StoreStatistics.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace rapport;

namespace {

// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(main)
};

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rapport.rapport");
}

bool headless()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen") || QGuiApplication::platformName() == QLatin1String("minimal");
}

// A problem that stops the start: on stderr always, and in a dialog unless
// nobody could click it away (headless runs, --screenshots).
int fail(const QString &message, bool dialog)
{
    std::fprintf(stderr, "rapport: %s\n", message.toLocal8Bit().constData());
    if (dialog && !headless())
        QMessageBox::critical(nullptr, Text::tr("Rapport"), message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rapport.Rapport"));
    QApplication::setWindowIcon(appIcon());

    // The language first (from --lang, Preferences or the system), so that
    // even --help and the first dialogs speak it.
    QString langArg;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--lang")
            langArg = QString::fromLocal8Bit(argv[i + 1]);
    const QString language = resolveLanguage(langArg);
    if (language.isEmpty())
        return fail(QCoreApplication::translate("main", "Unknown language \"%1\"; Rapport speaks %2.")
                        .arg(langArg, availableLanguages().join(QStringLiteral(", "))),
                    false);
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Rapport, an offline-first CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Text::tr("Open the store FILE (created if missing)."), Text::tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), Text::tr("Open a fresh demo company in a temporary folder."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Text::tr("User interface language: en, zh_CN or zh_TW."), Text::tr("CODE"));
    const QCommandLineOption appearanceOption(QStringLiteral("appearance"),
                                              Text::tr("Colours for this run: system, light or dark (Preferences keeps a choice)."), Text::tr("MODE"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         Text::tr("Save a 1280×800 picture of every page into DIR and quit."), Text::tr("DIR"));
    parser.addOptions({dbOption, demoOption, langOption, appearanceOption, shotsOption});
    parser.process(app);
    if (parser.isSet(appearanceOption) && !appearanceModes().contains(parser.value(appearanceOption)))
        return fail(Text::tr("Unknown appearance \"%1\"; use system, light or dark.").arg(parser.value(appearanceOption)), false);
    applyAppearance(resolveAppearance(parser.value(appearanceOption)));
    if (parser.isSet(dbOption) && parser.isSet(demoOption))
        return fail(Text::tr("--db and --demo cannot be used together."), false);
    const bool screenshots = parser.isSet(shotsOption);

    QTemporaryDir demoDir;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultStorePath();
    if (parser.isSet(demoOption)) {
        if (!demoDir.isValid())
            return fail(Text::tr("Cannot create a temporary folder for the demo: %1").arg(demoDir.errorString()), true);
        path = demoDir.filePath(QStringLiteral("demo.rapport"));
    } else if (!parser.isSet(dbOption)) {
        QDir().mkpath(QFileInfo(path).absolutePath()); // the user's data folder, on first start
    }

    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::CreateIfMissing, &error);
    if (!store)
        return fail(Text::tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), error.message), !screenshots);

    const Result<bool> empty = storeIsEmpty(*store);
    bool makeDemo = parser.isSet(demoOption);
    if (!makeDemo && empty.ok() && *empty && store->meta(QStringLiteral("first_start")).isEmpty() && !screenshots && !headless()) {
        FirstStartDialog welcome;
        welcome.exec();
        makeDemo = welcome.choice() == FirstStartDialog::Choice::Demo;
        store->setMeta(QStringLiteral("first_start"), makeDemo ? QStringLiteral("demo") : QStringLiteral("empty"));
    }
    if (makeDemo && empty.ok() && *empty) {
        const QString problem = generateDemoCompany(*store, 400, headless() ? nullptr : QApplication::activeWindow());
        if (!problem.isEmpty() && parser.isSet(demoOption))
            return fail(Text::tr("Cannot create the demo company: %1").arg(problem), !screenshots);
    }

    AppContext context(*store);
    DesktopSession session(context);
    if (screenshots) {
        const QString problem = saveScreenshots(context, *session.window(), parser.value(shotsOption));
        return problem.isEmpty() ? 0 : fail(problem, false);
    }
    session.show();
    probeFirstPaint(*session.window()); // only under the start benchmark
    return app.exec();
}
