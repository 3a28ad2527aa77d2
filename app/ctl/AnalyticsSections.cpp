#include "AnalyticsSections.h"

#include "analytics/CampaignAnalytics.h"
#include "analytics/CatalogueProduct.h"
#include "analytics/ChurnRisk.h"
#include "analytics/LifetimeAnalysis.h"
#include "analytics/PipelineAnalytics.h"
#include "analytics/ServiceAnalytics.h"
#include "analytics/CohortSurvival.h"
#include "analytics/CohortTable.h"
#include "analytics/CustomerBaseSeries.h"
#include "analytics/CustomerLifetimeValue.h"
#include "analytics/CustomerValue.h"
#include "analytics/ProductAffinity.h"
#include "analytics/RfmSegmentation.h"
#include "analytics/SalesComparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace rapport::ctl {

using namespace rapport::analytics;

namespace {

// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rapportctl)
};

QString monthKey(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue();
}

QString customerId(const AnalyticsContext &c, int customer)
{
    return c.input.purchases.customers[size_t(customer)].id;
}

QString customerName(const AnalyticsContext &c, int customer)
{
    return c.input.purchases.customers[size_t(customer)].name;
}

std::vector<CatalogueProduct> catalogue(const AnalyticsInput &in)
{
    std::vector<CatalogueProduct> out;
    out.reserve(in.products.size());
    for (const ProductInfo &p : in.products)
        out.push_back({p.id, p.name, p.category});
    return out;
}

// customers: the customer base month by month.
void writeCustomers(const AnalyticsContext &c, ReportWriter &w)
{
    const CustomerBaseResult r = CustomerBaseSeries::compute(c.input.purchases, c.asOf);
    w.field("lost_window_days", Text::tr("Lost after days without a purchase"), r.lostWindowDays, Format::Count);
    w.field("active_customers", Text::tr("Active customers"), r.months.empty() ? 0 : qint64(r.months.back().activeAtEnd.size()), Format::Count);
    std::vector<QJsonArray> rows;
    for (const CustomerBaseMonth &m : r.months)
        rows.push_back({monthKey(m.month), m.activeAtStart, qint64(m.newCustomers.size()), qint64(m.returning.size()),
                        qint64(m.reactivated.size()), qint64(m.lost.size()), qint64(m.activeAtEnd.size()), optional(m.churnRate),
                        optional(m.retentionRate)});
    w.table("months", Text::tr("By month"),
            {{"month", Text::tr("Month")},
             {"active_at_start", Text::tr("Active at start"), Format::Count},
             {"new", Text::tr("New"), Format::Count},
             {"returning", Text::tr("Returning"), Format::Count},
             {"reactivated", Text::tr("Reactivated"), Format::Count},
             {"lost", Text::tr("Lost"), Format::Count},
             {"active_at_end", Text::tr("Active at end"), Format::Count},
             {"churn_rate", Text::tr("Churn"), Format::Percent},
             {"retention_rate", Text::tr("Retention"), Format::Percent}},
            rows);
    // By source and by account type: the last twelve months of each group.
    std::vector<QJsonArray> groups;
    auto addGroups = [&](const char *kind, const std::vector<CustomerBaseGroup> &from) {
        for (const CustomerBaseGroup &g : from) {
            const size_t first = g.months.size() > 12 ? g.months.size() - 12 : 0;
            qint64 lost = 0, gained = 0;
            for (size_t i = first; i < g.months.size(); ++i) {
                lost += qint64(g.months[i].lost.size());
                gained += qint64(g.months[i].newCustomers.size());
            }
            const qint64 atStart = g.months.empty() ? 0 : g.months[first].activeAtStart;
            const qint64 active = g.months.empty() ? 0 : qint64(g.months.back().activeAtEnd.size());
            groups.push_back({QString::fromLatin1(kind), g.key, atStart, gained, lost, active,
                              atStart + gained > 0 ? number(double(lost) / double(atStart + gained)) : QJsonValue()});
        }
    };
    addGroups("source", r.bySource);
    addGroups("type", r.byType);
    w.table("groups", Text::tr("Last 12 months by source and account type"),
            {{"by", Text::tr("By")},
             {"group", Text::tr("Group")},
             {"active_at_start", Text::tr("Active at start"), Format::Count},
             {"new", Text::tr("New"), Format::Count},
             {"lost", Text::tr("Lost"), Format::Count},
             {"active_at_end", Text::tr("Active at end"), Format::Count},
             {"churn", Text::tr("Churn"), Format::Percent}},
            groups);
}

