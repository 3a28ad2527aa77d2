#pragma once
#include "fields/FieldWidget.h"
#include "domain/OrderLine.h"
#include "store/queries/ProductCatalogue.h"

#include <QList>

class QLabel;
class QTableWidget;

namespace rapport {

// An order's lines as a grid: product (from the catalogue), quantity (a
// negative quantity is a return), unit price and discount in the order's
// currency, and the line's net; the order's total below. Picking a product
// fills in its list price when it is in the order's currency. Each cell is
// checked in place; the first problem names its line.
class OrderLinesEdit : public FieldWidget {
    Q_OBJECT
public:
    explicit OrderLinesEdit(QWidget *parent = nullptr);

    void setCatalogue(const QList<ProductCatalogue::Item> &products);
    void chooseProduct(int row, const QString &productId);
    void setCurrency(const QString &currency);
    int addLine(); // returns its row
    void removeLine(int row);
    int lineCount() const;

    // The grid's lines; a cell that cannot be read leaves its field 0 (problem() says why).
    QList<OrderLine> lines() const;
    // Net of all lines in minor units (lines that cannot be read count 0).
    qint64 total() const;

    QTableWidget *table() const { return m_table; }
    QString problem() const override;

protected:
    void refreshError() override;

private:
    void productChosen(int row);
    void refreshTotals();
    QString lineProblem(int row) const;
    std::optional<qint64> amountIn(int row, int column, bool optional) const;

    QList<ProductCatalogue::Item> m_products;
    QString m_currency;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapport
