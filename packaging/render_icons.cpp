// Build-time tool: writes Rapport's icon as PNGs at the given sizes
// (rapport-<size>.png) for the package's hicolor icon theme.
#include "core/AppIcon.h"

#include <QDir>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: rapport_render_icons OUTDIR SIZE...\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    for (int i = 2; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        if (size <= 0 || !rapport::renderAppIcon(size).save(QDir(dir).filePath(QStringLiteral("rapport-%1.png").arg(size)), "PNG")) {
            std::fprintf(stderr, "rapport_render_icons: cannot write the %s px icon\n", argv[i]);
            return 1;
        }
    }
    return 0;
}