// cohorts: retention and revenue by month of first purchase.
void writeCohorts(const AnalyticsContext &c, ReportWriter &w)
{
    const CohortTableResult r = CohortTable::compute(c.input.purchases, c.asOf);
    if (w.isJson()) {
        // Whole curves: one value per month since the cohort's first.
        std::vector<QJsonArray> rows;
        for (const Cohort &cohort : r.cohorts) {
            QJsonArray retention, revenue, cumulative;
            for (const CohortCell &cell : cohort.cells) {
                retention.append(number(cell.retention));
                revenue.append(number(cell.revenue));
                cumulative.append(number(cell.cumulativeRevenuePerCustomer));
            }
            rows.push_back({monthKey(cohort.month), qint64(cohort.customers.size()), retention, revenue, cumulative});
        }
        w.table("cohorts", QString(),
                {{"month", {}}, {"customers", {}}, {"retention", {}}, {"revenue", {}}, {"cumulative_revenue_per_customer", {}}}, rows);
        return;
    }
    // Text: retention a few months on, and what a customer has spent so far.
    const int after[] = {1, 2, 3, 6, 12};
    std::vector<QJsonArray> rows;
    for (const Cohort &cohort : r.cohorts) {
        QJsonArray row{monthKey(cohort.month), qint64(cohort.customers.size())};
        for (int m : after)
            row.append(m < int(cohort.cells.size()) ? number(cohort.cells[size_t(m)].retention) : QJsonValue());
        row.append(cohort.cells.empty() ? QJsonValue() : number(cohort.cells.back().cumulativeRevenuePerCustomer));
        rows.push_back(row);
    }
    w.table("cohorts", Text::tr("Retention by months since the first purchase"),
            {{"month", Text::tr("Cohort")},
             {"customers", Text::tr("Customers"), Format::Count},
             {"m1", QStringLiteral("+1"), Format::Percent},
             {"m2", QStringLiteral("+2"), Format::Percent},
             {"m3", QStringLiteral("+3"), Format::Percent},
             {"m6", QStringLiteral("+6"), Format::Percent},
             {"m12", QStringLiteral("+12"), Format::Percent},
             {"revenue_per_customer", Text::tr("Revenue per customer"), Format::Money}},
            rows);
}

// retention: sBG fitted on the pooled cohorts' survivors, and its projection.
void writeRetention(const AnalyticsContext &c, ReportWriter &w)
{
    const CohortSurvivalResult r = CohortSurvival::compute(CohortTable::compute(c.input.purchases, c.asOf));
    w.field("cohorts", Text::tr("Cohorts pooled"), r.cohorts, Format::Count);
    if (!r.fit.model) {
        w.note("error", r.fit.error);
        return;
    }
    w.field("alpha", QStringLiteral("alpha"), number(r.fit.model->alpha()), Format::Number);
    w.field("beta", QStringLiteral("beta"), number(r.fit.model->beta()), Format::Number);
    w.field("log_likelihood", Text::tr("Log-likelihood"), number(r.fit.logLikelihood), Format::Number);
    w.field("converged", Text::tr("Converged"), r.fit.converged);
    std::vector<QJsonArray> rows;
    const double start = r.survivors.empty() ? 0 : r.survivors.front();
    for (size_t k = 0; k < r.projected.size(); ++k)
        rows.push_back({qint64(k), k < r.survivors.size() ? number(r.survivors[k]) : QJsonValue(), number(r.projected[k]),
                        start > 0 ? number(r.projected[k] / start) : QJsonValue()});
    w.table("survivors", Text::tr("Customers still buying, by months since the first purchase"),
            {{"month", Text::tr("Month")},
             {"observed", Text::tr("Observed"), Format::Number},
             {"projected", Text::tr("Projected"), Format::Number},
             {"projected_share", Text::tr("Projected share"), Format::Percent}},
            rows);
}

