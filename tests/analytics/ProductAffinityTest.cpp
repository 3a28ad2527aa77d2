#include "analytics/ProductAffinity.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace rapport::analytics;
using Ids = std::vector<int>;

namespace {

enum : int { Tent, Stove, Lamp, Rug };

const std::vector<CatalogueProduct> catalogue{
    {"p-tent", "Tent", "outdoor"},
    {"p-stove", "Stove", "outdoor"},
    {"p-lamp", "Lamp", "home"},
    {"p-rug", "Rug", "home"},
};

// As of 2024-06-30, the baskets are:
//   0 {Tent, Stove}   1 {Tent, Stove, Lamp}   2 {Tent}   3 {Stove, Lamp}
//   4 {Lamp, Rug}     5 {Tent, Stove} (Tent twice)
//   6 {Tent} (its Rug is bought after the as-of date)
//   7 nothing yet (its Stove is after the as-of date)
// N = 7; nTent = 5 (0, 1, 2, 5, 6), nStove = 4 (0, 1, 3, 5), nLamp = 3 (1, 3, 4), nRug = 1 (4).
const QDate asOf(2024, 6, 30);
const std::vector<ProductPurchase> purchases{
    {0, Tent, QDate(2024, 1, 1)}, {0, Stove, QDate(2024, 2, 1)},
    {1, Tent, QDate(2024, 1, 1)}, {1, Stove, QDate(2024, 1, 1)}, {1, Lamp, QDate(2024, 3, 1)},
    {2, Tent, QDate(2024, 5, 1)},
    {3, Stove, QDate(2024, 1, 1)}, {3, Lamp, QDate(2024, 1, 1)},
    {4, Lamp, QDate(2024, 1, 1)}, {4, Rug, QDate(2024, 6, 30)},
    {5, Tent, QDate(2024, 1, 1)}, {5, Stove, QDate(2024, 1, 1)}, {5, Tent, QDate(2024, 4, 1)},
    {6, Tent, QDate(2024, 1, 1)}, {6, Rug, QDate(2024, 7, 10)},
    {7, Stove, QDate(2024, 8, 1)},
};

const ProductPair &pairOf(const ProductAffinityResult &r, int a, int b)
{
    for (const ProductPair &p : r.pairs)
        if (p.a == a && p.b == b)
            return p;
    throw std::runtime_error("pair not listed");
}

} // namespace

