#include "RepositoryTestSupport.h"
#include "store/AccountRepository.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 T0 = 1700000000000;

struct World {
    QString account, beans, grinder, cups;
};

World world(Store &s)
{
    World w;
    Account a;
    a.name = QStringLiteral("台北咖啡館");
    w.account = *AccountRepository(s).create(a);
    ProductRepository products(s);
    Product p;
    p.currency = QStringLiteral("EUR");
    p.name = QStringLiteral("Espresso Roma 1 kg");
    p.listPrice = 2490;
    w.beans = *products.create(p);
    p.name = QStringLiteral("Macina 64");
    p.listPrice = 69000;
    w.grinder = *products.create(p);
    p.name = QStringLiteral("Espresso Cups (6)");
    p.listPrice = 2900;
    w.cups = *products.create(p);
    return w;
}

OrderLine line(const QString &product, qint64 quantity, qint64 price, std::optional<qint64> discount = std::nullopt)
{
    OrderLine l;
    l.productId = product;
    l.quantity = quantity;
    l.unitPrice = price;
    l.discount = discount;
    return l;
}

Order order(const World &w)
{
    Order o;
    o.accountId = w.account;
    o.orderedAt = T0;
    o.currency = QStringLiteral("TWD");
    o.channel = QStringLiteral("LINE 官方帳號");
    o.number = QStringLiteral("SO-2023-0000042");
    o.lines = {line(w.beans, 12, 89000), line(w.grinder, 1, 2500000, 250000), line(w.beans, -2, 89000)};
    return o;
}

} // namespace

TEST(OrderRepository, WritesTheOrderWithItsLinesAndReadsThemBack)
{
    test::TempStore ts;
    const World w = world(*ts);
    OrderRepository repo(*ts);
    Order o = order(w);
    Result<QString> id = repo.create(o);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    // One user action: the order and its lines share a change set.
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(DISTINCT change_id) FROM journal WHERE entity IN ('order', 'order_line')")), 1);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM order_lines WHERE order_id = ?"), {*id}), 3);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT sum(quantity * unit_price - ifnull(discount, 0)) FROM order_lines WHERE order_id = ?"), {*id}),
              12 * 89000 + 2500000 - 250000 - 2 * 89000);

    std::optional<Order> back = repo.get(*id);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->lines.size(), 3);
    o.id = *id;
    o.ownerId = ts->localUserId();
    for (int i = 0; i < o.lines.size(); ++i) {
        o.lines[i].id = back->lines[i].id;
        o.lines[i].orderId = *id;
        o.lines[i].ownerId = ts->localUserId();
    }
    EXPECT_EQ(*back, o);
    EXPECT_EQ(back->lines[2].quantity, -2) << "a return keeps its sign";
}

TEST(OrderRepository, OneBadLineWritesNothing)
{
    test::TempStore ts;
    const World w = world(*ts);
    OrderRepository repo(*ts);
    ASSERT_TRUE(ProductRepository(*ts).remove(w.cups).ok());

    Order o = order(w);
    o.lines << line(w.cups, 3, 2900); // validates, but the product is gone
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("The product \"Espresso Cups (6)\" has been deleted."));
    o = order(w);
    o.lines << line(QStringLiteral("018b0000-0000-7000-8000-0000000000ee"), 1, 100);
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("The product 018b0000-0000-7000-8000-0000000000ee does not exist."));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM orders")), 0);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM order_lines")), 0);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM journal WHERE entity IN ('order', 'order_line')")), 0);
}

TEST(OrderRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    const World w = world(*ts);
    OrderRepository repo(*ts);
    Order o = order(w);
    o.orderedAt.reset();
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("time"));
    o = order(w);
    o.currency = QStringLiteral("NT$");
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("\"NT$\""));
    o = order(w);
    o.lines.clear();
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("at least one line"));
    o = order(w);
    o.lines[1].quantity = 0;
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("Line 2: the quantity cannot be 0"));
    o = order(w);
    o.lines[0].unitPrice = -1;
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("Line 1: the unit price cannot be negative (-0.01)"));
    o = order(w);
    o.lines[1].discount = -5;
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("Line 2: the discount cannot be negative"));
    o = order(w);
    o.lines[1].discount = 2500001;
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("Line 2: the discount (25000.01) is more than the line's amount (25000.00)."));
    o = order(w);
    o.lines[2].productId.clear();
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("Line 3 needs a product."));
    o = order(w);
    o.lines[0].quantity = std::numeric_limits<qint64>::max() / 2;
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("too large"));
    o = order(w);
    o.accountId = QStringLiteral("018b0000-0000-7000-8000-0000000000ef");
    EXPECT_REJECTED(*ts, repo.create(o), QStringLiteral("The account 018b0000-0000-7000-8000-0000000000ef does not exist."));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM orders")), 0);
}

TEST(OrderRepository, UpdateEditsAddsAndRemovesLines)
{
    test::TempStore ts;
    const World w = world(*ts);
    OrderRepository repo(*ts);
    Order o = *repo.get(*repo.create(order(w)));
    EXPECT_FALSE(*repo.update(o));

    const QString refund = o.lines[2].id;
    o.lines[0].quantity = 10;
    o.lines.removeAt(2);
    o.lines << line(w.cups, 4, 9900);
    ASSERT_TRUE(*repo.update(o));
    const QList<JournalEntry> change = test::lastChange(*ts);
    QStringList fields;
    for (const JournalEntry &e : change)
        if (e.op != QLatin1String("create"))
            fields << e.entity + QLatin1Char('.') + e.field;
    fields.sort();
    EXPECT_EQ(fields, (QStringList{QStringLiteral("order_line.deleted_at"), QStringLiteral("order_line.quantity")}));

    const Order back = *repo.get(o.id);
    ASSERT_EQ(back.lines.size(), 3);
    EXPECT_EQ(back.lines[0].quantity, 10);
    EXPECT_EQ(back.lines[1].productId, w.grinder);
    EXPECT_EQ(back.lines[2].productId, w.cups);
    EXPECT_EQ(back.lines[2].unitPrice, 9900);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM order_lines WHERE id = ? AND deleted_at IS NOT NULL"), {refund}), 1);

    // Header-only edit.
    Order edited = back;
    edited.channel = QStringLiteral("phone");
    ASSERT_TRUE(*repo.update(edited));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("order.channel")});

    // A line of another order cannot be taken over.
    const Order other = *repo.get(*repo.create(order(w)));
    Order thief = *repo.get(o.id);
    thief.lines << other.lines[0];
    EXPECT_REJECTED(*ts, repo.update(thief), QStringLiteral("another order"));
    thief.lines.last().orderId.clear();
    EXPECT_REJECTED(*ts, repo.update(thief), QStringLiteral("does not belong to this order"));
    EXPECT_EQ(repo.get(other.id)->lines.size(), 3);
}

TEST(OrderRepository, RemoveHidesTheOrderAndItsLines)
{
    test::TempStore ts;
    const World w = world(*ts);
    OrderRepository repo(*ts);
    const Order o = *repo.get(*repo.create(order(w)));
    ASSERT_TRUE(repo.remove(o.id).ok());
    EXPECT_FALSE(repo.get(o.id));
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM order_lines WHERE deleted_at IS NULL")), 0);
    EXPECT_TRUE(repo.lines(o.id)->isEmpty());
    // Undo brings both back.
    ASSERT_TRUE(Journal(*ts).revert(test::lastChangeId(*ts)).ok());
    EXPECT_EQ(repo.get(o.id)->lines.size(), 3);
}
