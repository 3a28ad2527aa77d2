#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace rapport::analytics {

// What the customer analytics read: customers and their orders, as plain
// values. The store's analytics queries fill it (models/store/queries/), the
// tests build it by hand or from the CDNOW files; nothing here knows SQL.
//
// Amounts are doubles in major units of one reporting currency: the analytics
// add and average money, they never store it, and the models (BG/NBD,
// Gamma-Gamma) work in real numbers anyway.
struct Customer
{
    QString id;        // the account's record id (or the CDNOW customer number)
    QString name;
    QString type;      // account type: prospect, customer, partner, former_customer
    QString source;    // how they found us
    QString ownerId;

    bool operator==(const Customer &) const = default;
};

struct Purchase
{
    int customer = 0;  // index into PurchaseHistory::customers
    QDate day;         // the order's calendar day (local business day)
    double revenue = 0;  // order total after discounts; negative for a refund
    double cost = 0;     // cost of goods: quantity x product unit cost

    bool operator==(const Purchase &) const = default;
};

struct PurchaseHistory
{
    std::vector<Customer> customers;
    // Sorted by (customer, day); several purchases on one day are separate
    // entries here and each model says how it treats them.
    std::vector<Purchase> purchases;

    // Sorts purchases by (customer, day), stable for equal keys.
    void sort();

    bool operator==(const PurchaseHistory &) const = default;
};

} // namespace rapport::analytics
