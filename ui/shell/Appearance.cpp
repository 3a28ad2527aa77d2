#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace rapport {

namespace {

QPalette darkPalette()
{
    // Fusion's roles in dark greys, with a blue that keeps contrast on both
    // the window and the base colour (text 15:1, links 5:1).
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x20, 0x23), text(0xe8, 0xea, 0xed), mid(0x5f, 0x63, 0x68);
    const QColor highlight(0x3d, 0x7e, 0xd6), disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

QStringList appearanceModes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString appearanceName(const QString &mode)
{
    if (mode == QLatin1String("light"))
        return QApplication::translate("Appearance", "Light");
    if (mode == QLatin1String("dark"))
        return QApplication::translate("Appearance", "Dark");
    return QApplication::translate("Appearance", "Follow the system");
}

QString resolveAppearance(const QString &requested)
{
    if (appearanceModes().contains(requested))
        return requested;
    const QString saved = QSettings().value(QStringLiteral("appearance")).toString();
    return appearanceModes().contains(saved) ? saved : QStringLiteral("system");
}

bool applyAppearance(const QString &mode)
{
    static const QString systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    if (!appearanceModes().contains(mode))
        return false;
    if (mode == QLatin1String("system")) {
        if (QStyle *s = QStyleFactory::create(systemStyle))
            QApplication::setStyle(s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return true;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    return true;
}

} // namespace rapport
