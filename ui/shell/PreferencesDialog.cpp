#include "PreferencesDialog.h"

#include "Appearance.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>

namespace rapport {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(QStringLiteral("language")).toString())));
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceBox"));
    for (const QString &mode : appearanceModes())
        m_appearance->addItem(appearanceName(mode), mode);
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(resolveAppearance(QString()))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Appearance"), m_appearance);
    form->addRow(buttons);
}

QString PreferencesDialog::chosenAppearance() const
{
    return m_appearance->currentData().toString();
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

} // namespace rapport
