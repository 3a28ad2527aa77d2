#include "AnalyticsReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace rapport::ctl {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rapportctl)
};
} // namespace

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

JsonReportWriter::JsonReportWriter()
{
    m_stack.push_back({QString(), QJsonObject()});
}

void JsonReportWriter::beginSection(const char *key, const QString &)
{
    m_stack.push_back({QString::fromLatin1(key), QJsonObject()});
}

void JsonReportWriter::endSection()
{
    close();
}

void JsonReportWriter::beginGroup(const char *key, const QString &)
{
    m_stack.push_back({QString::fromLatin1(key), QJsonObject()});
}

void JsonReportWriter::endGroup()
{
    close();
}

void JsonReportWriter::close()
{
    if (m_stack.size() < 2)
        return;
    auto [key, object] = m_stack.back();
    m_stack.pop_back();
    m_stack.back().second.insert(key, object);
}

void JsonReportWriter::field(const char *key, const QString &, const QJsonValue &value, Format)
{
    m_stack.back().second.insert(QString::fromLatin1(key), value);
}

void JsonReportWriter::table(const char *key, const QString &, const QList<ReportColumn> &columns, const std::vector<QJsonArray> &rows)
{
    QJsonArray out;
    for (const QJsonArray &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            o.insert(QString::fromLatin1(columns[i].key), row[i]);
        out.append(o);
    }
    m_stack.back().second.insert(QString::fromLatin1(key), out);
}

void JsonReportWriter::note(const char *key, const QString &text)
{
    m_stack.back().second.insert(QString::fromLatin1(key), text);
}

void JsonReportWriter::jsonOnly(const char *key, const QJsonValue &value)
{
    m_stack.back().second.insert(QString::fromLatin1(key), value);
}

QString TextReportWriter::format(const QJsonValue &value, Format format)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    if (value.isBool())
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    if (!value.isDouble())
        return value.toString();
    const double v = value.toDouble();
    const QLocale c = QLocale::c();
    switch (format) {
    case Format::Count: return c.toString(qint64(std::llround(v)));
    case Format::Money: return c.toString(v, 'f', 2);
    case Format::Percent: return c.toString(100 * v, 'f', 1) + QStringLiteral(" %");
    case Format::Number: return c.toString(v, 'f', 4);
    case Format::Text: break;
    }
    return v == std::floor(v) && std::fabs(v) < 1e15 ? c.toString(qint64(v)) : c.toString(v, 'g', 6);
}

void TextReportWriter::beginSection(const char *, const QString &title)
{
    m_out << "\n== " << title << " ==\n";
    m_depth = 0;
}

void TextReportWriter::endSection()
{
    m_depth = 0;
}

void TextReportWriter::beginGroup(const char *, const QString &title)
{
    m_out << indent() << title << ":\n";
    ++m_depth;
}

void TextReportWriter::endGroup()
{
    m_depth = std::max(0, m_depth - 1);
}

void TextReportWriter::field(const char *, const QString &label, const QJsonValue &value, Format f)
{
    m_out << indent() << label << ": " << format(value, f) << "\n";
}

namespace {

// Columns on a terminal: Chinese characters (and other East Asian wide and
// full-width forms) take two cells, combining marks none; counting QChars
// would misalign every table with a Chinese name in it.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;  // combining marks, zero-width joiners, direction marks
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE4F)
                          || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                          || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width, bool left)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return left ? text + fill : fill + text;
}

} // namespace

void TextReportWriter::table(const char *, const QString &title, const QList<ReportColumn> &columns, const std::vector<QJsonArray> &rows)
{
    if (!title.isEmpty())
        m_out << indent() << title << ":\n";
    // Widths from the heading and every cell; text left, numbers right.
    std::vector<QStringList> cells;
    std::vector<int> width(size_t(columns.size()), 0);
    for (qsizetype i = 0; i < columns.size(); ++i)
        width[size_t(i)] = displayWidth(columns[i].label);
    for (const QJsonArray &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line << format(i < row.size() ? row[i] : QJsonValue(), columns[i].format);
            width[size_t(i)] = std::max(width[size_t(i)], displayWidth(line.back()));
        }
        cells.push_back(line);
    }
    auto print = [&](const QStringList &line) {
        QString s = indent();
        for (qsizetype i = 0; i < line.size(); ++i) {
            s += padded(line[i], width[size_t(i)], columns[i].format == Format::Text);
            if (i + 1 < line.size())
                s += QStringLiteral("  ");
        }
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        m_out << s << "\n";
    };
    QStringList heading;
    for (const ReportColumn &c : columns)
        heading << c.label;
    print(heading);
    for (const QStringList &line : cells)
        print(line);
    if (rows.empty())
        m_out << indent() << "-\n";
}

void TextReportWriter::note(const char *, const QString &text)
{
    m_out << indent() << text << "\n";
}

} // namespace rapport::ctl
