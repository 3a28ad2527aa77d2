// rapportctl analytics: the customer analytics of a store as a text report or
// one JSON object.
//
// JSON (keys stable, English; amounts in major units of "currency"; rates and
// shares as fractions 0..1; months "YYYY-MM"; null = not defined):
//   as_of, currency, journal_seq, accounts (live, every one a customer), orders (in the
//   currency), orders_in_other_currencies, deals_in_other_currencies,
//   campaigns_in_other_currencies, then one object per section under its name:
//   customers: lost_window_days, active_customers, months[{month,
//     active_at_start, new, returning, reactivated, lost, active_at_end,
//     churn_rate, retention_rate}]
//   cohorts: cohorts[{month, customers, retention[], revenue[],
//     cumulative_revenue_per_customer[]}] (index = months since the first)
//   rfm: customers, segments[{segment, customers, customer_share, revenue,
//     revenue_share}], score_edges[{score, recency_days_min/max,
//     frequency_min/max, monetary_min/max}]
//   lifetime: customers, repeat_customers, repeat_transactions,
//     bgnbd{r, alpha, a, b, log_likelihood, converged, iterations, error?}
//     (time in weeks), gamma_gamma{p, q, gamma, mean_spend, log_likelihood,
//     converged, iterations, error?}, horizon_weeks, annual_discount_rate,
//     total_value, top_customers[{id, name, lifetime_value,
//     expected_purchases, expected_spend, probability_alive, value_at_risk}]
//   value: customers, revenue, top_20_revenue_share, profit,
//     whale_peak_customers, whale_peak_share, unattributed_cost_to_serve,
//     revenue_deciles[{decile, customers, revenue, share}],
//     profit_deciles[{decile, customers, profit, share}],
//     top_customers[{id, name, revenue, cost_of_goods, cost_to_serve, profit}]
//   sales: months[{month, revenue, prior_year_revenue, growth_percent,
//     partial}], categories[{category, revenue_12_months, prior_12_months,
//     growth_percent}], category_months[{category, months[...]}] (order lines
//     with a product only)
//   affinity: customers, minimum_support, pairs[{product_a, product_b,
//     customers, support, confidence_a_b, confidence_b_a, lift}]
//
// There is no "retention" (shifted-beta-geometric) section: sBG describes
// contracts renewed period by period, and a store's customers buy when they
// like; their cohorts' "survivors" rise again when customers come back, which
// is not a survival curve sBG can be fitted to.
#include "AnalyticsReport.h"
#include "AnalyticsSections.h"
#include "CtlCommands.h"
#include "CtlSupport.h"
#include "analytics/AnalyticsInputLoader.h"
#include "domain/Money.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace rapport::ctl {

namespace {
// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rapportctl)
};

QStringList sectionNames()
{
    QStringList names;
    for (const AnalyticsSection &s : analyticsSections())
        names << QString::fromLatin1(s.key);
    return names;
}

QDate lastPurchaseDay(const analytics::AnalyticsInput &in)
{
    QDate last;
    for (const analytics::Purchase &p : in.purchases.purchases)
        if (!last.isValid() || p.day > last)
            last = p.day;
    return last;
}
} // namespace

