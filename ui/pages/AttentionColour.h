#pragma once
#include <QColor>

class QPalette;

namespace rapport {

// The colour of what needs the user's attention (an overdue task, a field's
// error): a red that reads well on the palette's base colour, darker on light
// themes and lighter on dark ones, instead of one fixed red that glares on
// dark backgrounds and is faint on light ones.
QColor attentionColour(const QPalette &palette);

} // namespace rapport