// rfm: segments and the quintile edges behind the scores.
void writeRfm(const AnalyticsContext &c, ReportWriter &w)
{
    const RfmResult r = RfmSegmentation::compute(c.input.purchases, c.asOf);
    double total = 0;
    for (const RfmSegmentSummary &s : r.segments)
        total += s.revenue;
    w.field("customers", Text::tr("Customers"), qint64(r.customers.size()), Format::Count);
    std::vector<QJsonArray> rows;
    for (const RfmSegmentSummary &s : r.segments) {
        const RfmSegmentInfo &info = rfmSegmentInfo(s.segment);
        const QString name = w.isJson() ? QString::fromLatin1(info.key)
                                        : QCoreApplication::translate(RfmSegmentInfo::TranslationContext, info.label);
        rows.push_back({name, qint64(s.customers.size()),
                        r.customers.empty() ? 0.0 : double(s.customers.size()) / double(r.customers.size()), number(s.revenue),
                        total > 0 ? number(s.revenue / total) : QJsonValue()});
    }
    w.table("segments", Text::tr("Segments"),
            {{"segment", Text::tr("Segment")},
             {"customers", Text::tr("Customers"), Format::Count},
             {"customer_share", Text::tr("Share of customers"), Format::Percent},
             {"revenue", Text::tr("Revenue"), Format::Money},
             {"revenue_share", Text::tr("Share of revenue"), Format::Percent}},
            rows);
    // Each score's range of values: the edges the quintiles fell on.
    struct Range {
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        void add(double v) { low = std::min(low, v), high = std::max(high, v); }
    };
    Range recency[5], frequency[5], monetary[5];
    for (const RfmCustomer &rc : r.customers) {
        recency[rc.r - 1].add(rc.recencyDays);
        frequency[rc.f - 1].add(rc.frequency);
        monetary[rc.m - 1].add(rc.monetary);
    }
    std::vector<QJsonArray> edges;
    for (int s = 5; s >= 1; --s)
        edges.push_back({s, number(recency[s - 1].low), number(recency[s - 1].high), number(frequency[s - 1].low),
                         number(frequency[s - 1].high), number(monetary[s - 1].low), number(monetary[s - 1].high)});
    w.table("score_edges", Text::tr("Score ranges (5 = best)"),
            {{"score", Text::tr("Score"), Format::Count},
             {"recency_days_min", Text::tr("Recency from"), Format::Count},
             {"recency_days_max", Text::tr("to"), Format::Count},
             {"frequency_min", Text::tr("Frequency from"), Format::Count},
             {"frequency_max", Text::tr("to"), Format::Count},
             {"monetary_min", Text::tr("Monetary from"), Format::Money},
             {"monetary_max", Text::tr("to"), Format::Money}},
            edges);
}

template <typename Model>
void writeFitStatus(const ModelFit<Model> &fit, ReportWriter &w)
{
    w.field("log_likelihood", Text::tr("Log-likelihood"), fit.model ? number(fit.logLikelihood) : QJsonValue(), Format::Number);
    w.field("converged", Text::tr("Converged"), fit.converged);
    w.field("iterations", Text::tr("Iterations"), fit.iterations, Format::Count);
    if (!fit.error.isEmpty())
        w.field("error", Text::tr("Error"), fit.error);
}

