#include "shell/Appearance.h"
#include "shell/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPalette>
#include <QSettings>
#include <gtest/gtest.h>

using namespace rapport;

TEST(Appearance, DarkAndLightPalettesAndTheSavedChoice)
{
    ASSERT_TRUE(applyAppearance(QStringLiteral("dark")));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    EXPECT_GT(QApplication::palette().color(QPalette::Text).lightness(), 128);
    ASSERT_TRUE(applyAppearance(QStringLiteral("light")));
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    EXPECT_FALSE(applyAppearance(QStringLiteral("purple")));
    ASSERT_TRUE(applyAppearance(QStringLiteral("system")));

    // --appearance wins; otherwise Preferences' saved choice; otherwise the system.
    QSettings().remove(QStringLiteral("appearance"));
    EXPECT_EQ(resolveAppearance(QString()), QStringLiteral("system"));
    QSettings().setValue(QStringLiteral("appearance"), QStringLiteral("dark"));
    EXPECT_EQ(resolveAppearance(QString()), QStringLiteral("dark"));
    EXPECT_EQ(resolveAppearance(QStringLiteral("light")), QStringLiteral("light"));
    EXPECT_EQ(resolveAppearance(QStringLiteral("nonsense")), QStringLiteral("dark"));
    PreferencesDialog dialog;
    EXPECT_EQ(dialog.appearanceBox()->count(), 3);
    EXPECT_EQ(dialog.chosenAppearance(), QStringLiteral("dark"));
    QSettings().remove(QStringLiteral("appearance"));
}