int analytics(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Text::tr("Report as of this day (YYYY-MM-DD), \"today\" (the default) or \"last-order\" (the day of the last order)."),
                                  QStringLiteral("DATE"), QStringLiteral("today"));
    const QCommandLineOption section(QStringLiteral("section"), Text::tr("Only these sections (repeat or separate with commas): %1.")
                                                                    .arg(sectionNames().join(QStringLiteral(", "))),
                                     QStringLiteral("NAME"));
    const QCommandLineOption currency(QStringLiteral("currency"), Text::tr("Report in this currency (default: the one with the most orders)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object instead of the text report."));
    const QCommandLineOption top(QStringLiteral("top"), Text::tr("Rows in lists of top customers and product pairs."), QStringLiteral("N"),
                                 QStringLiteral("10"));
    const QCommandLineOption horizon(QStringLiteral("horizon-weeks"), Text::tr("Lifetime value horizon in weeks."), QStringLiteral("N"),
                                     QStringLiteral("52"));
    const QCommandLineOption discount(QStringLiteral("discount"), Text::tr("Annual discount rate for lifetime value, e.g. 0.1."),
                                      QStringLiteral("RATE"), QStringLiteral("0.1"));
    const QCommandLineOption timings(QStringLiteral("timings"), Text::tr("Print how long the load and each section took to standard error."));
    p.addOptions({asOf, section, currency, json, top, horizon, discount, timings});
    int code = 0;
    if (!parseCommand(p, QStringLiteral("analytics"),
                      Text::tr("Customer analytics: customer base, cohorts, RFM, lifetime value, customer value, sales, product affinity."), args,
                      &code))
        return code;
    if (!p.positionalArguments().isEmpty()) {
        err() << Text::tr("Unexpected argument \"%1\".").arg(p.positionalArguments().first()) << "\n";
        return 2;
    }

    // Everything the user typed is checked before the store is opened.
    QStringList wanted;
    for (const QString &value : p.values(section))
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            wanted << name.trimmed();
    for (const QString &name : std::as_const(wanted)) {
        if (!sectionNames().contains(name)) {
            err() << Text::tr("Unknown section \"%1\"; the sections are: %2.").arg(name, sectionNames().join(QStringLiteral(", "))) << "\n";
            return 2;
        }
    }
    const QString asOfText = p.value(asOf);
    const bool toLastOrder = asOfText == QLatin1String("last-order");
    QDate day = QDate::currentDate();
    if (!toLastOrder && asOfText != QLatin1String("today")) {
        const std::optional<QDate> parsed = parseIsoDate(asOfText);
        if (!parsed) {
            err() << Text::tr("--as-of needs a date as YYYY-MM-DD, \"today\" or \"last-order\", got \"%1\".").arg(asOfText) << "\n";
            return 2;
        }
        day = *parsed;
    }
    bool ok = false;
    const int topN = p.value(top).toInt(&ok);
    if (!ok || topN < 1) {
        err() << Text::tr("--top needs a positive whole number, got \"%1\".").arg(p.value(top)) << "\n";
        return 2;
    }
    const int weeks = p.value(horizon).toInt(&ok);
    if (!ok || weeks < 1) {
        err() << Text::tr("--horizon-weeks needs a positive whole number, got \"%1\".").arg(p.value(horizon)) << "\n";
        return 2;
    }
    const double rate = p.value(discount).toDouble(&ok);
    if (!ok || rate < 0 || rate >= 10) {
        err() << Text::tr("--discount needs a rate such as 0.1, got \"%1\".").arg(p.value(discount)) << "\n";
        return 2;
    }
    const QString code3 = p.value(currency).trimmed().toUpper();
    if (p.isSet(currency) && !isKnownCurrency(code3)) {
        err() << Text::tr("Unknown currency \"%1\".").arg(p.value(currency)) << "\n";
        return 2;
    }

    auto store = openStore(db, Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    QElapsedTimer timer;
    timer.start();
    analytics::AnalyticsLoadOptions options;
    options.currency = code3;
    if (!toLastOrder)
        options.asOf = day;
    const Result<analytics::AnalyticsInput> loaded = analytics::AnalyticsInputLoader::load(*store, options);
    if (!loaded) {
        err() << loaded.error().message << "\n";
        return 1;
    }
    const analytics::AnalyticsInput &in = *loaded;
    if (p.isSet(timings))
        err() << QStringLiteral("load: %1 ms\n").arg(timer.restart());
    if (toLastOrder) {
        day = lastPurchaseDay(in);
        if (!day.isValid())
            day = QDate::currentDate(); // no orders: nothing to be as of
    }

    JsonReportWriter jsonWriter;
    TextReportWriter textWriter(out());
    ReportWriter &w = p.isSet(json) ? static_cast<ReportWriter &>(jsonWriter) : textWriter;
    w.field("as_of", Text::tr("As of"), isoDate(day));
    w.field("currency", Text::tr("Currency"), in.currency);
    w.field("journal_seq", Text::tr("Journal entry"), in.journalSeq, Format::Count);
    w.field("accounts", Text::tr("Accounts"), qint64(in.purchases.customers.size()), Format::Count);
    w.field("orders", Text::tr("Orders"), qint64(in.purchases.purchases.size()), Format::Count);
    w.field("orders_in_other_currencies", Text::tr("Orders in other currencies (left out)"), in.ordersInOtherCurrencies, Format::Count);
    w.field("deals_in_other_currencies", Text::tr("Deals in other currencies (left out)"), in.dealsInOtherCurrencies, Format::Count);
    w.field("campaigns_in_other_currencies", Text::tr("Campaigns in other currencies (cost left out)"), in.campaignsInOtherCurrencies,
            Format::Count);
    const AnalyticsContext context{in, day, topN, weeks, rate};
    for (const AnalyticsSection &s : analyticsSections()) {
        if (!wanted.isEmpty() && !wanted.contains(QString::fromLatin1(s.key)))
            continue;
        w.beginSection(s.key, QCoreApplication::translate("rapportctl", s.title));
        s.write(context, w);
        w.endSection();
        if (p.isSet(timings))
            err() << QStringLiteral("%1: %2 ms\n").arg(QString::fromLatin1(s.key)).arg(timer.restart());
    }
    if (p.isSet(json))
        out() << QJsonDocument(jsonWriter.document()).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace rapport::ctl