// lifetime: BG/NBD and Gamma-Gamma fitted in weeks, and residual CLV.
void writeLifetime(const AnalyticsContext &c, ReportWriter &w)
{
    const RepeatPurchaseSummary summary = RepeatPurchaseSummary::summarise(c.input.purchases, c.asOf);
    w.field("customers", Text::tr("Customers"), qint64(summary.customers().size()), Format::Count);
    w.field("repeat_customers", Text::tr("Repeat customers"), summary.repeaters(), Format::Count);
    w.field("repeat_transactions", Text::tr("Repeat transactions"), summary.repeatTransactions(), Format::Count);

    const ModelFit<BgNbdModel> bg = BgNbdModel::fit(summary.customers());
    w.beginGroup("bgnbd", Text::tr("BG/NBD (weeks)"));
    const BgNbdParameters bp = bg.model ? bg.model->parameters() : BgNbdParameters{};
    const bool hasBg = bg.model.has_value();
    w.field("r", QStringLiteral("r"), hasBg ? number(bp.r) : QJsonValue(), Format::Number);
    w.field("alpha", QStringLiteral("alpha"), hasBg ? number(bp.alpha) : QJsonValue(), Format::Number);
    w.field("a", QStringLiteral("a"), hasBg ? number(bp.a) : QJsonValue(), Format::Number);
    w.field("b", QStringLiteral("b"), hasBg ? number(bp.b) : QJsonValue(), Format::Number);
    writeFitStatus(bg, w);
    w.endGroup();

    const ModelFit<GammaGammaModel> gg = GammaGammaModel::fit(summary.customers());
    w.beginGroup("gamma_gamma", Text::tr("Gamma-Gamma"));
    const GammaGammaParameters gp = gg.model ? gg.model->parameters() : GammaGammaParameters{};
    const bool hasGg = gg.model.has_value();
    w.field("p", QStringLiteral("p"), hasGg ? number(gp.p) : QJsonValue(), Format::Number);
    w.field("q", QStringLiteral("q"), hasGg ? number(gp.q) : QJsonValue(), Format::Number);
    w.field("gamma", QStringLiteral("gamma"), hasGg ? number(gp.gamma) : QJsonValue(), Format::Number);
    w.field("mean_spend", Text::tr("Mean spend per purchase"), hasGg ? number(gg.model->populationMeanSpend()) : QJsonValue(), Format::Money);
    writeFitStatus(gg, w);
    w.endGroup();

    w.field("horizon_weeks", Text::tr("Horizon (weeks)"), c.horizonWeeks, Format::Count);
    w.field("annual_discount_rate", Text::tr("Annual discount rate"), c.annualDiscount, Format::Percent);
    std::vector<CustomerLifetime> values;
    if (hasBg && hasGg)
        values = CustomerLifetimeValue(*bg.model, *gg.model, c.horizonWeeks, c.annualDiscount).valueAll(summary);
    double total = 0;
    for (const CustomerLifetime &v : values)
        if (std::isfinite(v.lifetimeValue))
            total += v.lifetimeValue;
    w.field("total_value", Text::tr("Expected value of all customers"), hasBg && hasGg ? number(total) : QJsonValue(), Format::Money);
    // Highest value first; a value that could not be computed goes last.
    auto value = [](const CustomerLifetime &v) { return std::isfinite(v.lifetimeValue) ? v.lifetimeValue : -1e300; };
    const size_t n = std::min(values.size(), size_t(c.top));
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(n), values.end(), [&](const CustomerLifetime &a, const CustomerLifetime &b) {
        return value(a) != value(b) ? value(a) > value(b) : a.customer < b.customer;
    });
    std::vector<QJsonArray> rows;
    for (size_t i = 0; i < n; ++i) {
        const CustomerLifetime &v = values[i];
        rows.push_back({customerId(c, v.customer), customerName(c, v.customer), number(v.lifetimeValue), number(v.expectedTransactions),
                        number(v.expectedSpend), number(v.probabilityAlive), number(v.valueAtRisk)});
    }
    w.table("top_customers", Text::tr("Top customers by lifetime value"),
            {{"id", Text::tr("Id")},
             {"name", Text::tr("Name")},
             {"lifetime_value", Text::tr("Lifetime value"), Format::Money},
             {"expected_purchases", Text::tr("Expected purchases"), Format::Number},
             {"expected_spend", Text::tr("Expected spend"), Format::Money},
             {"probability_alive", Text::tr("P(alive)"), Format::Percent},
             {"value_at_risk", Text::tr("Value at risk"), Format::Money}},
            rows);
}

std::vector<QJsonArray> decileRows(const std::vector<ValueDecile> &deciles)
{
    std::vector<QJsonArray> rows;
    for (const ValueDecile &d : deciles)
        rows.push_back({d.decile, qint64(d.customers.size()), number(d.amount), number(d.share)});
    return rows;
}

