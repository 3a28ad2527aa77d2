#pragma once
#include <QString>
#include <QStringList>

namespace rapport {

// The outcomes users pick most often when they complete an activity, per
// kind. Like every enumerated value they are stored as English words
// ("left voicemail"), the same in every language, and shown translated; an
// outcome typed by the user is stored and shown as typed.
QStringList commonOutcomes(const QString &kind);
QString outcomeLabel(const QString &outcome);
// The stored value for what the user chose or typed: a common outcome's
// English word when the text is its label, else the text itself (trimmed).
QString outcomeFromText(const QString &kind, const QString &text);

} // namespace rapport
