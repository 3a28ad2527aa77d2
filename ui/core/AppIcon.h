#pragma once
#include <QIcon>
#include <QImage>

namespace rapport {

// Rapport's icon (resources/icons/rapport.svg), drawn with QPainter so that
// neither the app nor the packaging needs an SVG renderer: the window icon,
// and the PNGs installed at the usual sizes (packaging/).
QImage renderAppIcon(int size);
QIcon appIcon();

} // namespace rapport
