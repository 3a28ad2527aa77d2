#pragma once
#include <QString>
#include <QStringList>

namespace rapport {

// Light or dark colours. "system" keeps the platform's style and palette
// (which follow the desktop's light or dark setting where the platform theme
// reports it); "light" and "dark" use Qt's Fusion style with a light or a dark
// palette, for desktops whose theme Qt cannot read. Every colour Rapport
// paints itself derives from the palette (AttentionColour, FieldWidget, …).
// The choice is kept in QSettings ("appearance"); --appearance overrides it
// for one run.
QStringList appearanceModes(); // "system", "light", "dark"
QString appearanceName(const QString &mode); // translated, for Preferences
// Which mode to use: the requested one if valid, else the saved one, else "system".
QString resolveAppearance(const QString &requested);
// Applies the mode to the running application; false for an unknown mode.
bool applyAppearance(const QString &mode);

} // namespace rapport
