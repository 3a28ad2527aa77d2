#include "PhoneDigits.h"

namespace rapport {

QString phoneDigits(const QString &phone)
{
    QString out;
    out.reserve(phone.size());
    for (QChar c : phone) {
        const int d = c.digitValue(); // also maps full-width digits
        if (d >= 0 && d <= 9)
            out += QChar(u'0' + d);
    }
    return out;
}

} // namespace rapport
