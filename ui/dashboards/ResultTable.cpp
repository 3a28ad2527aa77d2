#include "ResultTable.h"

#include <QTableWidget>

namespace rapport {

void fillResultTable(QTableWidget *table, const QList<TableColumn> &columns, const QList<QStringList> &rows, int boldRow)
{
    QStringList headers;
    for (const TableColumn &c : columns)
        headers << c.header;
    table->clear();
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < int(columns.size()) && c < int(rows[r].size()); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (columns[c].figure)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == boldRow) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace rapport
