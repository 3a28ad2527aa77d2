#include "OrderLinesEdit.h"

#include "domain/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum Column { ProductColumn, QuantityColumn, PriceColumn, DiscountColumn, NetColumn, ColumnCount };
}

OrderLinesEdit::OrderLinesEdit(QWidget *parent) : FieldWidget(parent)
{
    setObjectName(QStringLiteral("orderLines"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Net")});
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add &line"), this);
    add->setObjectName(QStringLiteral("addLine"));
    auto *remove = new QPushButton(tr("&Remove line"), this);
    remove->setObjectName(QStringLiteral("removeLine"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addLine();
        m_table->setCurrentCell(row, ProductColumn);
        if (QWidget *w = m_table->cellWidget(row, ProductColumn))
            w->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeLine(m_table->currentRow());
    });
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_error = makeErrorLabel(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
}

namespace {
void fillProducts(QComboBox *box, const QList<ProductCatalogue::Item> &products)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(OrderLinesEdit::tr("Choose a product"), QString());
    for (const ProductCatalogue::Item &p : products)
        box->addItem(p.code.isEmpty() ? p.name : QStringLiteral("%1 · %2").arg(p.code, p.name), p.id);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}
} // namespace

void OrderLinesEdit::setCatalogue(const QList<ProductCatalogue::Item> &products)
{
    m_products = products;
    // Lines already there keep their choice and offer the new products too.
    for (int r = 0; r < m_table->rowCount(); ++r)
        fillProducts(static_cast<QComboBox *>(m_table->cellWidget(r, ProductColumn)), m_products);
}

void OrderLinesEdit::chooseProduct(int row, const QString &productId)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, ProductColumn));
    box->setCurrentIndex(qMax(0, box->findData(productId)));
}

void OrderLinesEdit::setCurrency(const QString &currency)
{
    m_currency = currency;
    refreshTotals();
    notifyChanged();
}

int OrderLinesEdit::addLine()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *product = new QComboBox(m_table);
    fillProducts(product, m_products);
    m_table->setCellWidget(row, ProductColumn, product);
    auto *quantity = new QSpinBox(m_table);
    quantity->setRange(-999999, 999999);
    quantity->setValue(1);
    m_table->setCellWidget(row, QuantityColumn, quantity);
    for (int column : {int(PriceColumn), int(DiscountColumn)}) {
        auto *amount = new QLineEdit(m_table);
        amount->setAlignment(Qt::AlignRight);
        amount->setPlaceholderText(column == DiscountColumn ? tr("none") : QString());
        m_table->setCellWidget(row, column, amount);
        connect(amount, &QLineEdit::textEdited, this, [this] {
            refreshTotals();
            notifyChanged();
        });
    }
    auto *net = new QTableWidgetItem;
    net->setFlags(Qt::ItemIsEnabled);
    net->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, NetColumn, net);
    connect(product, &QComboBox::currentIndexChanged, this, [this, product] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, ProductColumn) == product)
                productChosen(r);
    });
    connect(quantity, &QSpinBox::valueChanged, this, [this] {
        refreshTotals();
        notifyChanged();
    });
    refreshTotals();
    notifyChanged();
    return row;
}

void OrderLinesEdit::removeLine(int row)
{
    m_table->removeRow(row);
    refreshTotals();
    notifyChanged();
}

int OrderLinesEdit::lineCount() const
{
    return m_table->rowCount();
}

void OrderLinesEdit::productChosen(int row)
{
    const auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, ProductColumn));
    auto *price = static_cast<QLineEdit *>(m_table->cellWidget(row, PriceColumn));
    const QString id = box->currentData().toString();
    for (const ProductCatalogue::Item &p : std::as_const(m_products)) {
        // The list price only in the order's own currency: never converted.
        if (p.id == id && p.listPrice && p.currency == m_currency && price->text().trimmed().isEmpty())
            price->setText(formatMinorUnits(*p.listPrice, m_currency));
    }
    refreshTotals();
    notifyChanged();
}

std::optional<qint64> OrderLinesEdit::amountIn(int row, int column, bool optional) const
{
    const auto *edit = static_cast<const QLineEdit *>(m_table->cellWidget(row, column));
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return optional ? std::optional<qint64>(0) : std::nullopt;
    return parseMinorUnits(text, m_currency);
}

QString OrderLinesEdit::lineProblem(int row) const
{
    const int n = row + 1;
    const auto *box = static_cast<const QComboBox *>(m_table->cellWidget(row, ProductColumn));
    if (box->currentData().toString().isEmpty())
        return tr("Line %1 needs a product.").arg(n);
    if (static_cast<const QSpinBox *>(m_table->cellWidget(row, QuantityColumn))->value() == 0)
        return tr("Line %1: the quantity cannot be 0 (a negative quantity is a return).").arg(n);
    const auto *price = static_cast<const QLineEdit *>(m_table->cellWidget(row, PriceColumn));
    if (price->text().trimmed().isEmpty())
        return tr("Line %1 needs a unit price.").arg(n);
    const std::optional<qint64> unit = amountIn(row, PriceColumn, false);
    if (!unit || *unit < 0)
        return tr("Line %1: \"%2\" is not a price in %3.").arg(n).arg(price->text().trimmed(), m_currency);
    const std::optional<qint64> discount = amountIn(row, DiscountColumn, true);
    if (!discount || *discount < 0) {
        const auto *d = static_cast<const QLineEdit *>(m_table->cellWidget(row, DiscountColumn));
        return tr("Line %1: \"%2\" is not a discount in %3.").arg(n).arg(d->text().trimmed(), m_currency);
    }
    return {};
}

QString OrderLinesEdit::problem() const
{
    if (m_table->rowCount() == 0)
        return tr("An order needs at least one line.");
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (const QString p = lineProblem(r); !p.isEmpty())
            return p;
    return {};
}

QList<OrderLine> OrderLinesEdit::lines() const
{
    QList<OrderLine> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        OrderLine l;
        l.productId = static_cast<const QComboBox *>(m_table->cellWidget(r, ProductColumn))->currentData().toString();
        l.quantity = static_cast<const QSpinBox *>(m_table->cellWidget(r, QuantityColumn))->value();
        l.unitPrice = amountIn(r, PriceColumn, false).value_or(0);
        const qint64 discount = amountIn(r, DiscountColumn, true).value_or(0);
        if (discount != 0)
            l.discount = discount;
        out << l;
    }
    return out;
}

qint64 OrderLinesEdit::total() const
{
    qint64 sum = 0;
    for (const OrderLine &l : lines())
        sum += l.net();
    return sum;
}

void OrderLinesEdit::refreshTotals()
{
    const QList<OrderLine> all = lines();
    for (int r = 0; r < all.size(); ++r) {
        const bool readable = lineProblem(r).isEmpty();
        m_table->item(r, NetColumn)->setText(readable ? formatMoney(all[r].net(), m_currency)
                                                      : QString());
    }
    m_total->setText(m_currency.isEmpty() ? QString() : tr("Total: %1").arg(formatMoney(total(), m_currency)));
}

void OrderLinesEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
