#include "AppIcon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace rapport {

QImage renderAppIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0); // drawn in the SVG's 256×256 units
    p.setPen(Qt::NoPen);

    QLinearGradient bg(0, 8, 0, 248);
    bg.setColorAt(0, QColor(0x2f, 0x7d, 0xd1));
    bg.setColorAt(1, QColor(0x1b, 0x4f, 0x8f));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);

    // The speech bubble with its tail at the lower left.
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(32, 64, 192, 120), 16, 16);
    QPainterPath tail;
    tail.moveTo(84, 182);
    tail.lineTo(120, 182);
    tail.lineTo(84, 216);
    tail.closeSubpath();
    p.setBrush(QColor(255, 255, 255, 242));
    p.drawPath(bubble.united(tail));

    // Two people facing each other.
    const struct {
        qreal x;
        QColor colour;
    } people[] = {{100, QColor(0x2f, 0x7d, 0xd1)}, {158, QColor(0xf2, 0x9d, 0x38)}};
    for (const auto &person : people) {
        p.setBrush(person.colour);
        p.drawEllipse(QPointF(person.x, 104), 18, 18);
        QPainterPath body;
        body.moveTo(person.x - 32, 164);
        body.arcTo(QRectF(person.x - 32, 136, 64, 56), 180, -180);
        body.closeSubpath();
        p.drawPath(body);
    }
    return image;
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(renderAppIcon(size)));
    return icon;
}

} // namespace rapport
