#include "RepositoryTestSupport.h"
#include "store/ProductRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {
Product grinder()
{
    Product p;
    p.code = QStringLiteral("GRN-102");
    p.name = QStringLiteral("Macina 64");
    p.category = QStringLiteral("Grinders");
    p.listPrice = 69000;
    p.unitCost = 41400;
    p.currency = QStringLiteral("EUR");
    return p;
}
} // namespace

TEST(ProductRepository, RoundTripsEveryField)
{
    test::TempStore ts;
    ProductRepository repo(*ts);
    Product p = grinder();
    Result<QString> id = repo.create(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    p.id = *id;
    p.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(*id), p);

    Product tea;
    tea.code = QStringLiteral("TEA-109");
    tea.name = QStringLiteral("普洱茶饼 357 g");
    tea.category = QStringLiteral("茶叶");
    tea.listPrice = 3900;
    tea.currency = QStringLiteral("JPY");
    tea.id = *repo.create(tea);
    tea.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(tea.id), tea);
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT sort_key FROM products WHERE id = ?"), {tea.id}), QStringLiteral("普洱茶饼 357 g"));
}

TEST(ProductRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    ProductRepository repo(*ts);
    Product p = *repo.get(*repo.create(grinder()));
    EXPECT_FALSE(*repo.update(p));
    p.listPrice = 72000;
    ASSERT_TRUE(*repo.update(p));
    EXPECT_EQ(test::lastChangeFields(*ts), QStringList{QStringLiteral("product.list_price")});
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT list_price FROM products WHERE id = ?"), {p.id}), 72000);
}

TEST(ProductRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    ProductRepository repo(*ts);
    const Product good = *repo.get(*repo.create(grinder()));
    Product p = good;
    p.name.clear();
    EXPECT_REJECTED(*ts, repo.update(p), QStringLiteral("name"));
    p = good;
    p.currency = QStringLiteral("eur");
    EXPECT_REJECTED(*ts, repo.update(p), QStringLiteral("\"eur\""));
    p = good;
    p.currency.clear();
    EXPECT_REJECTED(*ts, repo.update(p), QStringLiteral("currency"));
    p = good;
    p.listPrice = -69000;
    EXPECT_REJECTED(*ts, repo.update(p), QStringLiteral("-690.00"));
    p = good;
    p.unitCost = -1;
    EXPECT_REJECTED(*ts, repo.create(p), QStringLiteral("-0.01"));
    EXPECT_EQ(*repo.get(good.id), good);
}

TEST(ProductRepository, RemoveHidesTheProduct)
{
    test::TempStore ts;
    ProductRepository repo(*ts);
    const QString id = *repo.create(grinder());
    ASSERT_TRUE(repo.remove(id).ok());
    EXPECT_FALSE(repo.get(id));
}
