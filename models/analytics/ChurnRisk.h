#pragma once

#include "analytics/CustomerLifetimeValue.h"
#include "analytics/PurchaseHistory.h"
#include "analytics/SalesRecords.h"
#include "domain/ServiceLevels.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <vector>

namespace rapport::analytics {

// Why a customer may be leaving. Each reason is a code with its numbers, so
// the UI can sort, filter and word it (ChurnRisk::describe); never a sentence.
enum class ChurnReasonCode {
    OverdueForPurchase,  // value = days since the last buying day, reference = usual gap in days
    FewerPurchases,      // value = buying days in the recent window, reference = in the window before
    SmallerOrders,       // value = average order in the recent window, reference = in the window before
    OpenComplaints,      // value = open cases at the as-of date, reference = of those, overdue
};

struct ChurnReason
{
    ChurnReasonCode code = ChurnReasonCode::OverdueForPurchase;
    double value = 0;
    double reference = 0;
    // How strong the signal is, 0..1, for ordering a customer's reasons:
    // overdue 1 - gap / days since (2x the gap = 0.5); fewer purchases and
    // smaller orders the share lost (1 - recent / before); complaints
    // 1 - 0.5^open (one open case = 0.5, two = 0.75). Ties keep code order.
    double strength = 0;
};

struct ChurnRiskCustomer
{
    int customer = 0;                  // index into PurchaseHistory::customers
    double valueAtRisk = 0;            // CustomerLifetime::valueAtRisk
    double probabilityAlive = 0;
    double lifetimeValue = 0;
    std::vector<ChurnReason> reasons;  // strongest first; may be empty (the model alone ranks them)
};

struct ChurnRiskSettings
{
    int windowDays = 180;              // the recent window, and the one before it, for (b) and (c)
    double overdueFactor = 2.0;        // (a) flags when days since > factor x usual gap
    double frequencyDrop = 0.5;        // (b) flags when recent <= (1 - drop) x before
    double spendDrop = 0.3;            // (c) flags when recent average <= (1 - drop) x before
    ServiceLevels levels = ServiceLevels::defaults();  // (d) due times of cases without their own
};

// Customers ranked by value at risk (highest first; ties by customer index),
// with the reasons that show in their records.
//
// Who: every CustomerLifetime (customer = its index into the history, as
// CustomerLifetimeValue::valueAll passes it on from RepeatPurchaseSummary)
// whose customer has a buying day on or before the as-of date and whose
// value at risk is a number (an entry with an error is left out). topN <= 0
// keeps everybody.
//
// Buying days are days with an entry of revenue >= 0 on or before the as-of
// date (refunds are not purchases, as in RepeatPurchaseSummary).
// (a) OverdueForPurchase: usual gap = the MEDIAN of the gaps in days between
//     consecutive buying days (one long break does not make a regular
//     customer look irregular); needs two buying days. Flagged when the days
//     since the last buying day exceed overdueFactor x the usual gap.
// (b) FewerPurchases: buying days in the recent window (asOf - windowDays,
//     asOf] against the window before it. Flagged when the window before had
//     at least 2 (one order is no habit to fall from) and the recent count
//     is at most (1 - frequencyDrop) of it.
// (c) SmallerOrders: average order value = revenue of the entries with
//     revenue >= 0 / their number, in the same windows; flagged when both
//     windows have an order and the recent average is at most (1 - spendDrop)
//     of the earlier one.
// (d) OpenComplaints: the customer's cases opened by the end of the as-of day
//     (local) and not resolved by then; reference = those of them past their
//     due time by then (ServiceAnalytics::dueAt: their own, else the level).
class ChurnRisk
{
public:
    static std::vector<ChurnRiskCustomer> compute(const PurchaseHistory &history, const std::vector<CustomerLifetime> &lifetimes,
                                                  const ServiceRecords &service, QDate asOf, int topN,
                                                  const ChurnRiskSettings &settings = {});

    // The ranking alone, without reasons: indices into `lifetimes` of the
    // customers compute() would rank who are in scope (inScope[customer],
    // empty = everybody) and have a value at risk above zero, highest first,
    // ties by customer index (compute()'s order). Cheap: the dashboards rank
    // everybody and word the reasons of the first page only.
    static std::vector<size_t> rankByValueAtRisk(const PurchaseHistory &history, const std::vector<CustomerLifetime> &lifetimes, QDate asOf,
                                                 const std::vector<char> &inScope = {});

    // The reason in a few words, translated (context "ChurnRisk"; counts go
    // through %n, so English plurals come from rapport_en.ts); amounts are
    // formatted with `locale`, without a currency.
    static QString describe(const ChurnReason &reason, const ChurnRiskSettings &settings = {}, const QLocale &locale = QLocale());
};

} // namespace rapport::analytics
