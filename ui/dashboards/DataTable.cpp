#include "DataTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace rapport {

namespace {

QString csvField(const QVariant &v)
{
    QString text;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(v.toDouble(), 'g', 15);
        break;
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate);
        break;
    default:
        text = v.toString();
    }
    // RFC 4180: quote fields with separators, quotes or line breaks.
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QByteArray DataTable::toCsv() const
{
    QString out;
    QStringList line;
    for (const QString &h : headers)
        line << csvField(h);
    out += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QVariantList &row : rows) {
        line.clear();
        for (const QVariant &v : row)
            line << csvField(v);
        out += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    // A byte-order mark so that spreadsheet programs read Chinese names as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString DataTable::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv()) < 0 || !file.commit())
        return QCoreApplication::translate("DataTable", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace rapport
