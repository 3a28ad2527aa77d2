#pragma once
#include <QDialog>

class QComboBox;

namespace rapport {

// Preferences: the UI language (System, English, 简体中文, 繁體中文). The choice
// is kept in QSettings; the main window rebuilds itself in the new language.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" for the system's language, else a code of availableLanguages().
    QString chosenLanguage() const;
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language = nullptr;
};

} // namespace rapport