// value: who brings the revenue (Pareto) and who brings the profit (whale curve).
void writeValue(const AnalyticsContext &c, ReportWriter &w)
{
    const CustomerValueResult r = CustomerValue::compute(c.input.purchases, c.asOf, c.input.activities.counts());
    w.field("customers", Text::tr("Customers"), qint64(r.byRevenue.size()), Format::Count);
    w.field("revenue", Text::tr("Revenue"), number(r.paretoCurve.total), Format::Money);
    w.field("top_20_revenue_share", Text::tr("Revenue share of the top 20 %"), number(r.top20RevenueShare), Format::Percent);
    w.field("profit", Text::tr("Profit"), number(r.whaleCurve.total), Format::Money);
    w.field("whale_peak_customers", Text::tr("Profit peaks after customers"), r.whaleCurve.peakCustomers, Format::Count);
    w.field("whale_peak_share", Text::tr("Profit at the peak"), r.whaleCurve.sharesDefined ? number(r.whaleCurve.peakShare) : QJsonValue(),
            Format::Percent);
    w.field("unattributed_cost_to_serve", Text::tr("Cost to serve prospects"), number(r.unattributedCostToServe), Format::Money);
    w.table("revenue_deciles", Text::tr("Revenue by decile"),
            {{"decile", Text::tr("Decile"), Format::Count},
             {"customers", Text::tr("Customers"), Format::Count},
             {"revenue", Text::tr("Revenue"), Format::Money},
             {"share", Text::tr("Share"), Format::Percent}},
            decileRows(r.revenueDeciles));
    w.table("profit_deciles", Text::tr("Profit by decile"),
            {{"decile", Text::tr("Decile"), Format::Count},
             {"customers", Text::tr("Customers"), Format::Count},
             {"profit", Text::tr("Profit"), Format::Money},
             {"share", Text::tr("Share"), Format::Percent}},
            decileRows(r.profitDeciles));
    std::vector<QJsonArray> rows;
    for (size_t i = 0; i < std::min(r.byProfit.size(), size_t(c.top)); ++i) {
        const CustomerValueRow &v = r.byProfit[i];
        rows.push_back({customerId(c, v.customer), customerName(c, v.customer), number(v.revenue), number(v.costOfGoods),
                        number(v.costToServe), number(v.profit)});
    }
    w.table("top_customers", Text::tr("Top customers by profit"),
            {{"id", Text::tr("Id")},
             {"name", Text::tr("Name")},
             {"revenue", Text::tr("Revenue"), Format::Money},
             {"cost_of_goods", Text::tr("Cost of goods"), Format::Money},
             {"cost_to_serve", Text::tr("Cost to serve"), Format::Money},
             {"profit", Text::tr("Profit"), Format::Money}},
            rows);
}

QJsonArray monthRow(const SalesMonth &m)
{
    return {monthKey(m.month), number(m.revenue), optional(m.priorYearRevenue), optional(m.growthPercent), m.partial};
}

QList<ReportColumn> salesColumns()
{
    return {{"month", Text::tr("Month")},
            {"revenue", Text::tr("Revenue"), Format::Money},
            {"prior_year_revenue", Text::tr("A year earlier"), Format::Money},
            {"growth_percent", Text::tr("Growth %"), Format::Money},
            {"partial", Text::tr("Partial")}};
}

// sales: revenue per month against the same month a year earlier, overall and by category.
void writeSales(const AnalyticsContext &c, ReportWriter &w)
{
    std::vector<SalesLine> lines;
    lines.reserve(c.input.lines.size());
    for (const PurchasedLine &l : c.input.lines)
        lines.push_back({l.day, l.product, l.revenue});
    const SalesComparisonResult r = SalesComparison::compute(catalogue(c.input), lines, c.asOf);
    std::vector<QJsonArray> rows;
    for (const SalesMonth &m : r.overall.months)
        rows.push_back(monthRow(m));
    w.table("months", Text::tr("By month"), salesColumns(), rows);
    // Per category: the last twelve months against the twelve before.
    std::vector<QJsonArray> categories;
    QJsonArray categoryMonths;
    for (const SalesSeries &s : r.byCategory) {
        double recent = 0, prior = 0;
        bool priorKnown = !s.months.empty();
        const size_t from = s.months.size() > 12 ? s.months.size() - 12 : 0;
        for (size_t i = from; i < s.months.size(); ++i) {
            recent += s.months[i].revenue;
            priorKnown = priorKnown && s.months[i].priorYearRevenue.has_value();
            prior += s.months[i].priorYearRevenue.value_or(0);
        }
        const QJsonValue growth = priorKnown && prior > 0 ? number(100 * (recent - prior) / prior) : QJsonValue();
        categories.push_back({s.key, number(recent), priorKnown ? number(prior) : QJsonValue(), growth});
        if (w.isJson()) {
            QJsonArray months;
            for (const SalesMonth &m : s.months)
                months.append(QJsonObject{{QStringLiteral("month"), monthKey(m.month)},
                                          {QStringLiteral("revenue"), number(m.revenue)},
                                          {QStringLiteral("prior_year_revenue"), optional(m.priorYearRevenue)},
                                          {QStringLiteral("growth_percent"), optional(m.growthPercent)}});
            categoryMonths.append(QJsonObject{{QStringLiteral("category"), s.key}, {QStringLiteral("months"), months}});
        }
    }
    w.table("categories", Text::tr("By category, last 12 months"),
            {{"category", Text::tr("Category")},
             {"revenue_12_months", Text::tr("Revenue"), Format::Money},
             {"prior_12_months", Text::tr("A year earlier"), Format::Money},
             {"growth_percent", Text::tr("Growth %"), Format::Money}},
            categories);
    w.jsonOnly("category_months", categoryMonths);
}

