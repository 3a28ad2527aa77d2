#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// GUI tests: a QApplication on the platform ctest sets (offscreen), with
// QSettings and data folders in a test-only location so a developer's own
// Rapport settings are neither read nor overwritten.
int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTests"));
    QCoreApplication::setApplicationName(QStringLiteral("RapportTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
