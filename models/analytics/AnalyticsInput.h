#pragma once

#include "analytics/ActivityDays.h"
#include "analytics/CostToServe.h"
#include "analytics/PurchaseHistory.h"
#include "analytics/SalesRecords.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace rapport {
class Store;
}

namespace rapport::analytics {

struct ProductInfo
{
    QString id;
    QString code;
    QString name;
    QString category;

    bool operator==(const ProductInfo &) const = default;
};

// One product bought in one order (for affinity and sales per product).
struct PurchasedLine
{
    int customer = 0;           // index into PurchaseHistory::customers
    int product = 0;            // index into AnalyticsInput::products
    QDate day;
    double quantity = 0;        // negative for a return
    double revenue = 0;         // the line's net, negative for a refund

    bool operator==(const PurchasedLine &) const = default;
};

// Everything the analytics read, loaded from a store in one pass per table
// (AnalyticsInputLoader). Every account that is not deleted is a customer
// (buyers or not), so other records can point at it by index.
struct AnalyticsInput
{
    QString currency;                     // the reporting currency
    int ordersInOtherCurrencies = 0;      // left out: the store has no exchange rates
    int dealsInOtherCurrencies = 0;
    int campaignsInOtherCurrencies = 0;   // their cost is left out, the campaign kept
    PurchaseHistory purchases;            // sorted
    std::vector<ProductInfo> products;
    std::vector<PurchasedLine> lines;
    ActivityDays activities;              // done activities per customer, kind and day
    PipelineRecords pipeline;
    CampaignRecords campaigns;
    ServiceRecords service;
    qint64 journalSeq = 0;                // the last journal entry the load reflects
    qint64 journalAt = 0;                 // when that entry was made (tells histories apart)
    QString baselineId;                   // Store::baselineId() of the data loaded
    quint64 loadId = 0;                   // distinct for every load of this process (caches key on it)

    bool operator==(const AnalyticsInput &) const = default;
};

struct AnalyticsLoadOptions
{
    QString currency;                     // empty: the currency with the most orders
    // Done activities are counted up to the end of this (local) day, the
    // period of the purchases the cost to serve is set against; null: all.
    QDate asOf;
    // Called now and then with (done, total) steps; returning false cancels
    // the load (the result is then an error "cancelled").
    std::function<bool(int, int)> progress;
};

} // namespace rapport::analytics
