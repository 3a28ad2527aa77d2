#pragma once
#include <QString>

namespace rapport {

// The stored values of enumerated fields (account types, activity kinds,
// statuses, priorities, channels, roles) are English words, the same in every
// language so that sync, exports and filters never depend on the UI
// language. This is how they are shown: translated in the context
// "Vocabulary", and capitalised; unknown values are shown as stored.
QString vocabularyLabel(const QString &value);

} // namespace rapport