// affinity: products bought by the same customers.
void writeAffinity(const AnalyticsContext &c, ReportWriter &w)
{
    std::vector<ProductPurchase> purchases;
    purchases.reserve(c.input.lines.size());
    for (const PurchasedLine &l : c.input.lines)
        if (l.quantity > 0)  // a return is not a purchase of the product
            purchases.push_back({l.customer, l.product, l.day});
    ProductAffinitySettings settings;
    settings.maximumPairs = c.top;
    const ProductAffinityResult r = ProductAffinity::compute(catalogue(c.input), purchases, c.asOf, settings);
    w.field("customers", Text::tr("Customers"), r.customers, Format::Count);
    w.field("minimum_support", Text::tr("Minimum support"), settings.minimumSupport, Format::Percent);
    auto label = [&](int product) {
        const ProductInfo &p = c.input.products[size_t(product)];
        return p.code.isEmpty() ? p.name : p.code;
    };
    std::vector<QJsonArray> rows;
    for (const ProductPair &p : r.pairs)
        rows.push_back({label(p.a), label(p.b), qint64(p.customersWithBoth.size()), number(p.support), number(p.confidenceAB),
                        number(p.confidenceBA), number(p.lift)});
    w.table("pairs", Text::tr("Products bought by the same customers"),
            {{"product_a", Text::tr("Product A")},
             {"product_b", Text::tr("Product B")},
             {"customers", Text::tr("Customers"), Format::Count},
             {"support", Text::tr("Support"), Format::Percent},
             {"confidence_a_b", Text::tr("P(B|A)"), Format::Percent},
             {"confidence_b_a", Text::tr("P(A|B)"), Format::Percent},
             {"lift", Text::tr("Lift"), Format::Number}},
            rows);
}

// churn: customers ranked by value at risk, with the reasons in words.
void writeChurn(const AnalyticsContext &c, ReportWriter &w)
{
    const LifetimeAnalysis lifetime = LifetimeAnalysis::compute(c.input.purchases, c.asOf, {c.horizonWeeks, c.annualDiscount});
    if (!lifetime.purchases.model || !lifetime.spend.model) {
        w.note("error", lifetime.purchases.model ? lifetime.spend.error : lifetime.purchases.error);
        return;
    }
    w.field("converged", Text::tr("Converged"), lifetime.purchases.converged && lifetime.spend.converged);
    const std::vector<ChurnRiskCustomer> ranked = ChurnRisk::compute(c.input.purchases, lifetime.values, c.input.service, c.asOf, 0);
    double atRisk = 0;
    for (const ChurnRiskCustomer &r : ranked)
        atRisk += r.valueAtRisk;
    w.field("value_at_risk", Text::tr("Value at risk"), number(atRisk), Format::Money);
    std::vector<QJsonArray> rows;
    for (size_t i = 0; i < ranked.size() && i < size_t(c.top); ++i) {
        const ChurnRiskCustomer &r = ranked[i];
        QStringList reasons;
        for (const ChurnReason &reason : r.reasons)
            reasons << ChurnRisk::describe(reason);
        rows.push_back({customerId(c, r.customer), customerName(c, r.customer), number(r.valueAtRisk), number(r.probabilityAlive),
                        number(r.lifetimeValue), reasons.join(QLatin1Char(' '))});
    }
    w.table("at_risk", Text::tr("Customers at risk"),
            {{"id", Text::tr("Id")},
             {"name", Text::tr("Name")},
             {"value_at_risk", Text::tr("Value at risk"), Format::Money},
             {"probability_alive", Text::tr("P(alive)"), Format::Percent},
             {"lifetime_value", Text::tr("Lifetime value"), Format::Money},
             {"reasons", Text::tr("Reasons")}},
            rows);
}

