#pragma once
#include <QString>

namespace rapport {

// The digits of a phone number in any format: "+86 138-0013 8000" → "8613800138000".
// Search indexes these so that typing any run of digits finds the number,
// whatever spaces, dashes or brackets it was written with.
QString phoneDigits(const QString &phone);

} // namespace rapport
