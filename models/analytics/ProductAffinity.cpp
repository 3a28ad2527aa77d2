#include "analytics/ProductAffinity.h"

#include <algorithm>
#include <tuple>

namespace rapport::analytics {

namespace {

// Every customer's distinct products (ascending) up to the as-of date, by
// ascending customer index; purchases of unknown products are ignored.
std::vector<std::pair<int, std::vector<int>>> basketsOf(const std::vector<ProductPurchase> &purchases, QDate asOf,
                                                        int productCount)
{
    std::vector<std::pair<int, int>> bought;  // (customer, product)
    bought.reserve(purchases.size());
    for (const ProductPurchase &p : purchases)
        if (p.day.isValid() && p.day <= asOf && p.product >= 0 && p.product < productCount)
            bought.emplace_back(p.customer, p.product);
    std::sort(bought.begin(), bought.end());
    bought.erase(std::unique(bought.begin(), bought.end()), bought.end());

    std::vector<std::pair<int, std::vector<int>>> baskets;
    for (const auto &[customer, product] : bought) {
        if (baskets.empty() || baskets.back().first != customer)
            baskets.push_back({customer, {}});
        baskets.back().second.push_back(product);
    }
    return baskets;
}

} // namespace

ProductAffinityResult ProductAffinity::compute(const std::vector<CatalogueProduct> &catalogue,
                                               const std::vector<ProductPurchase> &purchases, QDate asOf,
                                               ProductAffinitySettings settings)
{
    ProductAffinityResult result;
    result.asOf = asOf;
    const int p = int(catalogue.size());
    const auto baskets = basketsOf(purchases, asOf, p);
    result.customers = int(baskets.size());
    result.customersPerProduct.assign(size_t(p), 0);
    if (baskets.empty())
        return result;

    // Upper triangle of a p x p table (a < b), flat: a few hundred products
    // make a few hundred thousand counters.
    std::vector<int> both(size_t(p) * size_t(p), 0);
    auto cell = [p](int a, int b) { return size_t(a) * size_t(p) + size_t(b); };
    for (const auto &[customer, products] : baskets) {
        for (size_t i = 0; i < products.size(); ++i) {
            ++result.customersPerProduct[size_t(products[i])];
            for (size_t j = i + 1; j < products.size(); ++j)
                ++both[cell(products[i], products[j])];
        }
    }

    const double n = result.customers;
    for (int a = 0; a < p; ++a) {
        for (int b = a + 1; b < p; ++b) {
            const int nab = both[cell(a, b)];
            if (nab == 0 || nab / n < settings.minimumSupport)
                continue;
            ProductPair pair;
            pair.a = a;
            pair.b = b;
            pair.customersWithA = result.customersPerProduct[size_t(a)];
            pair.customersWithB = result.customersPerProduct[size_t(b)];
            pair.support = nab / n;
            pair.confidenceAB = double(nab) / pair.customersWithA;
            pair.confidenceBA = double(nab) / pair.customersWithB;
            pair.lift = nab * n / (double(pair.customersWithA) * pair.customersWithB);
            result.pairs.push_back(std::move(pair));
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end(), [](const ProductPair &x, const ProductPair &y) {
        return std::tie(y.lift, y.support, x.a, x.b) < std::tie(x.lift, x.support, y.a, y.b);
    });
    if (settings.maximumPairs > 0 && result.pairs.size() > size_t(settings.maximumPairs))
        result.pairs.resize(size_t(settings.maximumPairs));

    // The customers behind each kept pair, in a second pass over the baskets
    // so only the kept pairs (not all p^2 / 2) hold customer lists.
    std::fill(both.begin(), both.end(), -1);
    for (size_t i = 0; i < result.pairs.size(); ++i)
        both[cell(result.pairs[i].a, result.pairs[i].b)] = int(i);
    for (const auto &[customer, products] : baskets)
        for (size_t i = 0; i < products.size(); ++i)
            for (size_t j = i + 1; j < products.size(); ++j)
                if (const int row = both[cell(products[i], products[j])]; row >= 0)
                    result.pairs[size_t(row)].customersWithBoth.push_back(customer);
    return result;
}

std::vector<int> ProductAffinity::boughtButNot(const std::vector<ProductPurchase> &purchases, QDate asOf, int bought,
                                               int notBought)
{
    std::vector<int> withBought, withNotBought;
    for (const ProductPurchase &p : purchases) {
        if (!p.day.isValid() || p.day > asOf)
            continue;
        if (p.product == bought)
            withBought.push_back(p.customer);
        else if (p.product == notBought)
            withNotBought.push_back(p.customer);
    }
    for (auto *list : {&withBought, &withNotBought}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::vector<int> targets;
    std::set_difference(withBought.begin(), withBought.end(), withNotBought.begin(), withNotBought.end(),
                        std::back_inserter(targets));
    return targets;
}

} // namespace rapport::analytics
