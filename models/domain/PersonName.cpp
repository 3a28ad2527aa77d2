#include "PersonName.h"

namespace rapport {

bool containsCjk(const QString &text)
{
    for (QChar c : text) {
        const ushort u = c.unicode();
        // CJK Unified Ideographs (+ Extension A), compatibility ideographs,
        // Hiragana/Katakana and Hangul syllables. Surrogates (Extension B+)
        // count too: they appear in rare Chinese family names.
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7AF) || c.isHighSurrogate())
            return true;
    }
    return false;
}

QString personDisplayName(const QString &given, const QString &family)
{
    const QString g = given.trimmed();
    const QString f = family.trimmed();
    if (g.isEmpty())
        return f;
    if (f.isEmpty())
        return g;
    if (containsCjk(f) || containsCjk(g))
        return f + g;
    return g + QLatin1Char(' ') + f;
}

QString foldForSort(const QString &text)
{
    // NFKD then drop combining marks: "Zoë" → "zoe", full-width "ＡＢ" → "ab".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    return out.simplified();
}

QString personSortKey(const QString &given, const QString &family, const QString &romanised)
{
    if (!romanised.trimmed().isEmpty())
        return foldForSort(romanised);
    const QString f = family.trimmed();
    const QString g = given.trimmed();
    if (f.isEmpty())
        return foldForSort(g);
    return foldForSort(g.isEmpty() ? f : f + QLatin1Char(' ') + g);
}

} // namespace rapport
