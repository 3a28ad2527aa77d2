#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rapport {

// The numbers behind one chart, as the CSV export writes them: a header row
// and rows of values. Numbers stay numbers (written with a dot and full
// precision, whatever the UI language), text is quoted where it must be.
struct DataTable {
    QStringList headers;
    QList<QVariantList> rows;

    QByteArray toCsv() const;
    // Writes the file atomically (QSaveFile); returns an error message or empty.
    QString writeCsv(const QString &path) const;
};

} // namespace rapport
