#include "store/Store.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <cstdio>

using namespace rapport;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

QString defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/rapport.rapport");
}

void reportFatal(const QString &message)
{
    std::fprintf(stderr, "rapport: %s\n", message.toLocal8Bit().constData());
    // Headless runs (tests, --screenshot in CI) must not block on a dialog.
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, tr("Rapport"), message);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rapport, an offline-first CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open the store FILE (created if missing)."), tr("FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Save a picture of the main window to FILE (PNG) and quit."), tr("FILE"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultStorePath();
    StoreError error;
    std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::CreateIfMissing, &error);
    if (!store) {
        reportFatal(tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(path), error.message));
        return 1;
    }

    MainWindow window(*store);
    window.resize(1280, 800);
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.show();
        QCoreApplication::processEvents();
        if (!window.grab().save(file, "PNG")) {
            reportFatal(tr("Cannot save the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
