#pragma once
#include <QDialog>

class QComboBox;

namespace rapport {

// Preferences: the UI language (System, English, 简体中文, 繁體中文) and the
// appearance (follow the system, light, dark). The choices are kept in
// QSettings; the main window rebuilds itself in a new language, and a new
// appearance applies at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" for the system's language, else a code of availableLanguages().
    QString chosenLanguage() const;
    QComboBox *languageBox() const { return m_language; }
    // A mode of appearanceModes().
    QString chosenAppearance() const;
    QComboBox *appearanceBox() const { return m_appearance; }

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
};

} // namespace rapport