// pipeline: funnel, forecast, win rate and days to close over the year to the as-of date.
void writePipeline(const AnalyticsContext &c, ReportWriter &w)
{
    PipelineFilter filter;
    filter.from = c.asOf.addYears(-1).addDays(1);
    filter.to = c.asOf;
    const PipelineResult r = PipelineAnalytics::compute(c.input.pipeline, filter);
    // The forecast looks ahead of the as-of date: open deals expected to
    // close from three months before it (overdue) to a year after.
    PipelineFilter ahead;
    ahead.from = QDate(c.asOf.year(), c.asOf.month(), 1).addMonths(-3);
    ahead.to = QDate(c.asOf.year(), c.asOf.month(), 1).addMonths(12).addDays(-1);
    const PipelineFigures forecastAll = PipelineAnalytics::compute(c.input.pipeline, ahead).overall;
    w.field("from", Text::tr("From"), filter.from.toString(Qt::ISODate));
    const PipelineFigures &all = r.overall;
    w.field("won", Text::tr("Won", "deals"), qint64(all.wonDeals.size()), Format::Count);
    w.field("lost", Text::tr("Lost", "deals"), qint64(all.lostDeals.size()), Format::Count);
    w.field("win_rate", Text::tr("Win rate"), optional(all.winRate), Format::Percent);
    w.field("average_days_to_close", Text::tr("Average days to close"), optional(all.averageDaysToClose), Format::Number);
    w.field("average_won_amount", Text::tr("Average won deal"), optional(all.averageWonAmount), Format::Money);
    w.field("forecast_amount", Text::tr("Open amount"), number(forecastAll.forecastAmount), Format::Money);
    w.field("forecast_weighted", Text::tr("Weighted forecast"), number(forecastAll.forecastWeighted), Format::Money);
    std::vector<QJsonArray> funnel;
    for (const PipelineFunnel &f : all.funnels)
        for (const FunnelStage &s : f.stages)
            funnel.push_back({f.pipelineId, s.name, qint64(s.deals.size()), optional(s.toNextRate), optional(s.toWonRate)});
    w.table("funnel", Text::tr("Funnel"),
            {{"pipeline_id", Text::tr("Pipeline")},
             {"stage", Text::tr("Stage")},
             {"reached", Text::tr("Deals"), Format::Count},
             {"to_next", Text::tr("To next stage"), Format::Percent},
             {"to_won", Text::tr("To won"), Format::Percent}},
            funnel);
    std::vector<QJsonArray> forecast;
    for (const ForecastMonth &m : forecastAll.forecast)
        forecast.push_back({monthKey(m.month), qint64(m.deals.size()), number(m.amount), number(m.weighted)});
    w.table("forecast", Text::tr("Forecast by month"),
            {{"month", Text::tr("Month")},
             {"deals", Text::tr("Deals"), Format::Count},
             {"amount", Text::tr("Open amount"), Format::Money},
             {"weighted", Text::tr("Weighted forecast"), Format::Money}},
            forecast);
    std::vector<QJsonArray> owners;
    for (const PipelineFigures &o : r.byOwner)
        owners.push_back({o.ownerId, qint64(o.wonDeals.size()), qint64(o.lostDeals.size()), optional(o.winRate), optional(o.averageDaysToClose),
                          optional(o.averageWonAmount), number(o.forecastWeighted)});
    w.table("owners", Text::tr("Per owner"),
            {{"owner_id", Text::tr("Owner")},
             {"won", Text::tr("Won", "deals"), Format::Count},
             {"lost", Text::tr("Lost", "deals"), Format::Count},
             {"win_rate", Text::tr("Win rate"), Format::Percent},
             {"average_days_to_close", Text::tr("Average days to close"), Format::Number},
             {"average_won_amount", Text::tr("Average won deal"), Format::Money},
             {"forecast_weighted", Text::tr("Weighted forecast"), Format::Money}},
            owners);
}

// campaigns: response, conversion, revenue, cost, ROI, cost per new customer.
void writeCampaigns(const AnalyticsContext &c, ReportWriter &w)
{
    CampaignFilter filter;
    filter.to = c.asOf;
    const CampaignResult r = CampaignAnalytics::compute(c.input.campaigns, c.input.pipeline, c.input.purchases, filter);
    auto row = [](const QString &id, const QString &name, const CampaignFigures &f) {
        return QJsonArray{id, name, f.members, f.sent, f.responded, f.converted, optional(f.responseRate), optional(f.conversionRate),
                          number(f.revenue), number(f.cost), optional(f.roi), qint64(f.newCustomers.size()), optional(f.costPerNewCustomer)};
    };
    std::vector<QJsonArray> rows;
    for (const CampaignFigures &f : r.campaigns) {
        const CampaignInfo &info = c.input.campaigns.campaigns[size_t(f.campaign)];
        rows.push_back(row(info.id, info.name, f));
    }
    rows.push_back(row(QString(), Text::tr("All campaigns"), r.totals));
    w.table("campaigns", Text::tr("Campaigns"),
            {{"id", Text::tr("Id")},
             {"name", Text::tr("Name")},
             {"members", Text::tr("Members"), Format::Count},
             {"sent", Text::tr("Sent"), Format::Count},
             {"responded", Text::tr("Responded"), Format::Count},
             {"converted", Text::tr("Converted"), Format::Count},
             {"response_rate", Text::tr("Response rate"), Format::Percent},
             {"conversion_rate", Text::tr("Conversion rate"), Format::Percent},
             {"revenue", Text::tr("Revenue"), Format::Money},
             {"cost", Text::tr("Cost"), Format::Money},
             {"roi", Text::tr("ROI"), Format::Percent},
             {"new_customers", Text::tr("New customers"), Format::Count},
             {"cost_per_new_customer", Text::tr("Cost per new customer"), Format::Money}},
            rows);
}

