// rapport_analytics_bench: the analytics figures of docs/performance.md
// ("Analytics (issue 5)") on a large store, each beside the sqlite3 shell
// answering the same question with an aggregate SELECT on the same file.
//
//   rapport_analytics_bench --db FILE [--sqlite3 /usr/bin/sqlite3] [--rounds N] [--again N] [--updates N]
//
// What it measures, as the desktop app does it (ui/dashboards):
// - load: AnalyticsInputLoader::load into a shared input (AnalyticsSource does
//   this on its worker once, and again after any store change); peak RSS.
//   Baseline: the loader's own statements, captured with StatementTrace
//   (bound values written in), replayed in the shell.
// - each dashboard page's computation, copied from its refresh() with the
//   default filter (last 12 months, every owner, every segment): "first" is
//   load + computation (the page opened first after a start or a change),
//   "again" the computation on the loaded input (opened again, another filter).
//   Pipeline, Campaigns and Service: the models of the Pipeline Analytics,
//   Campaign Results and Service pages over the same period.
// - after one new order: on a copy of the store, one order created through
//   OrderRepository, then what the app does now: merge the journal's new
//   orders into the input (AnalyticsInputLoader::changesSince) and
//   recompute the page.
// - the BG/NBD + Gamma-Gamma fit (LifetimeAnalysis::compute) on every customer.
// Each beside a shell aggregate that answers the page's main question.
// The store itself is not changed (the order goes into a copy, removed after).

#include "BenchSupport.h"

#include "analytics/AnalyticsInputLoader.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/CampaignAnalytics.h"
#include "analytics/ChurnRisk.h"
#include "analytics/CohortSurvival.h"
#include "analytics/CohortTable.h"
#include "analytics/CustomerBaseSeries.h"
#include "analytics/CustomerValue.h"
#include "analytics/LifetimeAnalysis.h"
#include "analytics/LifetimeFitCache.h"
#include "analytics/PipelineAnalytics.h"
#include "analytics/ProductAffinity.h"
#include "analytics/RfmSegmentation.h"
#include "analytics/SalesComparison.h"
#include "analytics/ServiceAnalytics.h"
#include "store/ActivityRepository.h"
#include "store/OrderRepository.h"
#include "store/StatementTrace.h"
#include "store/Store.h"
#include "store/queries/AnalyticsRowsQuery.h"
#include "store/queries/OrderAmountSql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>

#include <future>
#include <memory>

namespace rapport::bench {

namespace {

using namespace rapport::analytics;

using InputPtr = std::shared_ptr<const AnalyticsInput>;

template <typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

void progress(const QString &line)
{
    QTextStream(stderr) << line << "\n";
}

// The statements store connections run while capturing (the loader's).
class Capture {
public:
    Capture()
    {
        StatementTrace::setSink([this](const StatementTrace::Statement &s) {
            QMutexLocker lock(&m_mutex);
            if (m_on)
                m_sql << s.sql;
        });
    }
    ~Capture() { StatementTrace::setSink({}); }
    void start()
    {
        QMutexLocker lock(&m_mutex);
        m_sql.clear();
        m_on = true;
    }
    QStringList stop()
    {
        QMutexLocker lock(&m_mutex);
        m_on = false;
        return m_sql;
    }

private:
    QMutex m_mutex;
    bool m_on = false;
    QStringList m_sql;
};

// One shell line: the statements joined, newlines folded (the shell times a line).
QString shellLine(const QStringList &statements)
{
    QStringList out;
    for (QString s : statements) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        s = s.trimmed();
        while (s.endsWith(QLatin1Char(';')))
            s.chop(1);
        if (!s.isEmpty())
            out << s + QLatin1Char(';');
    }
    return out.join(QLatin1Char(' '));
}

// A dashboard page: its computation (returns a few words on what it found)
// and the shell's aggregate for its main question.
struct PageDef {
    QString name;
    QString computes;
    std::function<QString(const AnalyticsInput &, LifetimeFitCache &)> compute;
    QString shellQuestion;
    QStringList shellSql;
};

// The statements' shared pieces: live orders of live accounts in the
// reporting currency, with their live lines (the loader's joins).
struct SqlPieces {
    QString currency;
    qint64 fromMs = 0; // local start of the period's first day
    qint64 endMs = 0;  // local start of the day after the as-of date
    QString asOf;      // ISO date
    QString net = QLatin1String(sql::OrderLineNet);
    QString month = QStringLiteral("strftime('%Y-%m', o.ordered_at / 1000, 'unixepoch', 'localtime')");
    QString day = QStringLiteral("date(o.ordered_at / 1000, 'unixepoch', 'localtime')");