TEST(ProductAffinityTest, SupportConfidenceAndLiftOfHandMadeBaskets)
{
    const ProductAffinityResult r = ProductAffinity::compute(catalogue, purchases, asOf, {0.0, 0});
    EXPECT_EQ(r.customers, 7);
    EXPECT_EQ(r.customersPerProduct, (Ids{5, 4, 3, 1}));
    // Four pairs are bought together by somebody; Tent+Rug and Stove+Rug by nobody.
    ASSERT_EQ(r.pairs.size(), 4u);

    // Tent+Stove: customers 0, 1, 5 -> support 3/7, Tent->Stove 3/5,
    // Stove->Tent 3/4, lift 3 * 7 / (5 * 4) = 1.05.
    const ProductPair &ts = pairOf(r, Tent, Stove);
    EXPECT_EQ(ts.customersWithBoth, (Ids{0, 1, 5}));
    EXPECT_DOUBLE_EQ(ts.support, 3.0 / 7.0);
    EXPECT_DOUBLE_EQ(ts.confidenceAB, 0.6);
    EXPECT_DOUBLE_EQ(ts.confidenceBA, 0.75);
    EXPECT_DOUBLE_EQ(ts.lift, 1.05);
    // Stove+Lamp: 1, 3 -> 2/7, 2/4, 2/3, lift 14 / 12.
    const ProductPair &sl = pairOf(r, Stove, Lamp);
    EXPECT_DOUBLE_EQ(sl.support, 2.0 / 7.0);
    EXPECT_DOUBLE_EQ(sl.confidenceAB, 0.5);
    EXPECT_DOUBLE_EQ(sl.confidenceBA, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(sl.lift, 14.0 / 12.0);
    // Lamp+Rug: 4 -> 1/7, 1/3, 1/1, lift 7 / 3.
    const ProductPair &lr = pairOf(r, Lamp, Rug);
    EXPECT_DOUBLE_EQ(lr.confidenceAB, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(lr.confidenceBA, 1.0);
    EXPECT_DOUBLE_EQ(lr.lift, 7.0 / 3.0);
    // Tent+Lamp: 1 -> lift 7 / 15, below 1: bought together less than by chance.
    EXPECT_DOUBLE_EQ(pairOf(r, Tent, Lamp).lift, 7.0 / 15.0);

    // By lift: Lamp+Rug 2.33, Stove+Lamp 1.17, Tent+Stove 1.05, Tent+Lamp 0.47.
    EXPECT_EQ(r.pairs[0].a, Lamp);
    EXPECT_EQ(r.pairs[1].a, Stove);
    EXPECT_EQ(r.pairs[2].a, Tent);
    EXPECT_EQ(r.pairs[2].b, Stove);
    EXPECT_EQ(r.pairs[3].b, Lamp);
}

TEST(ProductAffinityTest, MinimumSupportAndMaximumPairs)
{
    // Support >= 0.2 keeps Tent+Stove (3/7) and Stove+Lamp (2/7), not the 1/7 pairs.
    const ProductAffinityResult r = ProductAffinity::compute(catalogue, purchases, asOf, {0.2, 0});
    ASSERT_EQ(r.pairs.size(), 2u);
    EXPECT_EQ(r.pairs[0].a, Stove);  // lift 1.17 before 1.05
    EXPECT_EQ(r.pairs[1].a, Tent);
    const ProductAffinityResult top = ProductAffinity::compute(catalogue, purchases, asOf, {0.0, 1});
    ASSERT_EQ(top.pairs.size(), 1u);
    EXPECT_EQ(top.pairs[0].a, Lamp);
    EXPECT_EQ(top.pairs[0].customersWithBoth, (Ids{4}));
    // Before any purchase: no customers, no pairs.
    const ProductAffinityResult none = ProductAffinity::compute(catalogue, purchases, QDate(2023, 12, 31));
    EXPECT_EQ(none.customers, 0);
    EXPECT_TRUE(none.pairs.empty());
}

TEST(ProductAffinityTest, PairsAreOrderedByLiftThenSupportThenProducts)
{
    // Two halves: customers 0 and 1 bought {0, 1}, customers 2 and 3 bought
    // {2, 3}. N = 4, every product has 2 customers, both pairs 2 customers:
    // support 1/2, lift 2 * 4 / (2 * 2) = 2 for both -> ordered by (a, b).
    const std::vector<ProductPurchase> halves{
        {0, 0, QDate(2024, 1, 1)}, {0, 1, QDate(2024, 1, 1)}, {1, 0, QDate(2024, 1, 1)}, {1, 1, QDate(2024, 1, 1)},
        {2, 2, QDate(2024, 1, 1)}, {2, 3, QDate(2024, 1, 1)}, {3, 2, QDate(2024, 1, 1)}, {3, 3, QDate(2024, 1, 1)},
    };
    const ProductAffinityResult r = ProductAffinity::compute(catalogue, halves, asOf, {0.0, 0});
    ASSERT_EQ(r.pairs.size(), 2u);
    EXPECT_DOUBLE_EQ(r.pairs[0].lift, 2.0);
    EXPECT_DOUBLE_EQ(r.pairs[1].lift, 2.0);
    EXPECT_EQ(r.pairs[0].a, 0);
    EXPECT_EQ(r.pairs[1].a, 2);

    // Equal lift, different support: customers 0 and 1 bought {2, 3},
    // customer 2 {0, 1}, customer 3 {1}. N = 4; 2+3: lift 2 * 4 / (2 * 2) = 2,
    // support 1/2; 0+1: lift 1 * 4 / (1 * 2) = 2, support 1/4 -> 2+3 first.
    const std::vector<ProductPurchase> unequal{
        {0, 2, QDate(2024, 1, 1)}, {0, 3, QDate(2024, 1, 1)}, {1, 2, QDate(2024, 1, 1)}, {1, 3, QDate(2024, 1, 1)},
        {2, 0, QDate(2024, 1, 1)}, {2, 1, QDate(2024, 1, 1)}, {3, 1, QDate(2024, 1, 1)},
    };
    const ProductAffinityResult bySupport = ProductAffinity::compute(catalogue, unequal, asOf, {0.0, 0});
    ASSERT_EQ(bySupport.pairs.size(), 2u);
    EXPECT_DOUBLE_EQ(bySupport.pairs[0].lift, 2.0);
    EXPECT_DOUBLE_EQ(bySupport.pairs[1].lift, 2.0);
    EXPECT_EQ(bySupport.pairs[0].a, 2);
    EXPECT_DOUBLE_EQ(bySupport.pairs[0].support, 0.5);

    std::vector<ProductPurchase> more = halves;
    more.push_back({4, 2, QDate(2024, 1, 1)});
    more.push_back({4, 3, QDate(2024, 1, 1)});
    // A fifth customer buys {2, 3}: 0+1 is 2 of 5, lift 2 * 5 / (2 * 2) = 2.5;
    // 2+3 is 3 of 5 (higher support), lift 3 * 5 / (3 * 3) = 5/3: lift first.
    const ProductAffinityResult r2 = ProductAffinity::compute(catalogue, more, asOf, {0.0, 0});
    ASSERT_EQ(r2.pairs.size(), 2u);
    EXPECT_EQ(r2.pairs[0].a, 0);
    EXPECT_DOUBLE_EQ(r2.pairs[0].lift, 2.5);
    EXPECT_DOUBLE_EQ(r2.pairs[1].lift, 5.0 / 3.0);
}

TEST(ProductAffinityTest, CrossSellTargetsBoughtOneButNotTheOther)
{
    // Tent but not Stove: 2 and 6. Stove but not Tent: 3 (7's Stove is later).
    EXPECT_EQ(ProductAffinity::boughtButNot(purchases, asOf, Tent, Stove), (Ids{2, 6}));
    EXPECT_EQ(ProductAffinity::boughtButNot(purchases, asOf, Stove, Tent), (Ids{3}));
    // Lamp but not Rug: 1 and 3; on 2024-06-29 customer 4 has not bought the Rug yet.
    EXPECT_EQ(ProductAffinity::boughtButNot(purchases, asOf, Lamp, Rug), (Ids{1, 3}));
    EXPECT_EQ(ProductAffinity::boughtButNot(purchases, QDate(2024, 6, 29), Lamp, Rug), (Ids{1, 3, 4}));
}

TEST(ProductAffinityTest, PairCountsMatchACountOverEveryCustomerForEveryPair)
{
    // A random shop, checked against the obvious (slow) count: for every pair,
    // go over every customer's set.
    std::mt19937 random(7);
    const int products = 12, customers = 300;
    std::vector<CatalogueProduct> shop(products);
    std::vector<ProductPurchase> bought;
    std::vector<std::set<int>> baskets(customers);
    for (int c = 0; c < customers; ++c) {
        const int lines = int(random() % 6);
        for (int i = 0; i < lines; ++i) {
            const int p = int(random() % products);
            bought.push_back({c, p, QDate(2024, 1, 1).addDays(int(random() % 30))});
            baskets[size_t(c)].insert(p);
        }
    }
    const ProductAffinityResult r = ProductAffinity::compute(shop, bought, QDate(2024, 12, 31), {0.0, 0});
    int withAny = 0;
    for (const auto &basket : baskets)
        withAny += basket.empty() ? 0 : 1;
    EXPECT_EQ(r.customers, withAny);
    size_t pairsBoughtTogether = 0;
    for (int a = 0; a < products; ++a) {
        for (int b = a + 1; b < products; ++b) {
            Ids both;
            for (int c = 0; c < customers; ++c)
                if (baskets[size_t(c)].count(a) && baskets[size_t(c)].count(b))
                    both.push_back(c);
            if (both.empty())
                continue;
            ++pairsBoughtTogether;
            EXPECT_EQ(pairOf(r, a, b).customersWithBoth, both) << a << "+" << b;
        }
    }
    EXPECT_EQ(r.pairs.size(), pairsBoughtTogether);
}
