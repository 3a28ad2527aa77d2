#pragma once

#include "analytics/CatalogueProduct.h"

#include <QDate>

#include <vector>

namespace rapport::analytics {

// A customer bought a product on a day (one order line, or several: only
// whether the customer ever bought the product by the as-of date matters).
struct ProductPurchase
{
    int customer = 0;  // index into PurchaseHistory::customers
    int product = 0;   // index into the catalogue
    QDate day;
};

// Two products bought by the same customers (not necessarily in one order:
// the basket is everything a customer bought by the as-of date). With N
// customers who bought anything, nA, nB who bought A, B and nAB who bought both:
//   support = nAB / N, confidenceAB = nAB / nA (P(B | A)), confidenceBA = nAB / nB,
//   lift = nAB * N / (nA * nB)  (1 = independent, > 1 = bought together more often).
struct ProductPair
{
    int a = 0;  // a < b
    int b = 0;
    int customersWithA = 0;
    int customersWithB = 0;
    std::vector<int> customersWithBoth;  // ascending customer index
    double support = 0;
    double confidenceAB = 0;
    double confidenceBA = 0;
    double lift = 0;
};

struct ProductAffinitySettings
{
    double minimumSupport = 0.01;  // pairs bought together by fewer customers are noise
    int maximumPairs = 100;        // 0 = every pair over the minimum support
};

struct ProductAffinityResult
{
    QDate asOf;
    int customers = 0;                      // N: customers who bought any catalogue product
    std::vector<int> customersPerProduct;   // nA, by catalogue index
    // Pairs with support >= minimumSupport, by lift, then support, then (a, b),
    // highest first; at most maximumPairs.
    std::vector<ProductPair> pairs;
};

// Which products sell to the same customers. Cost: one pass over the
// purchases, then for each customer the pairs of their distinct products
// (k^2 / 2 for k products), counted in a catalogue x catalogue table; never
// customers x customers. A few hundred products and 100k customers with
// baskets of tens of products is well under a second.
class ProductAffinity
{
public:
    static ProductAffinityResult compute(const std::vector<CatalogueProduct> &catalogue,
                                         const std::vector<ProductPurchase> &purchases, QDate asOf,
                                         ProductAffinitySettings settings = {});

    // Cross-sell targets: customers who bought `bought` but not `notBought`
    // by the as-of date, ascending index.
    static std::vector<int> boughtButNot(const std::vector<ProductPurchase> &purchases, QDate asOf, int bought,
                                         int notBought);
};

} // namespace rapport::analytics
