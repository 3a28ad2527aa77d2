#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rapport {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = QStringLiteral("en");
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString resolveLanguage(const QString &requested)
{
    auto normalise = [](QString code) -> QString {
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (availableLanguages().contains(code))
            return code;
        const QLocale l(code);
        if (l.language() == QLocale::Chinese) {
            const bool traditional = l.script() == QLocale::TraditionalChineseScript || l.territory() == QLocale::Taiwan
                                     || l.territory() == QLocale::HongKong || l.territory() == QLocale::Macao;
            return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        }
        if (l.language() == QLocale::English || code.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
        return {};
    };
    if (!requested.isEmpty())
        return normalise(requested);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (!chosen.isEmpty())
        if (const QString c = normalise(chosen); !c.isEmpty())
            return c;
    const QString system = normalise(QLocale::system().name());
    return system.isEmpty() ? QStringLiteral("en") : system;
}

bool installTranslations(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_app = new QTranslator;
    if (g_app->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(code)))
        QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator;
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    // Dates and numbers follow the language chosen, except that English
    // keeps the system's formats (an English UI in Germany keeps 24.12.2026).
    if (code != QLatin1String("en"))
        QLocale::setDefault(QLocale(code));
    else
        QLocale::setDefault(QLocale::system().language() == QLocale::Chinese ? QLocale(QStringLiteral("en_US")) : QLocale::system());
    g_current = code;
    return true;
}

QString currentLanguage()
{
    return g_current;
}

} // namespace rapport