    QString orders(const QString &lineJoin = QStringLiteral("LEFT JOIN")) const
    {
        return QStringLiteral("FROM orders o JOIN accounts acc ON acc.id = o.account_id AND acc.deleted_at IS NULL "
                              "%1 order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
                              "WHERE o.deleted_at IS NULL AND o.currency = %2 AND o.ordered_at < %3")
            .arg(lineJoin, sqlText(currency))
            .arg(endMs);
    }
    QString ordersOnly() const
    {
        return QStringLiteral("FROM orders o JOIN accounts acc ON acc.id = o.account_id AND acc.deleted_at IS NULL "
                              "WHERE o.deleted_at IS NULL AND o.currency = %1 AND o.ordered_at < %2")
            .arg(sqlText(currency))
            .arg(endMs);
    }
};

QList<PageDef> pages(const AnalyticsScope &scope, const SqlPieces &p)
{
    QList<PageDef> out;
    const QString inPeriod = QStringLiteral(" AND o.ordered_at >= %1").arg(p.fromMs);
    // Customers per (first month, month): the cohort table's cells.
    const QString customerMonths = QStringLiteral("WITH m AS (SELECT DISTINCT o.account_id AS c, %1 AS mo %2), "
                                                  "f AS (SELECT c, min(mo) AS first FROM m GROUP BY c) ")
                                       .arg(p.month, p.ordersOnly());

    out << PageDef{
        QStringLiteral("Loyalty"), QStringLiteral("RFM + cohorts + CohortSurvival"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            std::future<std::pair<CohortTableResult, CohortSurvivalResult>> cohortsLater = std::async(std::launch::async, [&input, &in, &scope] {
                const PurchaseHistory history = ScopedInput::purchases(input, in, scope, false);
                CohortTableResult cohorts = CohortTable::compute(history, scope.to);
                CohortSurvivalResult survival = CohortSurvival::compute(cohorts);
                return std::make_pair(std::move(cohorts), std::move(survival));
            });
            const RfmResult rfm = RfmSegmentation::compute(input.purchases, scope.to);
            std::vector<double> monetary(input.purchases.customers.size(), 0.0);
            for (const RfmCustomer &c : rfm.customers)
                monetary[size_t(c.customer)] = c.monetary;
            double revenue = 0;
            size_t segmented = 0;
            for (const RfmSegmentSummary &s : rfm.segments)
                for (int c : s.customers)
                    if (in[size_t(c)]) {
                        ++segmented;
                        revenue += monetary[size_t(c)];
                    }
            auto [cohorts, survival] = cohortsLater.get();
            if (scope.from.isValid())
                std::erase_if(cohorts.cohorts, [&scope](const Cohort &c) { return c.month < QDate(scope.from.year(), scope.from.month(), 1); });
            return QStringLiteral("%1 customers in RFM segments, %2 cohorts shown, survival over %3 cohorts")
                .arg(segmented)
                .arg(cohorts.cohorts.size())
                .arg(survival.cohorts);
        },
        QStringLiteral("recency, frequency, monetary per account (GROUP BY account); customers per first month and month"),
        {QStringLiteral("SELECT o.account_id, max(o.ordered_at), count(DISTINCT o.id), ifnull(sum(%1), 0) %2 GROUP BY o.account_id")
             .arg(p.net, p.orders()),
         customerMonths + QStringLiteral("SELECT f.first, m.mo, count(*) FROM m JOIN f USING (c) GROUP BY f.first, m.mo")}};

    out << PageDef{
        QStringLiteral("Churn"), QStringLiteral("CustomerBaseSeries + ChurnRisk (lifetime fit cached per load)"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &lifetimes) {
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            std::future<CustomerBaseResult> baseLater = std::async(std::launch::async, [&input, &in, &scope] {
                return CustomerBaseSeries::compute(ScopedInput::purchases(input, in, scope, false), scope.to);
            });
            const auto lifetime = lifetimes.get(input, scope.to);
            const ChurnRiskSettings settings;
            // As the page: everybody ranked, reasons for the table's 100 rows.
            const std::vector<size_t> ranked = ChurnRisk::rankByValueAtRisk(input.purchases, lifetime->values, scope.to, in);
            std::vector<CustomerLifetime> shown;
            for (size_t i = 0; i < ranked.size() && i < 100; ++i)
                shown.push_back(lifetime->values[ranked[i]]);
            const std::vector<ChurnRiskCustomer> worded = ChurnRisk::compute(input.purchases, shown, input.service, scope.to, 0, settings);
            const size_t atRisk = ranked.size();
            Q_UNUSED(worded);
            const CustomerBaseResult base = baseLater.get();
            return QStringLiteral("%1 months of customer base, %2 customers at risk").arg(base.months.size()).arg(atRisk);
        },
        QStringLiteral("active and new customers per month; last order per account; open cases per account"),
        {customerMonths + QStringLiteral("SELECT m.mo, count(*), sum(m.mo = f.first) FROM m JOIN f USING (c) GROUP BY m.mo"),
         QStringLiteral("SELECT o.account_id, max(o.ordered_at), count(*) %1 GROUP BY o.account_id").arg(p.ordersOnly()),
         QStringLiteral("SELECT account_id, count(*) FROM cases WHERE deleted_at IS NULL AND resolved_at IS NULL GROUP BY account_id")}};

    out << PageDef{
        QStringLiteral("Value"), QStringLiteral("CustomerValue"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            const PurchaseHistory history = ScopedInput::purchases(input, in, scope, true);
            const CustomerValueResult v = CustomerValue::compute(history, scope.to, input.activities.counts(scope.from, scope.to, &in));
            return QStringLiteral("%1 customers ranked by revenue").arg(v.byRevenue.size());
        },
        QStringLiteral("revenue and cost of goods per account in the period; done activities per account and kind"),
        {}};
    out.last().shellSql = {
        QStringLiteral("SELECT o.account_id, count(DISTINCT o.id), ifnull(sum(%1), 0), sum(l.quantity * ifnull(pr.unit_cost, 0)) "
                       "FROM orders o JOIN accounts acc ON acc.id = o.account_id AND acc.deleted_at IS NULL "
                       "LEFT JOIN order_lines l ON l.order_id = o.id AND l.deleted_at IS NULL "
                       "LEFT JOIN products pr ON pr.id = l.product_id "
                       "WHERE o.deleted_at IS NULL AND o.currency = %2 AND o.ordered_at >= %3 AND o.ordered_at < %4 GROUP BY o.account_id")
            .arg(p.net, sqlText(p.currency))
            .arg(p.fromMs)
            .arg(p.endMs),
        QStringLiteral("SELECT account_id, kind, count(*) FROM activities WHERE account_id IS NOT NULL AND +start_at >= %1 AND +start_at < %2 "
                       "AND done_at IS NOT NULL AND deleted_at IS NULL GROUP BY account_id, kind")
            .arg(p.fromMs)
            .arg(p.endMs)};

    out << PageDef{
        QStringLiteral("Sales"), QStringLiteral("SalesComparison + ProductAffinity"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            std::vector<CatalogueProduct> catalogue;
            for (const ProductInfo &pi : input.products)
                catalogue.push_back({pi.id, pi.name, pi.category});
            std::vector<SalesLine> lines;
            std::vector<ProductPurchase> purchases;
            lines.reserve(input.lines.size());
            for (const PurchasedLine &l : input.lines) {
                if (!in[size_t(l.customer)])
                    continue;
                lines.push_back({l.day, l.product, l.revenue});
                if (l.quantity > 0 && (!scope.from.isValid() || l.day >= scope.from))
                    purchases.push_back({l.customer, l.product, l.day});
            }
            std::future<ProductAffinityResult> affinityLater = std::async(std::launch::async, [&catalogue, &purchases, &scope] {
                ProductAffinitySettings settings;
                settings.maximumPairs = 50;
                return ProductAffinity::compute(catalogue, purchases, scope.to, settings);
            });
            const SalesComparisonResult sales = SalesComparison::compute(catalogue, lines, scope.to);
            const ProductAffinityResult affinity = affinityLater.get();
            return QStringLiteral("%1 products × %2 months, %3 product pairs")
                .arg(sales.byProduct.size())
                .arg(sales.overall.months.size())
                .arg(affinity.pairs.size());
        },
        QStringLiteral("revenue per product and month (GROUP BY product, month); customers per product pair in the period"),
        {QStringLiteral("SELECT l.product_id, %1, sum(%2) %3 AND l.product_id IS NOT NULL GROUP BY l.product_id, 2")
             .arg(p.month, p.net, p.orders(QStringLiteral("JOIN"))),
         QStringLiteral("WITH b AS (SELECT DISTINCT o.account_id AS c, l.product_id AS p %1 AND l.product_id IS NOT NULL AND l.quantity > 0%2) "
                        "SELECT x.p, y.p, count(*) FROM b x JOIN b y ON y.c = x.c AND y.p > x.p GROUP BY x.p, y.p")
             .arg(p.orders(QStringLiteral("JOIN")), inPeriod)}};

    out << PageDef{
        QStringLiteral("Pipeline"), QStringLiteral("PipelineAnalytics"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            PipelineFilter f;
            f.from = scope.from;
            f.to = scope.to;
            const PipelineResult r = PipelineAnalytics::compute(input.pipeline, f);
            return QStringLiteral("%1 deals, %2 owners").arg(input.pipeline.deals.size()).arg(r.byOwner.size());
        },
        QStringLiteral("stages reached by the period's deals; open deals by expected month; deals closed in the period by kind"),
        {QStringLiteral("SELECT c.to_stage_id, count(DISTINCT c.opportunity_id) FROM stage_changes c JOIN opportunities o ON o.id = c.opportunity_id "
                        "WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL AND o.created_at >= %1 AND o.created_at < %2 GROUP BY c.to_stage_id")
             .arg(p.fromMs)
             .arg(p.endMs),
         QStringLiteral("SELECT substr(o.expected_close, 1, 7), count(*), sum(o.amount), sum(o.amount * ifnull(o.probability, 0) / 100.0) "
                        "FROM opportunities o JOIN stages s ON s.id = o.stage_id AND s.kind = 'open' WHERE o.deleted_at IS NULL GROUP BY 1"),
         QStringLiteral("SELECT o.owner_id, s.kind, count(*), sum(o.amount), avg(o.closed_at - o.created_at) FROM opportunities o "
                        "JOIN stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND o.closed_at >= %1 AND o.closed_at < %2 GROUP BY 1, 2")
             .arg(p.fromMs)
             .arg(p.endMs)}};

    out << PageDef{
        QStringLiteral("Campaigns"), QStringLiteral("CampaignAnalytics"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            CampaignFilter f;
            f.from = scope.from;
            f.to = scope.to;
            const CampaignResult r = CampaignAnalytics::compute(input.campaigns, input.pipeline, input.purchases, f);
            return QStringLiteral("%1 campaigns in the period").arg(r.campaigns.size());
        },
        QStringLiteral("members per campaign and status; attributed order revenue and won deals per campaign"),
        {QStringLiteral("SELECT campaign_id, count(*), sum(status IN ('sent','responded','converted')), sum(status IN ('responded','converted')), "
                        "sum(status = 'converted') FROM campaign_members WHERE deleted_at IS NULL GROUP BY campaign_id"),
         QStringLiteral("SELECT o.campaign_id, count(DISTINCT o.account_id), ifnull(sum(%1), 0) %2 AND o.campaign_id IS NOT NULL GROUP BY o.campaign_id")
             .arg(p.net, p.orders()),
         QStringLiteral("SELECT o.campaign_id, count(*), sum(o.amount) FROM opportunities o JOIN stages s ON s.id = o.stage_id AND s.kind = 'won' "
                        "WHERE o.deleted_at IS NULL AND o.campaign_id IS NOT NULL GROUP BY o.campaign_id")}};

    out << PageDef{
        QStringLiteral("Service"), QStringLiteral("ServiceAnalytics"),
        [scope](const AnalyticsInput &input, LifetimeFitCache &) {
            const qint64 asOf = QDateTime(scope.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
            const ServiceResult r = ServiceAnalytics::compute(input.service, asOf);
            return QStringLiteral("%1 cases, %2 months, %3 open").arg(input.service.cases.size()).arg(r.months.size()).arg(r.open.size());
        },
        QStringLiteral("cases per month and priority with resolved and satisfaction; open and overdue; repeated complaints"),
        {QStringLiteral("SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch', 'localtime'), ifnull(priority, 'normal'), count(*), "
                        "sum(resolved_at IS NOT NULL), avg(nullif(satisfaction, 0)) FROM cases WHERE deleted_at IS NULL AND created_at < %1 GROUP BY 1, 2")
             .arg(p.endMs),
         QStringLiteral("SELECT count(*), sum(due_at < %1) FROM cases WHERE deleted_at IS NULL AND created_at < %1 AND (resolved_at IS NULL OR resolved_at >= %1)")
             .arg(p.endMs),
         QStringLiteral("SELECT account_id, count(*) FROM cases WHERE deleted_at IS NULL AND account_id IS NOT NULL AND created_at >= %1 AND created_at < %2 "
                        "GROUP BY account_id HAVING count(*) >= 3")
             .arg(p.endMs - 90ll * 24 * 3600 * 1000)
             .arg(p.endMs)}};
    return out;
}

// x, t_x and T per customer (weeks), and the mean repeat spend: the summary
// the lifetime models are fitted on, as one aggregate in the shell.
QString repeatSummarySql(const SqlPieces &p)
{
    return QStringLiteral("WITH o1 AS (SELECT o.account_id AS c, %1 AS day, ifnull(sum(%2), 0) AS v %3 GROUP BY o.id), "
                          "t AS (SELECT c, day, sum(v) AS v FROM o1 WHERE v >= 0 GROUP BY c, day), "
                          "f AS (SELECT c, min(day) AS first, max(day) AS last, count(*) AS n FROM t GROUP BY c) "
                          "SELECT f.c, f.n - 1, (julianday(f.last) - julianday(f.first)) / 7.0, (julianday(%4) - julianday(f.first)) / 7.0, "
                          "avg(CASE WHEN t.day > f.first AND t.v > 0 THEN t.v END) FROM f JOIN t USING (c) GROUP BY f.c")
        .arg(p.day, p.net, p.orders(), sqlText(p.asOf));
}

// Every buyer's purchases in every currency, amounts unconverted (the store
// has no exchange rates): the lifetime fit at the scale of all buyers, which a
// one-currency input does not reach on a generated store. A timing figure;
// the dashboards fit on the reporting currency's customers only.
Result<PurchaseHistory> allCurrencies(Store &store, const AnalyticsInput &input)
{
    PurchaseHistory h;
    h.customers = input.purchases.customers;
    QHash<QString, int> index;
    for (size_t i = 0; i < h.customers.size(); ++i)
        index.insert(h.customers[i].id, int(i));
    AnalyticsRowsQuery rows(store);
    const auto counts = rows.orderCountsByCurrency();
    if (!counts)
        return counts.error();
    for (const auto &[currency, n] : *counts) {
        const Status st = rows.orders(currency, [&](const AnalyticsOrderRow &r) {
            const int c = index.value(r.accountId, -1);
            if (c >= 0)
                h.purchases.push_back({c, AnalyticsInputLoader::localDay(r.orderedAt), double(r.netMinor) / 100.0, double(r.costMinor) / 100.0});
            return true;
        });
        if (!st)
            return st.error();
    }
    h.sort();
    return h;
}

QString repeatSummaryAllSql(const SqlPieces &p)
{
    QString sql = repeatSummarySql(p);
    return sql.replace(QStringLiteral(" AND o.currency = %1").arg(sqlText(p.currency)), QString());
}

struct Options {
    QString db;
    QString sqlite3;
    int rounds = 3;
    int again = 5;
    int updates = 3;
};

// Loads the input as AnalyticsSource does: the loader, then the shared copy
// the pages compute from. Returns the two times in *loadMs and *shareMs.
Result<InputPtr> loadShared(Store &store, double *loadMs, double *shareMs)
{
    QElapsedTimer t;
    t.start();
    Result<AnalyticsInput> loaded = AnalyticsInputLoader::load(store);
    *loadMs = double(t.nsecsElapsed()) / 1e6;
    if (!loaded)
        return loaded.error();
    t.restart();
    // As AnalyticsSource::run hands it to the pages (moved, not copied).
    InputPtr input = std::make_shared<const AnalyticsInput>(std::move(loaded.value()));
    *shareMs = double(t.nsecsElapsed()) / 1e6;
    return input;
}

QString medianP95(const QList<double> &samples)
{
    const Summary s = summarise(samples);
    return QStringLiteral("median %1 · p95 %2 (n=%3)").arg(ms(s.median), ms(s.p95)).arg(s.n);
}

void removeDatabaseFiles(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(db + QLatin1String(suffix));
}

int run(const Options &o)
{
    QList<Row> rows;
    const QDate today = QDate::currentDate();
    AnalyticsScope scope; // the filter bar's default: the last 12 months, everyone
    scope.to = today;
    scope.from = today.addMonths(-12).addDays(1);

    Capture capture;
    StoreError e;
    auto store = Store::open(o.db, Store::OpenMode::ExistingOnly, &e);
    if (!store) {
        QTextStream(stderr) << "rapport_analytics_bench: " << e.message << "\n";
        return 1;
    }

    // ---- load, first and again -------------------------------------------------
    const long hwmBefore = procStatusKb("VmHWM");
    QList<double> loadSamples, shareSamples;
    QHash<QString, QList<double>> first, again;
    QHash<QString, QString> found;
    QStringList loaderSql;
    long hwmLoad = 0, rssHeld = 0;
    InputPtr input;
    LifetimeFitCache lifetimes;
    SqlPieces pieces;
    QList<PageDef> defs;
    for (int round = 0; round < o.rounds; ++round) {
        progress(QStringLiteral("load %1/%2 …").arg(round + 1).arg(o.rounds));
        input.reset(); // the previous load is gone before the next starts (a new load fits again: a new loadId)
        double loadMs = 0, shareMs = 0;
        if (round == 0)
            capture.start();
        Result<InputPtr> loaded = loadShared(*store, &loadMs, &shareMs);
        if (round == 0)
            loaderSql = capture.stop();
        if (!loaded) {
            QTextStream(stderr) << "rapport_analytics_bench: load: " << loaded.error().message << "\n";
            return 1;
        }
        input = *loaded;
        if (round == 0) {
            hwmLoad = procStatusKb("VmHWM");
            rssHeld = procStatusKb("VmRSS");
            pieces.currency = input->currency;
            pieces.fromMs = QDateTime(scope.from, QTime(0, 0)).toMSecsSinceEpoch();
            pieces.endMs = QDateTime(scope.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
            pieces.asOf = scope.to.toString(Qt::ISODate);
            defs = pages(scope, pieces);
        }
        loadSamples << loadMs;
        shareSamples << shareMs;
        for (const PageDef &page : defs) {
            QString what;
            const double c = timeMs([&] { what = page.compute(*input, lifetimes); });
            first[page.name] << loadMs + shareMs + c;
            found[page.name] = what;
        }
        if (round == 0) {
            for (const PageDef &page : defs) {
                progress(QStringLiteral("again: %1 …").arg(page.name));
                for (int i = 0; i < o.again; ++i)
                    again[page.name] << timeMs([&] { page.compute(*input, lifetimes); });
            }
        }
    }
    const Summary load = summarise(loadSamples);
    const Summary share = summarise(shareSamples);

    // ---- the first open of a session, from the kept input -----------------------
    // What AnalyticsSource does when the app starts: the input the last session
    // kept (AnalyticsSnapshot, with the lifetime fit of the Churn page's date)
    // read back, the journal since checked, then the page computed; each page
    // as the first of its own session (a fresh fit cache).
    QHash<QString, QList<double>> session;
    QList<double> restoreSamples;
    qint64 snapshotBytes = 0;
    double saveMs = 0;
    QString sessionError;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.analytics"));
        Status saved = success();
        saveMs = timeMs([&] { saved = AnalyticsInputLoader::save(*store, path, *input, lifetimes.saved(*input).get()); });
        if (!saved) {
            sessionError = saved.error().message;
        } else {
            snapshotBytes = QFileInfo(path).size();
            for (int round = 0; round < o.rounds && sessionError.isEmpty(); ++round) {
                for (const PageDef &page : defs) {
                    progress(QStringLiteral("session start %1/%2: %3 …").arg(round + 1).arg(o.rounds).arg(page.name));
                    LifetimeFitCache fresh;
                    std::shared_ptr<AnalyticsInput> held;  // what the app keeps; freed outside the timing
                    double restoreMs = 0;
                    const double total = timeMs([&] {
                        restoreMs = timeMs([&] {
                            Result<SavedAnalytics> r = AnalyticsInputLoader::restore(*store, path);
                            if (!r) {
                                sessionError = r.error().message;
                                return;
                            }
                            held = std::make_shared<AnalyticsInput>(std::move(r.value().input));
                            if (r->lifetime)
                                fresh.seed(*held, std::move(*r.value().lifetime));
                            const auto delta = AnalyticsInputLoader::changesSince(*store, *held);
                            if (delta && *delta)
                                AnalyticsInputLoader::apply(*held, **delta);
                        });
                        if (held)
                            page.compute(*held, fresh);
                    });
                    if (!sessionError.isEmpty())
                        break;
                    session[page.name] << total;
                    restoreSamples << restoreMs;
                }
            }
        }
    }

    // ---- the lifetime fit on every customer --------------------------------------
    QList<double> fitSamples;
    std::shared_ptr<const LifetimeAnalysis> fit;
    for (int i = 0; i < o.rounds; ++i) {
        progress(QStringLiteral("fit %1/%2 …").arg(i + 1).arg(o.rounds));
        fitSamples << timeMs([&] { fit = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::compute(input->purchases, today)); });
    }

    QList<double> fitAllSamples;
    std::shared_ptr<const LifetimeAnalysis> fitAll;
    QString fitAllError;
    {
        progress(QStringLiteral("reading every currency's orders …"));
        Result<PurchaseHistory> all = allCurrencies(*store, *input);
        if (!all) {
            fitAllError = all.error().message;
        } else {
            for (int i = 0; i < o.rounds; ++i) {
                progress(QStringLiteral("fit, all currencies %1/%2 …").arg(i + 1).arg(o.rounds));
                fitAllSamples << timeMs([&] { fitAll = std::make_shared<const LifetimeAnalysis>(LifetimeAnalysis::compute(all.value(), today)); });
            }
        }
    }

    // ---- the shell's baselines (same file, same run) -------------------------------
    progress(QStringLiteral("shell: the loader's %1 statements …").arg(loaderSql.size()));
    const QString loaderLine = shellLine(loaderSql);
    if (const QString dump = qEnvironmentVariable("ANALYTICS_BENCH_SQL"); !dump.isEmpty()) {
        QFile f(dump); // the loader's statements, one a line, for looking at them in the shell
        if (f.open(QIODevice::WriteOnly))
            for (const QString &s : loaderSql)
                f.write(shellLine({s}).toUtf8() + '\n');
    }
    const ShellTimes loadShell = runShellTimed(o.sqlite3, o.db, shellSetup(), QStringList(o.rounds, loaderLine));
    QHash<QString, ShellTimes> pageShell;
    for (const PageDef &page : defs) {
        progress(QStringLiteral("shell: %1 …").arg(page.name));
        pageShell.insert(page.name, runShellTimed(o.sqlite3, o.db, shellSetup(), QStringList(o.rounds, shellLine(page.shellSql))));
    }
    progress(QStringLiteral("shell: x, t_x, T per customer …"));
    const ShellTimes fitShell = runShellTimed(o.sqlite3, o.db, shellSetup(), QStringList(o.rounds, shellLine({repeatSummarySql(pieces)})));
    const ShellTimes fitAllShell = runShellTimed(o.sqlite3, o.db, shellSetup(), QStringList(o.rounds, shellLine({repeatSummaryAllSql(pieces)})));

    // ---- one new order, on a copy ----------------------------------------------------
    QHash<QString, QList<double>> updated;
    QList<double> commitSamples, reloadSamples;
    QList<double> activityMergeSamples, visitValueSamples;
    int fullReloads = 0;
    QString updateError;
    if (o.updates > 0) {
        const QString copy = o.db + QStringLiteral(".analytics-bench");
        removeDatabaseFiles(copy);
        store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        progress(QStringLiteral("copying the store for the new orders …"));
        if (QFile(o.db + QStringLiteral("-wal")).size() > 0)
            updateError = QStringLiteral("the store's WAL is not empty (another process has it open?)");
        else if (!QFile::copy(o.db, copy))
            updateError = QStringLiteral("cannot copy the store to %1").arg(copy);
        std::unique_ptr<Store> copied;
        if (updateError.isEmpty()) {
            copied = Store::open(copy, Store::OpenMode::ExistingOnly, &e);
            if (!copied)
                updateError = e.message;
        }
        if (copied) {
            // The customer with the most purchases buys the first product again.
            std::vector<int> counts(input->purchases.customers.size(), 0);
            for (const Purchase &pu : input->purchases.purchases)
                ++counts[size_t(pu.customer)];
            const int buyer = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
            double loadMs = 0, shareMs = 0;
            Result<InputPtr> held = loadShared(*copied, &loadMs, &shareMs); // what the app holds before the order
            InputPtr current = held ? *held : InputPtr();
            LifetimeFitCache slot;
            if (current)
                for (const PageDef &page : defs)
                    page.compute(*current, slot);
            OrderRepository orders(*copied);
            for (int u = 0; u < o.updates && updateError.isEmpty(); ++u) {
                progress(QStringLiteral("one new order %1/%2 …").arg(u + 1).arg(o.updates));
                Order order;
                order.accountId = input->purchases.customers[size_t(buyer)].id;
                order.ownerId = copied->localUserId();
                order.orderedAt = QDateTime::currentMSecsSinceEpoch();
                order.currency = input->currency;
                order.channel = QStringLiteral("phone");
                order.number = QStringLiteral("SO-BENCH-%1").arg(u + 1);
                OrderLine line;
                line.ownerId = order.ownerId;
                line.productId = input->products.empty() ? QString() : input->products.front().id;
                line.quantity = 1;
                line.unitPrice = 42'00;
                order.lines = {line};
                Result<QString> id = QString();
                commitSamples << timeMs([&] { id = orders.create(order); });
                if (!id) {
                    updateError = QStringLiteral("OrderRepository::create: %1").arg(id.error().message);
                    break;
                }
                // What AnalyticsSource does after storeChanged: read the journal
                // since the load, merge the new order into the input (a full
                // load only if the journal shows anything else), then the page
                // computes (the Churn page re-values with the cached fit).
                double mergeMs = 0;
                bool merged = false;
                mergeMs = timeMs([&] {
                    const auto delta = AnalyticsInputLoader::changesSince(*copied, *current);
                    if (delta && *delta) {
                        // In place, as AnalyticsSource does (its worker owns the input).
                        AnalyticsInputLoader::apply(*std::const_pointer_cast<AnalyticsInput>(current), **delta);
                        merged = true;
                    }
                });
                if (!merged) {
                    current.reset();
                    Result<InputPtr> reloaded = loadShared(*copied, &loadMs, &shareMs);
                    if (!reloaded) {
                        updateError = reloaded.error().message;
                        break;
                    }
                    current = *reloaded;
                    mergeMs += loadMs + shareMs;
                    ++fullReloads;
                }
                reloadSamples << mergeMs;
                for (const PageDef &page : defs)
                    updated[page.name] << mergeMs + timeMs([&] { page.compute(*current, slot); });
            }
            // A visit logged as done for the same customer: its day joins the
            // input's done-activity days and the Value page's cost to serve.
            ActivityRepository activities(*copied);
            const PageDef *valuePage = nullptr;
            for (const PageDef &page : defs)
                if (page.name == QLatin1String("Value"))
                    valuePage = &page;
            for (int u = 0; u < o.updates && updateError.isEmpty() && current && valuePage; ++u) {
                progress(QStringLiteral("one logged visit %1/%2 …").arg(u + 1).arg(o.updates));
                Activity visit;
                visit.accountId = input->purchases.customers[size_t(buyer)].id;
                visit.ownerId = copied->localUserId();
                visit.kind = QStringLiteral("visit");
                visit.subject = QStringLiteral("Bench visit %1").arg(u + 1);
                visit.startAt = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
                visit.doneAt = visit.startAt;
                if (Result<QString> id = activities.create(visit); !id) {
                    updateError = QStringLiteral("ActivityRepository::create: %1").arg(id.error().message);
                    break;
                }
                bool merged = false;
                const double mergeMs = timeMs([&] {
                    const auto delta = AnalyticsInputLoader::changesSince(*copied, *current);
                    if (delta && *delta) {
                        AnalyticsInputLoader::apply(*std::const_pointer_cast<AnalyticsInput>(current), **delta);
                        merged = true;
                    }
                });
                if (!merged) {
                    updateError = QStringLiteral("a logged visit needed a full load");
                    break;
                }
                activityMergeSamples << mergeMs;
                visitValueSamples << mergeMs + timeMs([&] { valuePage->compute(*current, slot); });
            }
            current.reset();
        }
        copied.reset();
        removeDatabaseFiles(copy);
    }

    // ---- the table ---------------------------------------------------------------------
    auto baseline = [&](Row *r, const ShellTimes &shell, double rapportMean, const QString &what) {
        if (!shell.error.isEmpty()) {
            r->baseline = QStringLiteral("error");
            r->note += (r->note.isEmpty() ? QString() : QStringLiteral("; ")) + shell.error;
            return;
        }
        const Summary s = summarise(shell.ms);
        r->baseline = QStringLiteral("mean %1: %2").arg(ms(s.mean), what);
        r->ratio = ratio(rapportMean, s.mean);
    };

    const qint64 lineCount = qint64(input->lines.size());
    Row loadRow{QStringLiteral("load: `AnalyticsInputLoader::load` + the shared copy (%1 customers, %2 orders, %3 lines)")
                    .arg(input->purchases.customers.size())
                    .arg(input->purchases.purchases.size())
                    .arg(lineCount),
                QStringLiteral("median %1 + %2 copy · peak RSS %3 (%4 held after)")
                    .arg(ms(load.median), ms(share.median), mb(double(hwmLoad)), mb(double(rssHeld))),
                {},
                {},
                QStringLiteral("(part of page open)"),
                std::nullopt,
                QStringLiteral("reporting currency %1 (%2 orders in other currencies left out: the store has no exchange rates); "
                               "VmHWM %3 before the first load; the second figure is handing the input to the pages (a move)")
                    .arg(input->currency)
                    .arg(input->ordersInOtherCurrencies)
                    .arg(mb(double(hwmBefore)))};
    baseline(&loadRow, loadShell, load.mean + share.mean,
             QStringLiteral("the loader's %1 statements · max RSS %2").arg(loaderSql.size()).arg(mb(double(loadShell.child.maxRssKb))));
    rows << loadRow;
    if (!restoreSamples.isEmpty())
        rows << Row{QStringLiteral("kept input read back (`AnalyticsInputLoader::restore` + `changesSince`)"), medianP95(restoreSamples), {}, {},
                    QStringLiteral("(part of a session's first page)"), std::nullopt,
                    QStringLiteral("file %1, written in %2 (after a load, in the background); from the page cache")
                        .arg(mb(double(snapshotBytes) / 1024.0), ms(saveMs))};

    for (const PageDef &page : defs) {
        const ShellTimes &shell = pageShell[page.name];
        const QString question = QStringLiteral("%1 (%2 statement(s))").arg(page.shellQuestion).arg(page.shellSql.size());
        Row f{QStringLiteral("%1 page, first (load + %2)").arg(page.name, page.computes), medianP95(first[page.name]), {}, {},
              QStringLiteral("< 300 ms"), summarise(first[page.name]).median < 300, found[page.name]};
        baseline(&f, shell, summarise(first[page.name]).mean, question);
        rows << f;
        if (!session[page.name].isEmpty()) {
            Row k{QStringLiteral("%1 page, first of a session (kept input + journal check + computation)").arg(page.name), medianP95(session[page.name]), {}, {},
                  QStringLiteral("< 300 ms"), summarise(session[page.name]).median < 300, {}};
            baseline(&k, shell, summarise(session[page.name]).mean, QStringLiteral("the same aggregate"));
            rows << k;
        } else {
            rows << Row{QStringLiteral("%1 page, first of a session").arg(page.name), QStringLiteral("error"), {}, {}, QStringLiteral("< 300 ms"), false, sessionError};
        }
        Row a{QStringLiteral("%1 page, again (computation on the loaded input)").arg(page.name), medianP95(again[page.name]), {}, {},
              QStringLiteral("< 300 ms"), summarise(again[page.name]).median < 300, {}};
        baseline(&a, shell, summarise(again[page.name]).mean, QStringLiteral("the same aggregate"));
        rows << a;
        if (o.updates > 0) {
            Row u{QStringLiteral("%1 page, after one new order (journal merge + computation)").arg(page.name), {}, {}, {}, QStringLiteral("< 50 ms"), {}, {}};
            if (!updateError.isEmpty() || updated[page.name].isEmpty()) {
                u.rapport = QStringLiteral("error");
                u.met = false;
                u.note = updateError;
            } else {
                u.rapport = medianP95(updated[page.name]);
                u.met = summarise(updated[page.name]).median < 50;
                baseline(&u, shell, summarise(updated[page.name]).mean, QStringLiteral("the same aggregate (on the store before the order)"));
            }
            rows << u;
        }
    }
    if (!visitValueSamples.isEmpty()) {
        Row v{QStringLiteral("Value page, after one logged visit (journal merge + computation)"), medianP95(visitValueSamples), {}, {},
              QStringLiteral("< 50 ms"), summarise(visitValueSamples).median < 50,
              QStringLiteral("reading the journal and merging the visit into the done-activity days: %1").arg(medianP95(activityMergeSamples))};
        baseline(&v, pageShell[QStringLiteral("Value")], summarise(visitValueSamples).mean, QStringLiteral("the same aggregate (on the store before the visit)"));
        rows << v;
    }
    if (!commitSamples.isEmpty())
        rows[rows.size() - (visitValueSamples.isEmpty() ? 1 : 2)].note = QStringLiteral("the order's own commit (`OrderRepository::create`, 1 line, journaled): %1; reading the journal "
                                          "and merging the order into the input: %2 (%3 of %4 needed a full load)")
                               .arg(medianP95(commitSamples), medianP95(reloadSamples))
                               .arg(fullReloads)
                               .arg(commitSamples.size());

    const RepeatPurchaseSummary &summary = fit->summary;
    Row fr{QStringLiteral("BG/NBD + Gamma-Gamma fit (`LifetimeAnalysis::compute`): %1 customers, %2 repeaters")
               .arg(summary.customers().size())
               .arg(summary.repeaters()),
           medianP95(fitSamples),
           {},
           {},
           QStringLiteral("< 5 s"),
           summarise(fitSamples).median < 5000,
           QStringLiteral("BG/NBD %1 (%2 iterations), Gamma-Gamma %3 (%4 iterations); CLV for %5 customers")
               .arg(fit->purchases.converged ? QStringLiteral("converged") : QStringLiteral("did not converge"))
               .arg(fit->purchases.iterations)
               .arg(fit->spend.converged ? QStringLiteral("converged") : QStringLiteral("did not converge"))
               .arg(fit->spend.iterations)
               .arg(fit->values.size())};
    baseline(&fr, fitShell, summarise(fitSamples).mean, QStringLiteral("x, t_x, T and mean repeat spend per customer (GROUP BY order, day, customer)"));
    rows << fr;
    if (fitAll) {
        auto converged = [](bool c) { return c ? QStringLiteral("converged") : QStringLiteral("did not converge"); };
        Row fa{QStringLiteral("the same fit on every buyer, all currencies merged unconverted (a scale test): %1 customers, %2 repeaters")
                   .arg(fitAll->summary.customers().size())
                   .arg(fitAll->summary.repeaters()),
               medianP95(fitAllSamples),
               {},
               {},
               QStringLiteral("< 5 s"),
               summarise(fitAllSamples).median < 5000,
               QStringLiteral("BG/NBD %1 (%2 iterations), Gamma-Gamma %3 (%4 iterations)")
                   .arg(converged(fitAll->purchases.converged))
                   .arg(fitAll->purchases.iterations)
                   .arg(converged(fitAll->spend.converged))
                   .arg(fitAll->spend.iterations)};
        baseline(&fa, fitAllShell, summarise(fitAllSamples).mean, QStringLiteral("the same summary over every currency"));
        rows << fa;
    } else if (!fitAllError.isEmpty()) {
        rows << Row{QStringLiteral("the same fit on every buyer, all currencies"), QStringLiteral("error"), {}, {}, QStringLiteral("< 5 s"), false, fitAllError};
    }

    QTextStream(stdout) << markdownTable(rows) << "\n";
    return 0;
}

} // namespace

} // namespace rapport::bench