// service: cases per month against the service level, satisfaction, repeated complaints.
void writeService(const AnalyticsContext &c, ReportWriter &w)
{
    const qint64 asOf = QDateTime(c.asOf.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    const ServiceResult r = ServiceAnalytics::compute(c.input.service, asOf);
    w.field("open", Text::tr("Open cases"), qint64(r.open.size()), Format::Count);
    w.field("overdue", Text::tr("Overdue"), qint64(r.overdue.size()), Format::Count);
    w.field("rated", Text::tr("Rated cases"), r.rated, Format::Count);
    w.field("average_satisfaction", Text::tr("Average satisfaction"), optional(r.averageSatisfaction), Format::Number);
    std::vector<QJsonArray> months;
    for (const ServiceMonth &m : r.months)
        months.push_back({monthKey(m.month), qint64(m.opened.size()), qint64(m.resolved.size()), optional(m.medianHoursToResolve),
                          optional(m.withinLevel.share), optional(m.averageSatisfaction)});
    w.table("months", Text::tr("By month"),
            {{"month", Text::tr("Month")},
             {"opened", Text::tr("Opened"), Format::Count},
             {"resolved", Text::tr("Resolved"), Format::Count},
             {"median_hours_to_resolve", Text::tr("Median hours to resolve"), Format::Number},
             {"within_service_level", Text::tr("Within service level"), Format::Percent},
             {"average_satisfaction", Text::tr("Average satisfaction"), Format::Number}},
            months);
    std::vector<QJsonArray> repeated;
    for (const RepeatedComplaints &rc : r.repeated)
        repeated.push_back({customerId(c, rc.customer), customerName(c, rc.customer), qint64(rc.cases.size())});
    w.table("repeated_complaints", Text::tr("Accounts with repeated complaints"),
            {{"id", Text::tr("Id")}, {"name", Text::tr("Name")}, {"cases", Text::tr("Cases"), Format::Count}}, repeated);
}

} // namespace

const std::vector<AnalyticsSection> &analyticsSections()
{
    static const std::vector<AnalyticsSection> sections = {
        {"customers", QT_TRANSLATE_NOOP("rapportctl", "Customer base"), writeCustomers},
        {"cohorts", QT_TRANSLATE_NOOP("rapportctl", "Cohorts"), writeCohorts},
        {"retention", QT_TRANSLATE_NOOP("rapportctl", "Retention projection (sBG)"), writeRetention},
        {"rfm", QT_TRANSLATE_NOOP("rapportctl", "RFM segments"), writeRfm},
        {"lifetime", QT_TRANSLATE_NOOP("rapportctl", "Customer lifetime value"), writeLifetime},
        {"value", QT_TRANSLATE_NOOP("rapportctl", "Customer value and profit"), writeValue},
        {"sales", QT_TRANSLATE_NOOP("rapportctl", "Sales against last year"), writeSales},
        {"affinity", QT_TRANSLATE_NOOP("rapportctl", "Product affinity"), writeAffinity},
        {"churn", QT_TRANSLATE_NOOP("rapportctl", "Churn risk"), writeChurn},
        {"pipeline", QT_TRANSLATE_NOOP("rapportctl", "Pipeline"), writePipeline},
        {"campaigns", QT_TRANSLATE_NOOP("rapportctl", "Campaigns"), writeCampaigns},
        {"service", QT_TRANSLATE_NOOP("rapportctl", "Service"), writeService},
    };
    return sections;
}

} // namespace rapport::ctl
