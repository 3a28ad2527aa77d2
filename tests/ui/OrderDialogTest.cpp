#include "core/AppContext.h"
#include "domain/Money.h"
#include "editors/Editors.h"
#include "editors/OrderDialog.h"
#include "editors/OrderEditor.h"
#include "editors/OrderLinesEdit.h"
#include "editors/ProductEditor.h"
#include "editors/fields/MoneyEdit.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "store/queries/ProductCatalogue.h"
#include "editors/fields/RecordPicker.h"
#include "store/AccountRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace rapport;

// The timeline's orders open this dialog: the order's lines with their net
// amounts (a discount off the line, a return as a negative quantity) and the total.
TEST(OrderDialog, ShowsTheLinesAndTheTotalOfAnOrder)
{
    test::TempStore ts;
    Account acme;
    acme.name = QStringLiteral("Acme Rösterei");
    const QString accountId = *AccountRepository(*ts).create(acme);
    Product beans;
    beans.name = QStringLiteral("Espresso beans 1 kg");
    beans.currency = QStringLiteral("EUR");
    const QString beansId = *ProductRepository(*ts).create(beans);
    Product cups;
    cups.name = QStringLiteral("Cups");
    cups.currency = QStringLiteral("EUR");
    const QString cupsId = *ProductRepository(*ts).create(cups);
    Order o;
    o.accountId = accountId;
    o.orderedAt = 1'700'000'000'000;
    o.currency = QStringLiteral("EUR");
    o.number = QStringLiteral("SO-1");
    o.channel = QStringLiteral("phone");
    OrderLine l1;
    l1.productId = beansId;
    l1.quantity = 3;
    l1.unitPrice = 20'00;
    l1.discount = 5'00; // 60.00 − 5.00 = 55.00
    OrderLine l2;
    l2.productId = cupsId;
    l2.quantity = -2; // a return
    l2.unitPrice = 4'50; // −9.00
    o.lines = {l1, l2};
    const Result<QString> id = OrderRepository(*ts).create(o);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    AppContext context(*ts);
    OrderDialog dialog(context, *id);
    ASSERT_TRUE(dialog.isValid());
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("SO-1")));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("orderLines"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Espresso beans 1 kg"));
    EXPECT_EQ(table->item(0, 4)->text(), formatMoney(55'00, QStringLiteral("EUR")));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Cups"));
    EXPECT_EQ(table->item(1, 4)->text(), formatMoney(-9'00, QStringLiteral("EUR")));
    EXPECT_EQ(table->item(2, 4)->text(), formatMoney(46'00, QStringLiteral("EUR")));

    // Opening an order from anywhere (the timeline) shows this dialog.
    QWidget parent;
    openRecordEditor(context, {QStringLiteral("order"), *id}, &parent);
    QApplication::processEvents();
    EXPECT_TRUE(parent.findChild<OrderDialog *>());
    // A missing order says so instead of showing an empty form.
    EXPECT_FALSE(OrderDialog(context, QStringLiteral("018bcfe5-6800-7000-8000-0000000000ff")).isValid());
}

// A new order from an account's page: Save waits for a product and a valid
// price on every line; the product's list price fills in; the order and its
// lines are stored as one undoable step.
TEST(OrderEditor, RecordsAnOrderWithItsLinesCheckedInPlace)
{
    test::TempStore ts;
    Account acme;
    acme.name = QStringLiteral("Acme Rösterei");
    const QString accountId = *AccountRepository(*ts).create(acme);
    Product beans;
    beans.name = QStringLiteral("Espresso beans 1 kg");
    beans.currency = QStringLiteral("EUR");
    beans.listPrice = 21'50;
    const QString beansId = *ProductRepository(*ts).create(beans);

    AppContext context(*ts);
    OrderEditor editor(context, QString());
    editor.prefill({QStringLiteral("account"), accountId});
    editor.currencyBox()->setCurrentText(QStringLiteral("EUR"));
    EXPECT_EQ(editor.accountField()->recordId(), accountId);
    QTableWidget *grid = editor.linesField()->table();
    ASSERT_EQ(grid->rowCount(), 1);
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.firstProblem().contains(QStringLiteral("Line 1 needs a product"))) << editor.firstProblem().toStdString();

    auto *product = static_cast<QComboBox *>(grid->cellWidget(0, 0));
    product->setCurrentIndex(product->findData(beansId));
    auto *price = static_cast<QLineEdit *>(grid->cellWidget(0, 2));
    EXPECT_EQ(price->text(), QStringLiteral("21.50")); // the list price, in the order's currency
    static_cast<QSpinBox *>(grid->cellWidget(0, 1))->setValue(2);
    auto *discount = static_cast<QLineEdit *>(grid->cellWidget(0, 3));
    discount->setText(QStringLiteral("x"));
    emit discount->textEdited(discount->text());
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.firstProblem().contains(QStringLiteral("not a discount"))) << editor.firstProblem().toStdString();
    discount->setText(QStringLiteral("3.00"));
    emit discount->textEdited(discount->text());
    EXPECT_EQ(editor.linesField()->total(), 2 * 21'50 - 3'00);
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();

    ASSERT_TRUE(editor.save());
    const std::optional<Order> stored = OrderRepository(*ts).get(editor.recordId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->accountId, accountId);
    EXPECT_EQ(stored->currency, QStringLiteral("EUR"));
    ASSERT_EQ(stored->lines.size(), 1);
    EXPECT_EQ(stored->lines[0].productId, beansId);
    EXPECT_EQ(stored->lines[0].quantity, 2);
    EXPECT_EQ(stored->lines[0].unitPrice, 21'50);
    EXPECT_EQ(stored->lines[0].discount, std::optional<qint64>(3'00));
    EXPECT_FALSE(editor.hasUnsavedChanges());
}

// An empty store has no products: the order editor's "New product…" opens
// this editor; the new product joins every line's list, and the line keeps
// its choice.
TEST(ProductEditor, CreatesAProductThatOrderLinesOffer)
{
    test::TempStore ts;
    AppContext context(*ts);
    ProductEditor editor(context, QString());
    EXPECT_FALSE(editor.saveButton()->isEnabled()); // a name is required
    editor.nameField()->setText(QStringLiteral("Milk frother"));
    editor.listPriceField()->setCurrency(QStringLiteral("EUR"));
    editor.listPriceField()->setValue(Money{49'90, QStringLiteral("EUR")});
    editor.unitCostField()->setValue(Money{21'00, QStringLiteral("EUR")});
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();
    ASSERT_TRUE(editor.save());
    const std::optional<Product> p = ProductRepository(*ts).get(editor.recordId());
    ASSERT_TRUE(p);
    EXPECT_EQ(p->name, QStringLiteral("Milk frother"));
    EXPECT_EQ(p->listPrice, std::optional<qint64>(49'90));
    EXPECT_EQ(p->unitCost, std::optional<qint64>(21'00));
    EXPECT_EQ(p->currency, QStringLiteral("EUR"));

    OrderLinesEdit lines;
    lines.setCurrency(QStringLiteral("EUR"));
    const int row = lines.addLine();
    EXPECT_EQ(static_cast<QComboBox *>(lines.table()->cellWidget(row, 0))->count(), 1); // only "Choose a product"
    lines.setCatalogue(*ProductCatalogue(*ts).all());
    lines.chooseProduct(row, p->id);
    EXPECT_EQ(lines.lines().value(0).productId, p->id);
    EXPECT_EQ(lines.lines().value(0).unitPrice, 49'90); // its list price filled in
    lines.setCatalogue(*ProductCatalogue(*ts).all());
    EXPECT_EQ(lines.lines().value(0).productId, p->id); // kept across a refresh
}
