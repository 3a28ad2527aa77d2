#pragma once
#include <QString>
#include <QStringList>

namespace rapport::demo {

// Compact JSON text written directly: the generator makes millions of small
// lists and objects, and building QJsonDocuments for them costs more than the
// inserts. The output is what QJsonDocument::toJson(Compact) writes for the
// same value (object keys in sorted order, non-ASCII as UTF-8), so a record
// reads back and re-encodes to the same text.
inline void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            switch (u) {
            case u'\n': out += QLatin1String("\\n"); break;
            case u'\t': out += QLatin1String("\\t"); break;
            case u'\r': out += QLatin1String("\\r"); break;
            case u'\b': out += QLatin1String("\\b"); break;
            case u'\f': out += QLatin1String("\\f"); break;
            default:
                out += QLatin1String("\\u00");
                out += QLatin1Char(hex[u >> 4]);
                out += QLatin1Char(hex[u & 0xF]);
            }
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

inline QString jsonStringArray(const QStringList &items)
{
    QString out = QStringLiteral("[");
    for (const QString &s : items) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        appendJsonString(out, s);
    }
    out += QLatin1Char(']');
    return out;
}

// Emails and phones: [{"type":"work","value":"…"}, …]
class TypedValues {
public:
    void add(const QString &type, const QString &value)
    {
        m_text += m_text.isEmpty() ? QLatin1String("[{\"type\":") : QLatin1String(",{\"type\":");
        appendJsonString(m_text, type);
        m_text += QLatin1String(",\"value\":");
        appendJsonString(m_text, value);
        m_text += QLatin1Char('}');
    }
    QString text() const { return m_text.isEmpty() ? QString() : m_text + QLatin1Char(']'); }

private:
    QString m_text;
};

} // namespace rapport::demo
