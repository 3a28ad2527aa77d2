#pragma once
#include <QList>
#include <QString>
#include <QStringList>

class QTableWidget;

namespace rapport {

// A column of a dashboard's read-only table: figures are right-aligned.
struct TableColumn {
    QString header;
    bool figure = false;
};

// Fills a dashboard's table (customers at risk, affinity pairs, campaigns,
// owners, repeated complaints) with rows of display text, one cell per
// column, replacing what it showed; `boldRow` (a total) is set in bold.
// The numbers behind it go to the card's DataTable, which may hold more.
void fillResultTable(QTableWidget *table, const QList<TableColumn> &columns, const QList<QStringList> &rows, int boldRow = -1);

} // namespace rapport
