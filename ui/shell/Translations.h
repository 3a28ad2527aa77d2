#pragma once
#include <QString>
#include <QStringList>

namespace rapport {

// The UI languages Rapport ships: "en", "zh_CN", "zh_TW".
QStringList availableLanguages();
// The language's own name ("简体中文").
QString languageName(const QString &code);
// Which language to use: an explicit code (--lang) if given, else the one
// chosen in Preferences, else the system locale's (zh_HK/zh_MO and Hant
// scripts map to zh_TW, other Chinese to zh_CN), else English.
QString resolveLanguage(const QString &requested);
// Installs Rapport's and Qt's own translations for `code`, replacing those
// installed before, and makes it the default QLocale. False if `code` is not
// one of availableLanguages().
bool installTranslations(const QString &code);
QString currentLanguage();

} // namespace rapport