int main(int argc, char **argv)
{
    using namespace rapport::bench;
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Analytics benchmarks (issue 5), each beside the sqlite3 shell running an equivalent aggregate."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file (not changed; new orders go into a copy)."), QStringLiteral("FILE"));
    const QCommandLineOption sqlite3(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"),
                                     QStringLiteral("/usr/bin/sqlite3"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Loads (first computations), fits and shell runs."), QStringLiteral("N"),
                                    QStringLiteral("3"));
    const QCommandLineOption again(QStringLiteral("again"), QStringLiteral("Computations per page on the loaded input."), QStringLiteral("N"),
                                   QStringLiteral("5"));
    const QCommandLineOption updates(QStringLiteral("updates"), QStringLiteral("New orders, each followed by a reload (0: skip)."), QStringLiteral("N"),
                                     QStringLiteral("3"));
    p.addOptions({db, sqlite3, rounds, again, updates});
    p.process(app);
    if (!p.isSet(db)) {
        QTextStream(stderr) << "rapport_analytics_bench: --db FILE is required\n";
        return 2;
    }
    Options o;
    o.db = p.value(db);
    o.sqlite3 = p.value(sqlite3);
    o.rounds = qMax(1, p.value(rounds).toInt());
    o.again = qMax(1, p.value(again).toInt());
    o.updates = qMax(0, p.value(updates).toInt());
    return run(o);
}
