#include "AttentionColour.h"

#include <QPalette>

namespace rapport {

QColor attentionColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace rapport
