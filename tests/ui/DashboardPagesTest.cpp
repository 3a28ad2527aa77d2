// The dashboard pages on a generated demo store: every card shows a chart (or
// table) whose numbers agree with the CSV behind it, the filters move the
// figures as they must, the drill-downs list exactly the records behind a
// bar, a segment becomes a campaign, the page exports, and follows the store.
#include "analytics/RfmSegmentation.h"
#include "core/AppContext.h"
#include "dashboards/AnalyticsSource.h"
#include "dashboards/CampaignDashboardPage.h"
#include "dashboards/ChartCard.h"
#include "dashboards/ChurnPage.h"
#include "dashboards/DashboardFilterBar.h"
#include "dashboards/DataTable.h"
#include "dashboards/DrillDownDialog.h"
#include "dashboards/LoyaltyPage.h"
#include "dashboards/PipelineDashboardPage.h"
#include "dashboards/SalesPage.h"
#include "dashboards/ServiceDashboardPage.h"
#include "dashboards/ValuePage.h"
#include "demo/DataGenerator.h"
#include "domain/Money.h"
#include "editors/CampaignEditor.h"
#include "editors/MemberPlanDialog.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "pages/CampaignDetailPanel.h"
#include "pages/CampaignMembersView.h"
#include "pages/CampaignsPage.h"
#include "shell/MainWindow.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OrderRepository.h"
#include "store/queries/CampaignMembersQuery.h"
#include "store/queries/Directory.h"
#include "support/TestStore.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>

using namespace rapport;
using analytics::RfmSegment;

namespace {

constexpr int ComputeTimeoutMs = 180000;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// A store with the demo company, "now" being this hour (the pages' period
// ends today).
std::unique_ptr<test::TempStore> demoStore(int accounts, quint64 seed)
{
    auto ts = std::make_unique<test::TempStore>();
    GeneratorOptions o;
    o.accounts = accounts;
    o.seed = seed;
    const qint64 hour = 3600 * 1000;
    o.nowMillis = QDateTime::currentMSecsSinceEpoch() / hour * hour;
    const Status st = DataGenerator().run(**ts, o);
    EXPECT_TRUE(st.ok()) << (st.ok() ? std::string() : st.error().message.toStdString());
    return ts;
}

// One page on its own analytics source, shown.
template <typename P>
struct Shown {
    AppContext context;
    AnalyticsSource source;
    P page;

    explicit Shown(Store &store) : context(store), source(context), page(context, source)
    {
        page.resize(1400, 1000);
        page.show();
    }
    // Waits for the computation under way (started by show() or a filter).
    bool computed()
    {
        const bool done = waitFor([this] { return !page.isLoading() && page.input(); }, ComputeTimeoutMs);
        QCoreApplication::processEvents(); // new chart views are shown on the next turn
        return done;
    }
    // Changes a filter combo as the user does and waits for the new figures.
    bool choose(QComboBox *box, const QVariant &data)
    {
        const int i = box->findData(data);
        EXPECT_GE(i, 0) << "no item for " << data.toString().toStdString();
        if (i < 0)
            return false;
        box->setCurrentIndex(i);
        EXPECT_TRUE(page.isLoading()) << "changing the filter did not start a computation";
        return computed();
    }
};

QChart *chartOf(const ChartCard *card)
{
    if (!card)
        return nullptr;
    // The view the card made (a child shown by its layout on the next event
    // loop turn, so not tested for visibility).
    for (QChartView *v : card->findChildren<QChartView *>())
        if (v->chart())
            return v->chart();
    return nullptr;
}

template <typename S>
S *seriesOf(const ChartCard *card)
{
    if (QChart *chart = chartOf(card))
        for (QAbstractSeries *s : chart->series())
            if (auto *typed = qobject_cast<S *>(s))
                return typed;
    return nullptr;
}

QBarSet *barSet(const ChartCard *card, const QString &label)
{
    if (auto *series = seriesOf<QAbstractBarSeries>(card))
        for (QBarSet *set : series->barSets())
            if (set->label() == label)
                return set;
    ADD_FAILURE() << "no bar set " << label.toStdString() << " in " << (card ? card->objectName().toStdString() : "(no card)");
    return nullptr;
}

QList<double> values(const QBarSet *set)
{
    QList<double> out;
    if (set)
        for (int i = 0; i < set->count(); ++i)
            out << set->at(i);
    return out;
}

double sum(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

QStringList categories(const ChartCard *card)
{
    if (QChart *chart = chartOf(card))
        for (QAbstractAxis *a : chart->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
                return c->categories();
    return {};
}

int column(const DataTable &t, const QString &header)
{
    const int i = int(t.headers.indexOf(header));
    EXPECT_GE(i, 0) << "no column " << header.toStdString() << " in " << t.headers.join(QLatin1Char('|')).toStdString();
    return i;
}

QList<double> columnValues(const DataTable &t, const QString &header, qsizetype firstRow = 0, qsizetype rows = -1)
{
    QList<double> out;
    const int c = column(t, header);
    if (c < 0)
        return out;
    const qsizetype end = rows < 0 ? t.rows.size() : std::min(t.rows.size(), firstRow + rows);
    for (qsizetype r = firstRow; r < end; ++r)
        out << t.rows[r][c].toDouble();
    return out;
}

// Every card: a title; a table of numbers with rows of the header's width;
// a chart with data, every axis titled and every series on its axes, or else
// a table widget with rows.
void expectCardsFilled(const DashboardPage &page, const QStringList &mayBeEmpty = {})
{
    ASSERT_FALSE(page.cards().isEmpty());
    for (const ChartCard *card : page.cards()) {
        SCOPED_TRACE(page.key().toStdString() + "/" + card->objectName().toStdString());
        EXPECT_FALSE(card->title().trimmed().isEmpty());
        const DataTable &data = card->data();
        EXPECT_FALSE(data.headers.isEmpty());
        if (mayBeEmpty.contains(card->objectName()))
            continue;
        EXPECT_FALSE(data.rows.isEmpty());
        for (const QVariantList &row : data.rows)
            ASSERT_EQ(row.size(), data.headers.size());
        if (QChart *chart = chartOf(card)) {
            ASSERT_FALSE(chart->series().isEmpty());
            double magnitude = 0;
            int elements = 0;
            for (QAbstractSeries *s : chart->series()) {
                EXPECT_GE(s->attachedAxes().size(), 2) << s->name().toStdString();
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                    for (QBarSet *set : bars->barSets()) {
                        elements += set->count();
                        for (double v : values(set))
                            magnitude += std::abs(v);
                    }
                } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
                    elements += xy->count();
                    for (const QPointF &p : xy->points())
                        magnitude += std::abs(p.y());
                }
            }
            EXPECT_GT(elements, 0);
            EXPECT_GT(magnitude, 0.0);
            ASSERT_GE(chart->axes().size(), 2);
            for (QAbstractAxis *axis : chart->axes())
                EXPECT_FALSE(axis->titleText().trimmed().isEmpty());
        } else {
            int rows = 0;
            for (QTableWidget *t : card->findChildren<QTableWidget *>())
                rows = std::max(rows, t->rowCount());
            EXPECT_GT(rows, 0) << "a card without a chart shows a table with rows";
        }
    }
}

// The drill-down the page opened last (visible), or null.
DrillDownDialog *openDrillDown(const QWidget *page)
{
    DrillDownDialog *found = nullptr;
    waitFor([&] {
        for (DrillDownDialog *d : page->findChildren<DrillDownDialog *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    }, 5000);
    return found;
}

void closeAll(const QWidget *page)
{
    for (DrillDownDialog *d : page->findChildren<DrillDownDialog *>())
        delete d;
}

QSet<QString> idsOf(const DrillDownDialog *d)
{
    QSet<QString> ids;
    for (const DrillDownDialog::Row &r : d->rows())
        ids.insert(r.record.id);
    return ids;
}

QSet<QString> accountIds(const analytics::AnalyticsInput &in, const std::vector<int> &customers)
{
    QSet<QString> ids;
    for (int c : customers)
        ids.insert(in.purchases.customers[size_t(c)].id);
    return ids;
}

QString segmentLabel(RfmSegment s)
{
    return QCoreApplication::translate(analytics::RfmSegmentInfo::TranslationContext, analytics::rfmSegmentInfo(s).label);
}

// Customers per RFM segment as of today, over the whole base, optionally for
// one owner: what the Loyalty page must show.
std::map<RfmSegment, std::vector<int>> segmentsToday(const analytics::AnalyticsInput &in, const QString &owner = {})
{
    std::map<RfmSegment, std::vector<int>> out;
    const analytics::RfmResult rfm = analytics::RfmSegmentation::compute(in.purchases, QDate::currentDate());
    for (const analytics::RfmCustomer &c : rfm.customers)
        if (owner.isEmpty() || in.purchases.customers[size_t(c.customer)].ownerId == owner)
            out[c.segment].push_back(c.customer);
    return out;
}

// Revenue of the customers (of `owner`, or all) who bought in [from, today]:
// what the Value page's deciles must add up to.
double rankedRevenue(const analytics::AnalyticsInput &in, QDate from, const QString &owner = {})
{
    const QDate to = QDate::currentDate();
    std::vector<double> revenue(in.purchases.customers.size(), 0.0);
    std::vector<char> bought(in.purchases.customers.size(), 0);
    for (const analytics::Purchase &p : in.purchases.purchases) {
        if ((from.isValid() && p.day < from) || p.day > to)
            continue;
        if (!owner.isEmpty() && in.purchases.customers[size_t(p.customer)].ownerId != owner)
            continue;
        revenue[size_t(p.customer)] += p.revenue;
        if (p.revenue >= 0)
            bought[size_t(p.customer)] = 1;
    }
    double total = 0;
    for (size_t c = 0; c < revenue.size(); ++c)
        if (bought[c])
            total += revenue[c];
    return total;
}

// The owner whose customers bought the most since `from` (the demo has
// several owners, not all of them account managers).
QString busiestOwner(const analytics::AnalyticsInput &in, QDate from)
{
    QHash<QString, double> revenue;
    for (const analytics::Purchase &p : in.purchases.purchases)
        if (p.day >= from)
            revenue[in.purchases.customers[size_t(p.customer)].ownerId] += p.revenue;
    QString best;
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        if (!it.key().isEmpty() && (best.isEmpty() || it.value() > revenue.value(best)))
            best = it.key();
    return best;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Double-clicks a row of a table view as the user does.
void doubleClickRow(QAbstractItemView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

// The read-only tests share one demo store (generating it is the slow part).
class DashboardPages : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        qRegisterMetaType<RecordRef>();
        qRegisterMetaType<MemberSource>();
        // Seed 4: euro is the reporting currency and most campaigns are in
        // euro, so their cost (hence ROI) is known.
        s_store = demoStore(400, 4);
    }
    static void TearDownTestSuite() { s_store.reset(); }
    static Store &store() { return **s_store; }
    static inline std::unique_ptr<test::TempStore> s_store;
};

TEST_F(DashboardPages, LoyaltyCardsShowTheSegmentsRetentionAndCohortsOfTheirTables)
{
    Shown<LoyaltyPage> w(store());
    ASSERT_TRUE(w.computed());
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 3);
    const analytics::AnalyticsInput &in = *w.page.input();

    // Segments: one bar per segment, best on top (bars listed bottom-up).
    const ChartCard *segments = w.page.card(QStringLiteral("rfmSegments"));
    ASSERT_NE(segments, nullptr);
    const QList<double> bars = values(barSet(segments, QStringLiteral("Customers")));
    const QStringList labels = categories(segments);
    ASSERT_EQ(bars.size(), analytics::RfmSegmentCount);
    ASSERT_EQ(labels.size(), analytics::RfmSegmentCount);
    EXPECT_EQ(labels.last(), segmentLabel(RfmSegment::Champions));
    EXPECT_EQ(labels.first(), segmentLabel(RfmSegment::Lost));
    const DataTable &table = segments->data();
    ASSERT_EQ(table.rows.size(), analytics::RfmSegmentCount);
    const QList<double> counts = columnValues(table, QStringLiteral("Customers"));
    EXPECT_DOUBLE_EQ(sum(bars), sum(counts));
    // Bar by bar, the same numbers as the table's row of that segment, and
    // as the segmentation of the loaded input.
    const auto expected = segmentsToday(in);
    size_t scored = 0;
    for (const auto &[segment, customers] : expected)
        scored += customers.size();
    EXPECT_DOUBLE_EQ(sum(bars), double(scored));
    for (int i = 0; i < analytics::RfmSegmentCount; ++i) {
        const RfmSegment segment = RfmSegment(analytics::RfmSegmentCount - 1 - i);
        EXPECT_EQ(labels[i], segmentLabel(segment));
        EXPECT_EQ(table.rows[analytics::RfmSegmentCount - 1 - i][0].toString(), labels[i]);
        EXPECT_DOUBLE_EQ(bars[i], counts[analytics::RfmSegmentCount - 1 - i]);
        const auto it = expected.find(segment);
        EXPECT_DOUBLE_EQ(bars[i], it == expected.end() ? 0.0 : double(it->second.size())) << labels[i].toStdString();
    }
    EXPECT_NEAR(sum(columnValues(table, QStringLiteral("Share of revenue"))), 1.0, 1e-9);
    // Revenue in the period: the period's orders of the segmented customers.
    const analytics::AnalyticsScope scope = w.page.filterBar()->scope();
    std::set<int> segmented;
    for (const auto &[segment, customers] : expected)
        segmented.insert(customers.begin(), customers.end());
    double periodRevenue = 0;
    for (const analytics::Purchase &p : in.purchases.purchases)
        if (segmented.count(p.customer) && p.day >= scope.from && p.day <= scope.to)
            periodRevenue += p.revenue;
    EXPECT_NEAR(sum(columnValues(table, QStringLiteral("Revenue in the period"))), periodRevenue, 1e-6);
    EXPECT_GT(periodRevenue, 0.0);
    EXPECT_NEAR(sum(columnValues(table, QStringLiteral("Share of the period's revenue"))), 1.0, 1e-9);

    // Retention: a point for each month with an observed figure, in percent
    // of the cohorts' starting customers (100 % at month 0).
    const ChartCard *retention = w.page.card(QStringLiteral("retentionProjection"));
    ASSERT_NE(retention, nullptr);
    QXYSeries *observed = nullptr;
    for (QAbstractSeries *s : chartOf(retention)->series())
        if (s->name() == QLatin1String("Observed"))
            observed = qobject_cast<QXYSeries *>(s);
    ASSERT_NE(observed, nullptr);
    const DataTable &rtable = retention->data();
    const int survivors = column(rtable, QStringLiteral("Observed survivors"));
    ASSERT_GE(survivors, 0);
    int withObserved = 0;
    for (const QVariantList &row : rtable.rows)
        withObserved += row[survivors].isNull() ? 0 : 1;
    ASSERT_EQ(observed->count(), withObserved);
    ASSERT_GT(withObserved, 1);
    const double start = rtable.rows[0][survivors].toDouble();
    EXPECT_DOUBLE_EQ(observed->at(0).y(), 100.0);
    for (int k = 0; k < observed->count(); ++k)
        EXPECT_NEAR(observed->at(k).y(), 100.0 * rtable.rows[k][survivors].toDouble() / start, 1e-9);

    // Cohorts: one heat-map row per cohort of the table.
    const ChartCard *cohorts = w.page.card(QStringLiteral("cohorts"));
    ASSERT_NE(cohorts, nullptr);
    QSet<QString> cohortMonths;
    for (const QVariantList &row : cohorts->data().rows)
        cohortMonths.insert(row[0].toString());
    auto *heatMap = cohorts->findChild<QTableWidget *>(QStringLiteral("cohortHeatMap"));
    ASSERT_NE(heatMap, nullptr);
    EXPECT_EQ(heatMap->rowCount(), cohortMonths.size());
    // Last 12 months: no cohort before the period's first month.
    const QDate from = DashboardFilterBar::periodScope(DashboardFilterBar::Period::Last12Months, QDate::currentDate()).from;
    for (const QString &m : cohortMonths)
        EXPECT_GE(QDate::fromString(m + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")), QDate(from.year(), from.month(), 1));
}

TEST_F(DashboardPages, ChurnCardsShowTheCustomerBaseRateGroupsAndCustomersAtRisk)
{
    Shown<ChurnPage> w(store());
    ASSERT_TRUE(w.computed());
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 4);

    const ChartCard *base = w.page.card(QStringLiteral("customerBase"));
    ASSERT_NE(base, nullptr);
    const DataTable &t = base->data();
    EXPECT_EQ(categories(base).size(), t.rows.size());
    EXPECT_GE(t.rows.size(), 12);
    EXPECT_EQ(values(barSet(base, QStringLiteral("New"))), columnValues(t, QStringLiteral("New")));
    EXPECT_EQ(values(barSet(base, QStringLiteral("Lost"))), columnValues(t, QStringLiteral("Lost")));
    EXPECT_EQ(values(barSet(base, QStringLiteral("Reactivated"))), columnValues(t, QStringLiteral("Reactivated")));
    EXPECT_GT(sum(columnValues(t, QStringLiteral("New"))), 0.0);
    // The base moves by what came and went: end = start + new + reactivated − lost.
    const QList<double> atStart = columnValues(t, QStringLiteral("Active at start"));
    const QList<double> atEnd = columnValues(t, QStringLiteral("Active at end"));
    const QList<double> gained = columnValues(t, QStringLiteral("New"));
    const QList<double> back = columnValues(t, QStringLiteral("Reactivated"));
    const QList<double> lost = columnValues(t, QStringLiteral("Lost"));
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        EXPECT_DOUBLE_EQ(atEnd[i], atStart[i] + gained[i] + back[i] - lost[i]) << t.rows[i][0].toString().toStdString();
        if (i > 0) {
            EXPECT_DOUBLE_EQ(atStart[i], atEnd[i - 1]);
        }
    }
    QXYSeries *active = seriesOf<QXYSeries>(base);
    ASSERT_NE(active, nullptr);
    ASSERT_EQ(active->count(), t.rows.size());
    for (int i = 0; i < active->count(); ++i)
        EXPECT_DOUBLE_EQ(active->at(i).y(), atEnd[i]);

    // Churn rate: a point (in percent) per month with a rate.
    const ChartCard *rate = w.page.card(QStringLiteral("churnRate"));
    QXYSeries *churn = seriesOf<QXYSeries>(rate);
    ASSERT_NE(churn, nullptr);
    QList<double> rates;
    for (const QVariantList &row : rate->data().rows)
        if (!row[1].isNull())
            rates << 100.0 * row[1].toDouble();
    ASSERT_EQ(churn->count(), rates.size());
    for (int i = 0; i < churn->count(); ++i)
        EXPECT_NEAR(churn->at(i).y(), rates[i], 1e-9);

    // Groups: bars (bottom-up) are the table's churn shares in percent.
    const ChartCard *groups = w.page.card(QStringLiteral("churnByGroup"));
    const QList<double> groupBars = values(barSet(groups, QStringLiteral("Churn over the period")));
    const DataTable &g = groups->data();
    ASSERT_EQ(groupBars.size(), g.rows.size());
    const QStringList groupLabels = categories(groups);
    for (qsizetype i = 0; i < g.rows.size(); ++i) {
        const QVariantList &row = g.rows[g.rows.size() - 1 - i];
        EXPECT_EQ(groupLabels[i], row[0].toString());
        EXPECT_NEAR(groupBars[i], 100.0 * row[3].toDouble(), 1e-9);
        EXPECT_NEAR(row[3].toDouble() * row[1].toDouble(), row[2].toDouble(), 1e-9);
    }

    // At risk: the table lists the CSV's customers, highest value first.
    const ChartCard *atRisk = w.page.card(QStringLiteral("atRisk"));
    QTableWidget *table = w.page.atRiskTable();
    ASSERT_EQ(table->rowCount(), atRisk->data().rows.size());
    ASSERT_GT(table->rowCount(), 0);
    EXPECT_LE(table->rowCount(), 100);
    const QList<double> valueAtRisk = columnValues(atRisk->data(), QStringLiteral("Value at risk"));
    for (qsizetype i = 0; i < valueAtRisk.size(); ++i) {
        EXPECT_GT(valueAtRisk[i], 0.0);
        if (i > 0) {
            EXPECT_GE(valueAtRisk[i - 1], valueAtRisk[i]);
        }
        EXPECT_EQ(table->item(int(i), 0)->text(), atRisk->data().rows[i][1].toString());
    }
}

TEST_F(DashboardPages, ValueCardsAddUpToTheRevenueOfThePeriod)
{
    Shown<ValuePage> w(store());
    ASSERT_TRUE(w.computed());
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 4);
    const analytics::AnalyticsInput &in = *w.page.input();
    const QDate from = DashboardFilterBar::periodScope(DashboardFilterBar::Period::Last12Months, QDate::currentDate()).from;

    const ChartCard *deciles = w.page.card(QStringLiteral("revenueDeciles"));
    const QList<double> bars = values(barSet(deciles, QStringLiteral("Revenue")));
    ASSERT_EQ(bars.size(), 10);
    EXPECT_EQ(bars, columnValues(deciles->data(), QStringLiteral("Revenue")));
    const double expected = rankedRevenue(in, from);
    ASSERT_GT(expected, 0.0);
    EXPECT_NEAR(sum(bars), expected, 1e-6 * expected);
    // Deciles differ in size by one customer (floor(10 r / n)), so their
    // totals need not fall; every customer of a decile outranks the next
    // decile's, so the mean per customer does.
    const QList<double> counts = columnValues(deciles->data(), QStringLiteral("Customers"));
    for (int i = 1; i < bars.size(); ++i) {
        if (counts[i - 1] > 0 && counts[i] > 0) {
            EXPECT_GE(bars[i - 1] / counts[i - 1], bars[i] / counts[i]) << "decile " << i + 1;
        }
    }
    EXPECT_NEAR(sum(columnValues(deciles->data(), QStringLiteral("Share"))), 1.0, 1e-9);

    // Pareto: the curve's table ends at every customer and all of the revenue.
    const DataTable &pareto = w.page.card(QStringLiteral("paretoCurve"))->data();
    EXPECT_DOUBLE_EQ(pareto.rows.last()[column(pareto, QStringLiteral("Cumulative share"))].toDouble(), 1.0);
    EXPECT_NEAR(pareto.rows.last()[column(pareto, QStringLiteral("Cumulative amount"))].toDouble(), expected, 1e-6 * expected);
    EXPECT_EQ(pareto.rows.last()[column(pareto, QStringLiteral("Customers"))].toDouble(),
              sum(columnValues(deciles->data(), QStringLiteral("Customers"))));

    const ChartCard *profit = w.page.card(QStringLiteral("profitDeciles"));
    const QList<double> profitBars = values(barSet(profit, QStringLiteral("Profit")));
    EXPECT_EQ(profitBars, columnValues(profit->data(), QStringLiteral("Profit")));
    const DataTable &whale = w.page.card(QStringLiteral("whaleCurve"))->data();
    EXPECT_NEAR(whale.rows.last()[column(whale, QStringLiteral("Cumulative amount"))].toDouble(), sum(profitBars),
                1e-6 * std::abs(sum(profitBars)));
}

TEST_F(DashboardPages, SalesCardsShowTheMonthsAndCategoriesOfTheirTables)
{
    Shown<SalesPage> w(store());
    ASSERT_TRUE(w.computed());
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 3);
    const analytics::AnalyticsInput &in = *w.page.input();

    // Months of the last 12 months: from the month of the period's first day
    // to this month.
    const ChartCard *monthly = w.page.card(QStringLiteral("salesByMonth"));
    const DataTable &t = monthly->data();
    const QDate today = QDate::currentDate();
    const QDate from = DashboardFilterBar::periodScope(DashboardFilterBar::Period::Last12Months, today).from;
    const QDate firstMonth(from.year(), from.month(), 1);
    ASSERT_EQ(t.rows.first()[0].toString(), firstMonth.toString(QStringLiteral("yyyy-MM")));
    ASSERT_EQ(t.rows.last()[0].toString(), today.toString(QStringLiteral("yyyy-MM")));
    const QList<double> now = values(barSet(monthly, QStringLiteral("This year")));
    EXPECT_EQ(now, columnValues(t, QStringLiteral("Revenue")));
    EXPECT_EQ(categories(monthly).size(), t.rows.size());
    // …which is the revenue of the order lines of those months.
    double lines = 0;
    for (const analytics::PurchasedLine &l : in.lines)
        if (l.day >= firstMonth && l.day <= today)
            lines += l.revenue;
    ASSERT_GT(lines, 0.0);
    EXPECT_NEAR(sum(now), lines, 1e-6 * lines);

    // Categories: the same revenue, split.
    const ChartCard *cats = w.page.card(QStringLiteral("salesByCategory"));
    const QList<double> period = values(barSet(cats, QStringLiteral("Period")));
    EXPECT_EQ(period, columnValues(cats->data(), QStringLiteral("Revenue")));
    EXPECT_EQ(categories(cats).size(), cats->data().rows.size());
    EXPECT_NEAR(sum(period), lines, 1e-6 * lines);
    for (int i = 1; i < period.size(); ++i)
        EXPECT_LE(period[i - 1], period[i]); // largest on top

    // Affinity: the table shows the CSV's pairs.
    const ChartCard *affinity = w.page.card(QStringLiteral("productAffinity"));
    EXPECT_EQ(w.page.affinityTable()->rowCount(), affinity->data().rows.size());
    for (int r = 0; r < w.page.affinityTable()->rowCount(); ++r)
        EXPECT_EQ(w.page.affinityTable()->item(r, 0)->text(), affinity->data().rows[r][0].toString());
}

TEST_F(DashboardPages, PipelineAnalyticsCardsShowTheFunnelForecastAndOwners)
{
    Shown<PipelineDashboardPage> w(store());
    ASSERT_TRUE(w.computed());
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 3);

    // Funnel: bars bottom-up are the stages' rows (the table adds "Won").
    const ChartCard *funnel = w.page.card(QStringLiteral("funnel"));
    const QList<double> reached = values(barSet(funnel, QStringLiteral("Deals that reached the stage")));
    const DataTable &f = funnel->data();
    ASSERT_EQ(f.rows.size(), reached.size() + 1);
    EXPECT_EQ(f.rows.last()[0].toString(), QStringLiteral("Won"));
    for (qsizetype i = 0; i < reached.size(); ++i)
        EXPECT_DOUBLE_EQ(reached[i], f.rows[reached.size() - 1 - i][1].toDouble());
    // Each stage is reached by no more deals than the one before.
    for (qsizetype i = 1; i < f.rows.size(); ++i)
        EXPECT_LE(f.rows[i][1].toDouble(), f.rows[i - 1][1].toDouble()) << f.rows[i][0].toString().toStdString();
    EXPECT_GT(reached.last(), 0.0);

    // Forecast: bars per month; the table adds the deals without a date.
    const ChartCard *forecast = w.page.card(QStringLiteral("forecast"));
    const DataTable &fc = forecast->data();
    const QList<double> amount = values(barSet(forecast, QStringLiteral("Amount")));
    const QList<double> weighted = values(barSet(forecast, QStringLiteral("Weighted by probability")));
    ASSERT_EQ(fc.rows.size(), amount.size() + 1);
    EXPECT_EQ(amount, columnValues(fc, QStringLiteral("Amount"), 0, amount.size()));
    EXPECT_EQ(weighted, columnValues(fc, QStringLiteral("Weighted"), 0, weighted.size()));
    for (qsizetype i = 0; i < amount.size(); ++i)
        EXPECT_LE(weighted[i], amount[i] + 1e-9);

    // Owners: "All owners" first, then one row per owner, won adding up.
    const DataTable &o = w.page.card(QStringLiteral("owners"))->data();
    ASSERT_EQ(w.page.ownerTable()->rowCount(), o.rows.size());
    ASSERT_GE(o.rows.size(), 2);
    EXPECT_EQ(o.rows[0][0].toString(), QStringLiteral("Total"));
    const QList<double> won = columnValues(o, QStringLiteral("Won"));
    EXPECT_DOUBLE_EQ(won[0], sum(won) - won[0]);
    EXPECT_GT(won[0], 0.0);
}

// The funnel shows the pipeline with the most deals; the other is one choice
// away, and stays chosen when the filter changes.
TEST_F(DashboardPages, FunnelOfAnotherPipelineIsOneChoiceAway)
{
    Shown<PipelineDashboardPage> w(store());
    ASSERT_TRUE(w.computed());
    QComboBox *choice = w.page.pipelineChoice();
    ASSERT_EQ(choice->count(), 2);  // the demo company's Sales and Renewals
    EXPECT_FALSE(choice->isHidden());
    const ChartCard *funnel = w.page.card(QStringLiteral("funnel"));
    const QString firstTitle = funnel->title();
    const QString firstStage = funnel->data().rows.first()[0].toString();

    const int other = 1 - choice->currentIndex();
    const QString otherName = choice->itemText(other).section(QStringLiteral(" ("), 0, 0);
    choice->setCurrentIndex(other);
    EXPECT_NE(funnel->title(), firstTitle);
    EXPECT_TRUE(funnel->title().contains(otherName)) << funnel->title().toStdString();
    EXPECT_NE(funnel->data().rows.first()[0].toString(), firstStage);
    const QList<double> reached = values(barSet(funnel, QStringLiteral("Deals that reached the stage")));
    ASSERT_EQ(funnel->data().rows.size(), reached.size() + 1);
    // The combo's count is the first stage's deals.
    EXPECT_TRUE(choice->itemText(other).contains(QString::number(funnel->data().rows.first()[1].toLongLong())))
        << choice->itemText(other).toStdString();

    ASSERT_TRUE(w.choose(w.page.filterBar()->periodBox(), int(DashboardFilterBar::Period::AllTime)));
    EXPECT_EQ(choice->currentIndex(), other);
    EXPECT_TRUE(funnel->title().contains(otherName));
}

TEST_F(DashboardPages, CampaignResultsCardsShowTheCampaignsOfTheTable)
{
    Shown<CampaignDashboardPage> w(store());
    // Campaigns started in the period: all time, so the demo's few campaigns are in.
    ASSERT_TRUE(w.computed());
    ASSERT_TRUE(w.choose(w.page.filterBar()->periodBox(), int(DashboardFilterBar::Period::AllTime)));
    expectCardsFilled(w.page);
    EXPECT_EQ(w.page.cards().size(), 3);

    const ChartCard *roi = w.page.card(QStringLiteral("campaignRoi"));
    const QList<double> roiBars = values(barSet(roi, QStringLiteral("ROI")));
    const DataTable &r = roi->data();
    ASSERT_EQ(roiBars.size(), r.rows.size());
    ASSERT_GT(roiBars.size(), 0);
    const QStringList names = categories(roi);
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const QVariantList &row = r.rows[r.rows.size() - 1 - i];
        EXPECT_EQ(names[i], row[0].toString());
        EXPECT_NEAR(roiBars[i], 100.0 * row[3].toDouble(), 1e-9);
        if (row[2].toDouble() > 0) {
            EXPECT_NEAR(row[3].toDouble(), (row[1].toDouble() - row[2].toDouble()) / row[2].toDouble(), 1e-9);
        }
    }
    // Most revenue first.
    const QList<double> revenue = columnValues(r, QStringLiteral("Revenue"));
    for (qsizetype i = 1; i < revenue.size(); ++i)
        EXPECT_GE(revenue[i - 1], revenue[i]);

    const ChartCard *response = w.page.card(QStringLiteral("campaignResponse"));
    const QList<double> responded = values(barSet(response, QStringLiteral("Response rate")));
    const DataTable &s = response->data();
    ASSERT_EQ(responded.size(), s.rows.size());
    for (qsizetype i = 0; i < s.rows.size(); ++i) {
        const QVariantList &row = s.rows[s.rows.size() - 1 - i];
        EXPECT_NEAR(responded[i], 100.0 * row[4].toDouble(), 1e-9);
        if (row[1].toInt() > 0) {
            EXPECT_NEAR(row[4].toDouble(), row[2].toDouble() / row[1].toDouble(), 1e-9);
        }
    }

    // The table: every campaign, then the totals, whose members add up.
    const DataTable &c = w.page.card(QStringLiteral("campaignTable"))->data();
    ASSERT_EQ(w.page.campaignTable()->rowCount(), c.rows.size());
    ASSERT_GE(c.rows.size(), 2);
    EXPECT_EQ(c.rows.last()[0].toString(), QStringLiteral("All campaigns"));
    const QList<double> members = columnValues(c, QStringLiteral("Members"));
    EXPECT_DOUBLE_EQ(members.last(), sum(members) - members.last());
    EXPECT_GT(members.last(), 0.0);
}

TEST_F(DashboardPages, ServiceCardsShowTheCasesOfTheirTables)
{
    Shown<ServiceDashboardPage> w(store());
    ASSERT_TRUE(w.computed());
    // Few cases per account in the demo: repeated complaints have their own test.
    expectCardsFilled(w.page, {QStringLiteral("repeatedComplaints")});
    EXPECT_EQ(w.page.cards().size(), 4);
    const analytics::AnalyticsInput &in = *w.page.input();

    const ChartCard *volume = w.page.card(QStringLiteral("casesPerMonth"));
    const DataTable &v = volume->data();
    const QList<double> opened = values(barSet(volume, QStringLiteral("Opened")));
    EXPECT_EQ(opened, columnValues(v, QStringLiteral("Opened")));
    EXPECT_EQ(values(barSet(volume, QStringLiteral("Resolved"))), columnValues(v, QStringLiteral("Resolved")));
    EXPECT_EQ(categories(volume).size(), v.rows.size());
    // Opened per month: the cases of the loaded input opened in those months.
    const QDate first = QDate::fromString(v.rows.first()[0].toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    ASSERT_TRUE(first.isValid());
    const qint64 since = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    int cases = 0;
    for (const analytics::ServiceCase &c : in.service.cases)
        cases += c.openedAt >= since && c.openedAt <= QDateTime::currentMSecsSinceEpoch() ? 1 : 0;
    ASSERT_GT(cases, 0);
    EXPECT_DOUBLE_EQ(sum(opened), double(cases));

    const ChartCard *level = w.page.card(QStringLiteral("serviceLevel"));
    QXYSeries *share = seriesOf<QXYSeries>(level);
    ASSERT_NE(share, nullptr);
    QList<double> shares;
    for (const QVariantList &row : level->data().rows)
        if (row[1].toString() == QLatin1String("All") && !row[4].isNull())
            shares << 100.0 * row[4].toDouble();
    ASSERT_EQ(share->count(), shares.size());
    for (int i = 0; i < share->count(); ++i)
        EXPECT_NEAR(share->at(i).y(), shares[i], 1e-9);

    const ChartCard *satisfaction = w.page.card(QStringLiteral("satisfaction"));
    const QList<double> ratings = values(barSet(satisfaction, QStringLiteral("Cases")));
    ASSERT_EQ(ratings.size(), 5);
    EXPECT_EQ(ratings, columnValues(satisfaction->data(), QStringLiteral("Cases")));

    const ChartCard *repeated = w.page.card(QStringLiteral("repeatedComplaints"));
    EXPECT_EQ(w.page.repeatedTable()->rowCount(), repeated->data().rows.size());
    for (const QVariantList &row : repeated->data().rows)
        EXPECT_GE(row[2].toInt(), 3);
}

TEST_F(DashboardPages, SegmentFilterShowsThatSegmentOnlyWithItsUnfilteredCount)
{
    Shown<LoyaltyPage> w(store());
    ASSERT_TRUE(w.computed());
    const ChartCard *segments = w.page.card(QStringLiteral("rfmSegments"));
    const QList<double> all = values(barSet(segments, QStringLiteral("Customers")));
    ASSERT_EQ(all.size(), analytics::RfmSegmentCount);
    // The biggest segment (bars are bottom-up: segment = count − 1 − bar).
    const qsizetype biggest = std::max_element(all.begin(), all.end()) - all.begin();
    const RfmSegment segment = RfmSegment(analytics::RfmSegmentCount - 1 - int(biggest));
    ASSERT_GT(all[biggest], 0.0);
    const int othersBefore = int(sum(all) - all[biggest]);
    ASSERT_GT(othersBefore, 0);

    ASSERT_TRUE(w.choose(w.page.filterBar()->segmentBox(), int(segment)));
    ASSERT_TRUE(w.page.filterBar()->scope().segment.has_value());
    const QList<double> filtered = values(barSet(w.page.card(QStringLiteral("rfmSegments")), QStringLiteral("Customers")));
    ASSERT_EQ(filtered.size(), analytics::RfmSegmentCount);
    for (qsizetype i = 0; i < filtered.size(); ++i)
        EXPECT_DOUBLE_EQ(filtered[i], i == biggest ? all[biggest] : 0.0) << categories(segments).value(i).toStdString();
    const DataTable &t = w.page.card(QStringLiteral("rfmSegments"))->data();
    EXPECT_DOUBLE_EQ(t.rows[int(segment)][column(t, QStringLiteral("Share of revenue"))].toDouble(), 1.0);

    // The other pages narrow to the segment too: over all time the Value
    // page ranks exactly the segment's customers (all of whom have bought).
    Shown<ValuePage> value(store());
    ASSERT_TRUE(value.computed());
    ASSERT_TRUE(value.choose(value.page.filterBar()->periodBox(), int(DashboardFilterBar::Period::AllTime)));
    const double allRanked = sum(columnValues(value.page.card(QStringLiteral("revenueDeciles"))->data(), QStringLiteral("Customers")));
    EXPECT_DOUBLE_EQ(allRanked, sum(all));
    ASSERT_TRUE(value.choose(value.page.filterBar()->segmentBox(), int(segment)));
    const double ranked = sum(columnValues(value.page.card(QStringLiteral("revenueDeciles"))->data(), QStringLiteral("Customers")));
    EXPECT_DOUBLE_EQ(ranked, all[biggest]);
    QSet<QString> rankedIds;
    for (int i = 0; i < 10; ++i) {
        emit seriesOf<QAbstractBarSeries>(value.page.card(QStringLiteral("revenueDeciles")))
            ->clicked(i, barSet(value.page.card(QStringLiteral("revenueDeciles")), QStringLiteral("Revenue")));
        if (DrillDownDialog *d = openDrillDown(&value.page); d && d->rowCount() > 0)
            rankedIds += idsOf(d);
        closeAll(&value.page);
    }
    EXPECT_EQ(rankedIds, accountIds(*value.page.input(), segmentsToday(*value.page.input()).at(segment)));

    // Back to all customers: the first figures again.
    ASSERT_TRUE(w.choose(w.page.filterBar()->segmentBox(), -1));
    EXPECT_EQ(values(barSet(w.page.card(QStringLiteral("rfmSegments")), QStringLiteral("Customers"))), all);
}

TEST_F(DashboardPages, OwnerFilterNarrowsEveryFigureToTheOwnersCustomers)
{
    Shown<ValuePage> w(store());
    ASSERT_TRUE(w.computed());
    const analytics::AnalyticsInput &in = *w.page.input();
    const QDate from = DashboardFilterBar::periodScope(DashboardFilterBar::Period::Last12Months, QDate::currentDate()).from;
    const QString owner = busiestOwner(in, from);
    ASSERT_FALSE(owner.isEmpty());
    ASSERT_GE(w.page.filterBar()->ownerBox()->count(), 3); // "All owners" and several users
    const double allRevenue = sum(values(barSet(w.page.card(QStringLiteral("revenueDeciles")), QStringLiteral("Revenue"))));

    ASSERT_TRUE(w.choose(w.page.filterBar()->ownerBox(), owner));
    EXPECT_EQ(w.page.filterBar()->scope().ownerId, owner);
    const double ownerRevenue = sum(values(barSet(w.page.card(QStringLiteral("revenueDeciles")), QStringLiteral("Revenue"))));
    const double expected = rankedRevenue(*w.page.input(), from, owner);
    ASSERT_GT(expected, 0.0);
    EXPECT_NEAR(ownerRevenue, expected, 1e-6 * expected);
    EXPECT_LT(ownerRevenue, allRevenue);

    // Loyalty: the owner's customers per segment, each at most the segment's count.
    Shown<LoyaltyPage> loyalty(store());
    ASSERT_TRUE(loyalty.computed());
    const QList<double> allSegments = values(barSet(loyalty.page.card(QStringLiteral("rfmSegments")), QStringLiteral("Customers")));
    ASSERT_TRUE(loyalty.choose(loyalty.page.filterBar()->ownerBox(), owner));
    const QList<double> ownerSegments = values(barSet(loyalty.page.card(QStringLiteral("rfmSegments")), QStringLiteral("Customers")));
    ASSERT_EQ(ownerSegments.size(), allSegments.size());
    const auto expectedSegments = segmentsToday(*loyalty.page.input(), owner);
    for (int i = 0; i < ownerSegments.size(); ++i) {
        EXPECT_LE(ownerSegments[i], allSegments[i]);
        const auto it = expectedSegments.find(RfmSegment(analytics::RfmSegmentCount - 1 - i));
        EXPECT_DOUBLE_EQ(ownerSegments[i], it == expectedSegments.end() ? 0.0 : double(it->second.size()));
    }
    EXPECT_LT(sum(ownerSegments), sum(allSegments));
    EXPECT_GT(sum(ownerSegments), 0.0);

    // Sales: every month at most the all-owner figure, the total below it.
    Shown<SalesPage> sales(store());
    ASSERT_TRUE(sales.computed());
    const QList<double> allMonths = values(barSet(sales.page.card(QStringLiteral("salesByMonth")), QStringLiteral("This year")));
    ASSERT_TRUE(sales.choose(sales.page.filterBar()->ownerBox(), owner));
    const QList<double> ownerMonths = values(barSet(sales.page.card(QStringLiteral("salesByMonth")), QStringLiteral("This year")));
    ASSERT_EQ(ownerMonths.size(), allMonths.size());
    EXPECT_LT(sum(ownerMonths), sum(allMonths));
    EXPECT_GT(sum(ownerMonths), 0.0);

    // Pipeline: the deal owner's deals only.
    Shown<PipelineDashboardPage> pipeline(store());
    ASSERT_TRUE(pipeline.computed());
    const DataTable allOwners = pipeline.page.card(QStringLiteral("owners"))->data();
    ASSERT_TRUE(pipeline.choose(pipeline.page.filterBar()->ownerBox(), owner));
    const DataTable &ownerOnly = pipeline.page.card(QStringLiteral("owners"))->data();
    const double wonAll = allOwners.rows[0][column(allOwners, QStringLiteral("Won"))].toDouble();
    const double wonOwner = ownerOnly.rows[0][column(ownerOnly, QStringLiteral("Won"))].toDouble();
    EXPECT_LE(wonOwner, wonAll);
    // The owner's row among all owners is the filtered total.
    double wonInAll = -1;
    QString ownerName;
    const auto users = Directory(store()).users(true);
    ASSERT_TRUE(users.ok());
    for (const User &u : *users)
        if (u.id == owner)
            ownerName = u.displayName.isEmpty() ? u.name : u.displayName;
    for (const QVariantList &row : allOwners.rows)
        if (row[0].toString() == ownerName)
            wonInAll = row[column(allOwners, QStringLiteral("Won"))].toDouble();
    EXPECT_DOUBLE_EQ(wonOwner, std::max(0.0, wonInAll));
}

TEST_F(DashboardPages, AllTimeShowsEveryMonthSinceTheFirstOrder)
{
    Shown<SalesPage> w(store());
    ASSERT_TRUE(w.computed());
    const DataTable last12 = w.page.card(QStringLiteral("salesByMonth"))->data();
    ASSERT_TRUE(w.choose(w.page.filterBar()->periodBox(), int(DashboardFilterBar::Period::AllTime)));
    EXPECT_FALSE(w.page.filterBar()->scope().from.isValid());
    const analytics::AnalyticsInput &in = *w.page.input();
    const DataTable &t = w.page.card(QStringLiteral("salesByMonth"))->data();
    QDate first = QDate::currentDate();
    double lines = 0;
    for (const analytics::PurchasedLine &l : in.lines) {
        first = std::min(first, l.day);
        if (l.day <= QDate::currentDate())
            lines += l.revenue;
    }
    // The demo's four years of orders: every month in the CSV, the last 24 in the chart.
    const QDate today = QDate::currentDate();
    const int months = (today.year() - first.year()) * 12 + today.month() - first.month() + 1;
    ASSERT_GT(months, 24);
    EXPECT_EQ(t.rows.size(), months);
    EXPECT_GT(t.rows.size(), last12.rows.size());
    EXPECT_EQ(t.rows.first()[0].toString(), first.toString(QStringLiteral("yyyy-MM")));
    EXPECT_NEAR(sum(columnValues(t, QStringLiteral("Revenue"))), lines, 1e-6 * lines);
    const QList<double> bars = values(barSet(w.page.card(QStringLiteral("salesByMonth")), QStringLiteral("This year")));
    ASSERT_EQ(bars.size(), 24);
    EXPECT_EQ(bars, columnValues(t, QStringLiteral("Revenue"), t.rows.size() - 24));
    // The months both periods show did not change.
    for (qsizetype i = 0; i < last12.rows.size(); ++i)
        EXPECT_EQ(t.rows[t.rows.size() - last12.rows.size() + i], last12.rows[i]);

    // Value: all time ranks more customers and more revenue than the last 12 months.
    Shown<ValuePage> value(store());
    ASSERT_TRUE(value.computed());
    const double revenue12 = sum(values(barSet(value.page.card(QStringLiteral("revenueDeciles")), QStringLiteral("Revenue"))));
    ASSERT_TRUE(value.choose(value.page.filterBar()->periodBox(), int(DashboardFilterBar::Period::AllTime)));
    const double revenueAll = sum(values(barSet(value.page.card(QStringLiteral("revenueDeciles")), QStringLiteral("Revenue"))));
    EXPECT_GT(revenueAll, revenue12);
    EXPECT_NEAR(revenueAll, rankedRevenue(*value.page.input(), QDate()), 1e-6 * revenueAll);
}

TEST_F(DashboardPages, DrillDownListsExactlyTheCustomersBehindABar)
{
    Shown<LoyaltyPage> w(store());
    ASSERT_TRUE(w.computed());
    const analytics::AnalyticsInput &in = *w.page.input();
    const ChartCard *segments = w.page.card(QStringLiteral("rfmSegments"));
    auto *series = seriesOf<QAbstractBarSeries>(segments);
    ASSERT_NE(series, nullptr);
    QBarSet *set = barSet(segments, QStringLiteral("Customers"));
    const QList<double> bars = values(set);
    const auto expected = segmentsToday(in);
    int checked = 0;
    for (int i = 0; i < bars.size(); ++i) {
        if (bars[i] == 0)
            continue;
        const RfmSegment segment = RfmSegment(analytics::RfmSegmentCount - 1 - i);
        emit series->clicked(i, set);
        DrillDownDialog *d = openDrillDown(&w.page);
        ASSERT_NE(d, nullptr) << "bar " << i;
        EXPECT_EQ(d->windowTitle(), segmentLabel(segment));
        EXPECT_EQ(d->rowCount(), int(bars[i]));
        EXPECT_EQ(d->table()->model()->rowCount(), int(bars[i]));
        EXPECT_EQ(idsOf(d), accountIds(in, expected.at(segment)));
        for (const DrillDownDialog::Row &r : d->rows())
            EXPECT_EQ(r.record.entity, QStringLiteral("account"));
        ASSERT_NE(d->campaignButton(), nullptr);
        EXPECT_TRUE(d->campaignButton()->isEnabled());
        ++checked;
        closeAll(&w.page);
    }
    EXPECT_GE(checked, 5);

    // Double-clicking a row asks for that account.
    emit series->clicked(int(bars.size()) - 1, set); // Champions
    DrillDownDialog *d = openDrillDown(&w.page);
    ASSERT_NE(d, nullptr);
    ASSERT_GE(d->rowCount(), 2);
    QSignalSpy open(&w.page, &Page::openRecordRequested);
    doubleClickRow(d->table(), 1);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<RecordRef>(), d->rows()[1].record);
    EXPECT_EQ(open.at(0).at(0).value<RecordRef>().entity, QStringLiteral("account"));
    closeAll(&w.page);

    // A cohort cell lists the cohort's customers buying in that month.
    auto *heatMap = w.page.card(QStringLiteral("cohorts"))->findChild<QTableWidget *>(QStringLiteral("cohortHeatMap"));
    ASSERT_NE(heatMap, nullptr);
    ASSERT_GT(heatMap->rowCount(), 0);
    emit heatMap->cellClicked(0, 0);
    d = openDrillDown(&w.page);
    ASSERT_NE(d, nullptr);
    const DataTable &cohorts = w.page.card(QStringLiteral("cohorts"))->data();
    EXPECT_EQ(d->rowCount(), cohorts.rows[0][column(cohorts, QStringLiteral("Customers buying"))].toInt());
    EXPECT_EQ(d->rowCount(), cohorts.rows[0][column(cohorts, QStringLiteral("Customers"))].toInt()); // month 0: everybody
    closeAll(&w.page);
}

TEST_F(DashboardPages, DrillDownOfDecilesChurnAndAtRiskListsTheirCustomers)
{
    Shown<ValuePage> value(store());
    ASSERT_TRUE(value.computed());
    const ChartCard *deciles = value.page.card(QStringLiteral("revenueDeciles"));
    auto *series = seriesOf<QAbstractBarSeries>(deciles);
    QBarSet *set = barSet(deciles, QStringLiteral("Revenue"));
    ASSERT_NE(series, nullptr);
    const QList<double> customers = columnValues(deciles->data(), QStringLiteral("Customers"));
    QSet<QString> seen;
    for (int i = 0; i < 10; ++i) {
        emit series->clicked(i, set);
        DrillDownDialog *d = openDrillDown(&value.page);
        ASSERT_NE(d, nullptr);
        EXPECT_EQ(d->rowCount(), int(customers[i])) << "decile " << i + 1;
        const QSet<QString> ids = idsOf(d);
        EXPECT_EQ(ids.size(), d->rowCount());
        EXPECT_FALSE(ids.intersects(seen)) << "a customer in two deciles";
        seen += ids;
        closeAll(&value.page);
    }
    EXPECT_EQ(seen.size(), int(sum(customers)));

    Shown<ChurnPage> churn(store());
    ASSERT_TRUE(churn.computed());
    const ChartCard *base = churn.page.card(QStringLiteral("customerBase"));
    auto *bars = seriesOf<QAbstractBarSeries>(base);
    QBarSet *lost = barSet(base, QStringLiteral("Lost"));
    ASSERT_NE(bars, nullptr);
    const QList<double> lostCounts = values(lost);
    const qsizetype month = std::max_element(lostCounts.begin(), lostCounts.end()) - lostCounts.begin();
    ASSERT_GT(lostCounts[month], 0.0);
    emit bars->clicked(int(month), lost);
    DrillDownDialog *d = openDrillDown(&churn.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->rowCount(), int(lostCounts[month]));
    EXPECT_EQ(idsOf(d).size(), d->rowCount());
    closeAll(&churn.page);

    // "All customers at risk" lists at least the table's customers, in its order.
    auto *all = churn.page.findChild<QPushButton *>(QStringLiteral("allAtRisk"));
    ASSERT_NE(all, nullptr);
    QTest::mouseClick(all, Qt::LeftButton);
    d = openDrillDown(&churn.page);
    ASSERT_NE(d, nullptr);
    const DataTable &atRisk = churn.page.card(QStringLiteral("atRisk"))->data();
    ASSERT_GE(d->rowCount(), int(atRisk.rows.size()));
    for (qsizetype i = 0; i < atRisk.rows.size(); ++i)
        EXPECT_EQ(d->rows()[i].record.id, atRisk.rows[i][0].toString());
    closeAll(&churn.page);

    // Double-clicking an at-risk customer asks for the account.
    QSignalSpy open(&churn.page, &Page::openRecordRequested);
    doubleClickRow(churn.page.atRiskTable(), 0);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<RecordRef>(), (RecordRef{QStringLiteral("account"), atRisk.rows[0][0].toString()}));
}

TEST_F(DashboardPages, DrillDownFromAPointOfALineListsItsCustomers)
{
    // Churn rate: a month's point lists the customers lost that month.
    Shown<ChurnPage> churn(store());
    ASSERT_TRUE(churn.computed());
    const ChartCard *base = churn.page.card(QStringLiteral("customerBase"));
    const QList<double> lostCounts = values(barSet(base, QStringLiteral("Lost")));
    auto *rate = seriesOf<QLineSeries>(churn.page.card(QStringLiteral("churnRate")));
    ASSERT_NE(rate, nullptr);
    ASSERT_GT(rate->count(), 0);
    const int point = rate->count() - 1;
    const int month = int(rate->at(point).x());
    emit rate->clicked(rate->at(point));
    DrillDownDialog *d = openDrillDown(&churn.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->rowCount(), int(lostCounts[month]));
    closeAll(&churn.page);

    // Pareto curve: the point at 50 % of customers lists the better half, by revenue.
    Shown<ValuePage> value(store());
    ASSERT_TRUE(value.computed());
    const ChartCard *pareto = value.page.card(QStringLiteral("paretoCurve"));
    auto *curve = seriesOf<QLineSeries>(pareto);
    ASSERT_NE(curve, nullptr);
    const int ranked = int(pareto->data().rows.size()) - 1;  // the CSV has every rank and the origin
    ASSERT_GT(ranked, 1);
    int half = 0;
    for (int i = 0; i < curve->count(); ++i)
        if (std::abs(curve->at(i).x() - 50.0) < std::abs(curve->at(half).x() - 50.0))
            half = i;
    emit curve->clicked(curve->at(half));
    d = openDrillDown(&value.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->rowCount(), int(std::llround(curve->at(half).x() / 100.0 * ranked)));
    EXPECT_EQ(idsOf(d).size(), d->rowCount());
    closeAll(&value.page);
}

TEST_F(DashboardPages, DrillDownOfPipelineAndServiceListsTheirRecords)
{
    Shown<PipelineDashboardPage> w(store());
    ASSERT_TRUE(w.computed());
    const analytics::AnalyticsInput &in = *w.page.input();
    const ChartCard *funnel = w.page.card(QStringLiteral("funnel"));
    auto *series = seriesOf<QAbstractBarSeries>(funnel);
    QBarSet *set = barSet(funnel, QStringLiteral("Deals that reached the stage"));
    ASSERT_NE(series, nullptr);
    const QList<double> reached = values(set);
    ASSERT_FALSE(reached.isEmpty());
    const int top = int(reached.size()) - 1; // the first stage
    emit series->clicked(top, set);
    DrillDownDialog *d = openDrillDown(&w.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->rowCount(), int(reached[top]));
    EXPECT_EQ(d->campaignButton(), nullptr); // deals, not customers
    QHash<QString, const analytics::Deal *> deals;
    for (const analytics::Deal &deal : in.pipeline.deals)
        deals.insert(deal.id, &deal);
    const QDate from = w.page.filterBar()->scope().from;
    for (const DrillDownDialog::Row &r : d->rows()) {
        EXPECT_EQ(r.record.entity, QStringLiteral("opportunity"));
        ASSERT_TRUE(deals.contains(r.record.id));
        EXPECT_GE(QDateTime::fromMSecsSinceEpoch(deals[r.record.id]->createdAt).date(), from.addDays(-1)) << "created before the period";
    }
    QSignalSpy open(&w.page, &Page::openRecordRequested);
    doubleClickRow(d->table(), 0);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<RecordRef>(), d->rows()[0].record);
    closeAll(&w.page);

    Shown<ServiceDashboardPage> service(store());
    ASSERT_TRUE(service.computed());
    const ChartCard *volume = service.page.card(QStringLiteral("casesPerMonth"));
    auto *bars = seriesOf<QAbstractBarSeries>(volume);
    QBarSet *opened = barSet(volume, QStringLiteral("Opened"));
    const QList<double> counts = values(opened);
    const qsizetype month = std::max_element(counts.begin(), counts.end()) - counts.begin();
    emit bars->clicked(int(month), opened);
    d = openDrillDown(&service.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->rowCount(), int(counts[month]));
    for (const DrillDownDialog::Row &r : d->rows())
        EXPECT_EQ(r.record.entity, QStringLiteral("case"));
    closeAll(&service.page);
}

TEST_F(DashboardPages, SegmentDrillDownStartsACampaignForItsAccounts)
{
    Shown<LoyaltyPage> w(store());
    ASSERT_TRUE(w.computed());
    const ChartCard *segments = w.page.card(QStringLiteral("rfmSegments"));
    auto *series = seriesOf<QAbstractBarSeries>(segments);
    QBarSet *set = barSet(segments, QStringLiteral("Customers"));
    const QList<double> bars = values(set);
    const int atRiskBar = analytics::RfmSegmentCount - 1 - int(RfmSegment::AtRisk);
    int bar = atRiskBar;
    if (bars[bar] == 0)
        bar = int(std::max_element(bars.begin(), bars.end()) - bars.begin());
    const RfmSegment segment = RfmSegment(analytics::RfmSegmentCount - 1 - bar);
    emit series->clicked(bar, set);
    QPointer<DrillDownDialog> d = openDrillDown(&w.page);
    ASSERT_FALSE(d.isNull());
    const QSet<QString> ids = accountIds(*w.page.input(), segmentsToday(*w.page.input()).at(segment));
    ASSERT_EQ(idsOf(d), ids);

    QSignalSpy campaign(&w.page, &DashboardPage::startCampaignRequested);
    QTest::mouseClick(d->campaignButton(), Qt::LeftButton);
    ASSERT_EQ(campaign.count(), 1);
    const auto source = campaign.at(0).at(0).value<MemberSource>();
    EXPECT_EQ(QSet<QString>(source.accountIds.begin(), source.accountIds.end()), ids);
    EXPECT_EQ(source.accountIds.size(), ids.size());
    EXPECT_FALSE(source.contacts.has_value());
    EXPECT_TRUE(source.accountTag.isEmpty());
    EXPECT_EQ(campaign.at(0).at(1).toString(), segmentLabel(segment));
    EXPECT_TRUE(d.isNull() || !d->isVisible()); // the list closes
    closeAll(&w.page);
}

// The closed loop in the real window: segment → campaign editor named after
// it → saved → the member plan of those accounts' contacts → members added.
TEST(DashboardClosedLoop, SegmentBecomesACampaignWithItsContactsAsMembers)
{
    qRegisterMetaType<MemberSource>();
    std::unique_ptr<test::TempStore> ts = demoStore(150, 9);
    Store &s = **ts;
    AppContext context(s);
    MainWindow window(context);
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(window.showPage(QStringLiteral("loyalty")));
    auto *loyalty = qobject_cast<LoyaltyPage *>(window.page(QStringLiteral("loyalty")));
    ASSERT_NE(loyalty, nullptr);
    ASSERT_TRUE(waitFor([&] { return !loyalty->isLoading() && loyalty->input(); }, ComputeTimeoutMs));

    const ChartCard *segments = loyalty->card(QStringLiteral("rfmSegments"));
    auto *series = seriesOf<QAbstractBarSeries>(segments);
    QBarSet *set = barSet(segments, QStringLiteral("Customers"));
    const QList<double> bars = values(set);
    const int bar = int(std::max_element(bars.begin(), bars.end()) - bars.begin());
    const RfmSegment segment = RfmSegment(analytics::RfmSegmentCount - 1 - bar);
    const QSet<QString> ids = accountIds(*loyalty->input(), segmentsToday(*loyalty->input()).at(segment));
    emit series->clicked(bar, set);
    DrillDownDialog *d = openDrillDown(loyalty);
    ASSERT_NE(d, nullptr);
    ASSERT_EQ(d->rowCount(), int(bars[bar]));
    QTest::mouseClick(d->campaignButton(), Qt::LeftButton);

    // The Campaigns page, with the editor of a new campaign named after the segment.
    ASSERT_NE(window.currentPage(), nullptr);
    EXPECT_EQ(window.currentPage()->key(), QStringLiteral("campaigns"));
    auto *campaigns = qobject_cast<CampaignsPage *>(window.page(QStringLiteral("campaigns")));
    ASSERT_NE(campaigns, nullptr);
    CampaignEditor *editor = nullptr;
    ASSERT_TRUE(waitFor([&] {
        for (CampaignEditor *e : campaigns->findChildren<CampaignEditor *>())
            if (e->isVisible())
                editor = e;
        return editor != nullptr;
    }));
    EXPECT_EQ(editor->nameField()->text(), segmentLabel(segment));
    EXPECT_TRUE(editor->recordId().isEmpty());
    ASSERT_TRUE(editor->save()) << editor->firstProblem().toStdString();

    // The member plan: the contacts of exactly those accounts.
    CampaignMembersView *members = campaigns->detail()->members();
    ASSERT_TRUE(waitFor([&] { return members->planDialog() && members->planDialog()->isVisible(); }, 60000));
    const MemberPlan plan = members->planDialog()->plan(); // a copy: the dialog goes when accepted
    ASSERT_GT(plan.considered, 0);
    ASSERT_FALSE(plan.toAdd.isEmpty());
    EXPECT_GE(plan.considered, int(plan.toAdd.size()));
    ContactRepository contacts(s);
    for (const QString &id : plan.toAdd) {
        const std::optional<Contact> c = contacts.get(id);
        ASSERT_TRUE(c.has_value());
        EXPECT_TRUE(ids.contains(c->accountId)) << "contact of another account: " << id.toStdString();
    }
    const QString campaignId = campaigns->detail()->campaignId();
    ASSERT_FALSE(campaignId.isEmpty());
    QSignalSpy added(members, &CampaignMembersView::membersAdded);
    QTest::mouseClick(members->planDialog()->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return added.count() == 1; }, 60000));
    EXPECT_EQ(added.at(0).at(0).toInt(), int(plan.toAdd.size()));
    const auto rows = CampaignMembersQuery(s).page(campaignId, {}, std::nullopt, 100000);
    ASSERT_TRUE(rows.ok());
    QSet<QString> memberContacts;
    for (const MemberRow &r : *rows)
        memberContacts.insert(r.contactId);
    EXPECT_EQ(memberContacts, QSet<QString>(plan.toAdd.begin(), plan.toAdd.end()));
}

TEST_F(DashboardPages, ExportWritesAPngAndAPdfOfThePageAndCsvOfEachCard)
{
    Shown<LoyaltyPage> w(store());
    ASSERT_TRUE(w.computed());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("x.png"));
    ASSERT_EQ(w.page.exportTo(png), QString());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    auto *content = w.page.findChild<QWidget *>(QStringLiteral("dashboardContent"));
    ASSERT_NE(content, nullptr);
    EXPECT_EQ(image.size(), content->size() * content->devicePixelRatio());
    EXPECT_GT(image.width(), 600);
    EXPECT_GT(image.height(), 400);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 10) << "a blank picture";

    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    ASSERT_EQ(w.page.exportTo(pdf), QString());
    const QByteArray bytes = readAll(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF")) << bytes.left(16).toStdString();
    EXPECT_GT(bytes.size(), 2000);
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));

    // A folder that does not exist: an error, no crash.
    EXPECT_FALSE(w.page.exportTo(dir.filePath(QStringLiteral("missing/x.png"))).isEmpty());
    EXPECT_FALSE(w.page.exportTo(dir.filePath(QStringLiteral("missing/x.pdf"))).isEmpty());

    // Each card's CSV: a header line and a line per row.
    for (const ChartCard *card : w.page.cards()) {
        const QString csv = dir.filePath(card->objectName() + QStringLiteral(".csv"));
        ASSERT_EQ(card->data().writeCsv(csv), QString());
        const QByteArray text = readAll(csv);
        EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF"));
        EXPECT_EQ(text.count("\r\n"), card->data().rows.size() + 1) << card->objectName().toStdString();
        EXPECT_TRUE(text.mid(3).startsWith(card->data().headers.first().toUtf8()));
    }
}

TEST(DashboardDataTable, CsvQuotesWhereNeededKeepsUtf8AndWritesNumbersWithADot)
{
    DataTable t;
    t.headers = {QStringLiteral("Customer"), QStringLiteral("Revenue"), QStringLiteral("Customers"), QStringLiteral("First order")};
    t.rows << QVariantList{QStringLiteral("Müller, Hans"), 1234.5, qlonglong(3), QDate(2024, 2, 29)};
    t.rows << QVariantList{QStringLiteral("王伟贸易有限公司"), 0.1, qlonglong(12), QVariant()};
    t.rows << QVariantList{QStringLiteral("The \"Bean\" Shop"), -20.25, qlonglong(0), QDate(2025, 1, 1)};
    t.rows << QVariantList{QStringLiteral("Two\nlines"), 1e6, qlonglong(1), QDate()};

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // decimal comma in the UI
    const QByteArray csv = t.toCsv();
    QLocale::setDefault(before);

    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_EQ(lines.size(), 6); // header, 4 rows, the empty string after the last line break
    EXPECT_TRUE(lines.last().isEmpty());
    EXPECT_EQ(lines[0], QStringLiteral("Customer,Revenue,Customers,First order"));
    EXPECT_EQ(lines[1], QStringLiteral("\"Müller, Hans\",1234.5,3,2024-02-29"));
    EXPECT_EQ(lines[2], QStringLiteral("王伟贸易有限公司,0.1,12,"));
    EXPECT_EQ(lines[3], QStringLiteral("\"The \"\"Bean\"\" Shop\",-20.25,0,2025-01-01"));
    EXPECT_EQ(lines[4], QStringLiteral("\"Two\nlines\",1000000,1,"));
    EXPECT_TRUE(csv.contains(QStringLiteral("王伟贸易有限公司").toUtf8()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_EQ(t.writeCsv(path), QString());
    EXPECT_EQ(readAll(path), csv);
    DataTable plain;
    plain.headers = {QStringLiteral("A")};
    for (int i = 0; i < 7; ++i)
        plain.rows << QVariantList{i};
    ASSERT_EQ(plain.writeCsv(path), QString());
    EXPECT_EQ(readAll(path).count("\r\n"), 8);
    EXPECT_FALSE(t.writeCsv(dir.filePath(QStringLiteral("missing/t.csv"))).isEmpty());
}

// A new order through the repositories: the visible page re-reads and this
// month's sales grow by exactly the order's amount.
TEST(DashboardRefresh, ANewOrderMovesThisMonthsSales)
{
    std::unique_ptr<test::TempStore> ts = demoStore(120, 21);
    Store &s = **ts;
    Shown<SalesPage> w(s);
    ASSERT_TRUE(w.computed());
    const analytics::AnalyticsInput in = *w.page.input();
    const ChartCard *monthly = w.page.card(QStringLiteral("salesByMonth"));
    const QString thisMonth = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    ASSERT_EQ(monthly->data().rows.last()[0].toString(), thisMonth);
    const DataTable rowsBefore = monthly->data();
    const double before = monthly->data().rows.last()[1].toDouble();
    const double barBefore = values(barSet(monthly, QStringLiteral("This year"))).last();
    EXPECT_DOUBLE_EQ(before, barBefore);

    ASSERT_FALSE(in.products.empty());
    ASSERT_FALSE(in.purchases.customers.empty());
    Order order;
    order.accountId = in.purchases.customers.front().id;
    order.number = QStringLiteral("SO-TEST-1");
    order.orderedAt = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
    order.currency = in.currency;
    order.lines = {OrderLine{{}, {}, {}, in.products.front().id, 3, 12345, std::optional<qint64>(45)}};
    const Result<QString> id = OrderRepository(s).create(order);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const double amount = double(3 * 12345 - 45) / std::pow(10.0, currencyMinorDigits(in.currency));

    ASSERT_TRUE(waitFor([&] {
        return !w.page.isLoading() && std::abs(w.page.card(QStringLiteral("salesByMonth"))->data().rows.last()[1].toDouble() - before) > 1e-9;
    }, ComputeTimeoutMs)) << "the page did not follow the store";
    monthly = w.page.card(QStringLiteral("salesByMonth"));
    EXPECT_NEAR(monthly->data().rows.last()[1].toDouble(), before + amount, 1e-6);
    EXPECT_NEAR(values(barSet(monthly, QStringLiteral("This year"))).last(), barBefore + amount, 1e-6);
    // Only this month moved.
    EXPECT_EQ(monthly->data().rows.size(), rowsBefore.rows.size());
    for (qsizetype i = 0; i + 1 < rowsBefore.rows.size(); ++i)
        EXPECT_EQ(monthly->data().rows[i], rowsBefore.rows[i]);
    EXPECT_EQ(w.page.input()->lines.size(), in.lines.size() + 1);
}

// Three cases of one account within days: the account appears among the
// repeated complaints, and its row lists exactly its cases.
TEST(DashboardRefresh, ThreeNewCasesOfAnAccountMakeItARepeatedComplaint)
{
    std::unique_ptr<test::TempStore> ts = demoStore(120, 21);
    ts->clock = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000; // cases open at their creation time
    Store &s = **ts;
    Shown<ServiceDashboardPage> w(s);
    ASSERT_TRUE(w.computed());
    const analytics::AnalyticsInput &in = *w.page.input();
    // An account with no case in the last 90 days.
    const qint64 window = QDateTime::currentMSecsSinceEpoch() - 90ll * 86400000;
    QSet<int> recent;
    for (const analytics::ServiceCase &c : in.service.cases)
        if (c.openedAt > window)
            recent.insert(c.customer);
    int customer = 0;
    while (recent.contains(customer))
        ++customer;
    const QString accountId = in.purchases.customers[size_t(customer)].id;
    const QString accountName = in.purchases.customers[size_t(customer)].name;
    const DataTable volumeBefore = w.page.card(QStringLiteral("casesPerMonth"))->data();
    for (const QVariantList &row : w.page.card(QStringLiteral("repeatedComplaints"))->data().rows)
        ASSERT_NE(row[0].toString(), accountId);

    QSet<QString> created;
    for (int i = 1; i <= 3; ++i) {
        Case c;
        c.subject = QStringLiteral("Grinder noisy again (%1)").arg(i);
        c.accountId = accountId;
        c.priority = QStringLiteral("high");
        c.status = QStringLiteral("new");
        const Result<QString> id = CaseRepository(s).create(c);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        created.insert(*id);
    }
    int row = -1;
    ASSERT_TRUE(waitFor([&] {
        if (w.page.isLoading())
            return false;
        const DataTable &t = w.page.card(QStringLiteral("repeatedComplaints"))->data();
        for (qsizetype r = 0; r < t.rows.size(); ++r)
            if (t.rows[r][0].toString() == accountId)
                row = int(r);
        return row >= 0;
    }, ComputeTimeoutMs)) << "the page did not follow the store";
    QCoreApplication::processEvents();
    const DataTable &t = w.page.card(QStringLiteral("repeatedComplaints"))->data();
    EXPECT_EQ(t.rows[row][1].toString(), accountName);
    EXPECT_EQ(t.rows[row][2].toInt(), 3);
    QTableWidget *table = w.page.repeatedTable();
    ASSERT_EQ(table->rowCount(), t.rows.size());
    EXPECT_EQ(table->item(row, 0)->text(), accountName);
    // This month's opened bar grew by three.
    const DataTable &volume = w.page.card(QStringLiteral("casesPerMonth"))->data();
    EXPECT_EQ(volume.rows.last()[1].toInt(), volumeBefore.rows.last()[1].toInt() + 3);

    doubleClickRow(table, row);
    DrillDownDialog *d = openDrillDown(&w.page);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(idsOf(d), created);
    for (const DrillDownDialog::Row &r : d->rows()) {
        EXPECT_EQ(r.record.entity, QStringLiteral("case"));
        EXPECT_EQ(r.columns.value(1), accountName);
    }
    closeAll(&w.page);
}

// The next session starts from the input the last one kept (no store load),
// and a change that bypasses the journal (a bulk load) makes it load afresh.
TEST(DashboardSnapshot, TheNextSessionStartsFromTheKeptInputUntilABulkLoad)
{
    std::unique_ptr<test::TempStore> ts = demoStore(40, 5);
    Store &s = **ts;
    QTemporaryDir cache;
    const QString path = cache.filePath(QStringLiteral("store.analytics"));
    const QString renamed = QStringLiteral("Renamed Without Journal GmbH");

    // The first customer's name as a session's source sees it.
    auto firstName = [&s, &path](QString *name, quint64 *loadId) {
        AppContext context(s);
        AnalyticsSource source(context);
        source.setSnapshotPath(path);
        bool done = false;
        source.run([name, loadId, &done](const AnalyticsSource::Input &input) -> AnalyticsSource::Done {
            const QString first = input->purchases.customers.front().name;
            const quint64 id = input->loadId;
            return [name, loadId, first, id, &done] { *name = first; *loadId = id; done = true; };
        }, [&done](const QString &) { done = true; });
        EXPECT_TRUE(waitFor([&done] { return done; }, ComputeTimeoutMs));
        // The save after a load runs after the figures; let it finish.
        QTest::qWait(50);
    };

    QString name;
    quint64 loadId = 0;
    {
        AppContext context(s);
        AnalyticsSource source(context);
        source.setSnapshotPath(path);
        source.preload();
        ASSERT_TRUE(waitFor([&path] { return QFile::exists(path); }, ComputeTimeoutMs)) << "nothing kept after the load";
    }
    const QString original = [&s] {
        QSqlQuery q(s.db());
        q.exec(QStringLiteral("SELECT name FROM accounts WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }();
    ASSERT_FALSE(original.isEmpty());

    // Behind the journal's back (as a bulk load writes): the kept input is
    // still what the next session starts from, which proves it is read.
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("UPDATE accounts SET name = ? WHERE id = (SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id LIMIT 1)"));
    q.addBindValue(renamed);
    ASSERT_TRUE(q.exec());
    firstName(&name, &loadId);
    EXPECT_EQ(name, original);

    // A bulk load marks a new baseline: the next session loads afresh.
    ASSERT_TRUE(s.begin());
    ASSERT_TRUE(s.markNewBaseline());
    ASSERT_TRUE(s.commit());
    const QByteArray keptBefore = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    {
        AppContext context(s);
        AnalyticsSource source(context);
        source.setSnapshotPath(path);
        bool done = false;
        source.run([&name, &done](const AnalyticsSource::Input &input) -> AnalyticsSource::Done {
            const QString first = input->purchases.customers.front().name;
            return [&name, &done, first] { name = first; done = true; };
        }, [&done](const QString &) { done = true; });
        ASSERT_TRUE(waitFor([&done] { return done; }, ComputeTimeoutMs));
        EXPECT_EQ(name, renamed);
        // ... and keeps that load for the session after (written after the figures).
        ASSERT_TRUE(waitFor([&path, &keptBefore] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll() != keptBefore;
        }, ComputeTimeoutMs)) << "the fresh load was not kept";
    }
    // Proof that the next session reads that file: another change behind the
    // journal's back is not seen.
    q.prepare(QStringLiteral("UPDATE accounts SET name = ? WHERE id = (SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id LIMIT 1)"));
    q.addBindValue(QStringLiteral("Renamed Once More"));
    ASSERT_TRUE(q.exec());
    firstName(&name, &loadId);
    EXPECT_EQ(name, renamed);
}

// A visit logged for a customer costs its price in the Value page's profit
// at once, merged into the loaded input (no reload of the store).
TEST(DashboardRefresh, ALoggedVisitLowersTheProfitByItsCostWithoutAReload)
{
    std::unique_ptr<test::TempStore> ts = demoStore(120, 21);
    Store &s = **ts;
    Shown<ValuePage> w(s);
    ASSERT_TRUE(w.computed());
    const quint64 loadId = w.page.input()->loadId;
    auto totalProfit = [&w] { return w.page.card(QStringLiteral("whaleCurve"))->data().rows.last()[2].toDouble(); };
    const double before = totalProfit();
    // The most profitable customer of the period (ranked, so counted).
    const DataTable &deciles = w.page.card(QStringLiteral("profitDeciles"))->data();
    ASSERT_FALSE(deciles.rows.isEmpty());
    const analytics::AnalyticsInput &in = *w.page.input();
    const QString account = in.purchases.customers[size_t(in.purchases.purchases.back().customer)].id;

    Activity visit;
    visit.accountId = account;
    visit.kind = QStringLiteral("visit");
    visit.subject = QStringLiteral("Site visit");
    visit.startAt = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
    visit.doneAt = visit.startAt;
    ASSERT_TRUE(ActivityRepository(s).create(visit).ok());

    ASSERT_TRUE(waitFor([&] { return !w.page.isLoading() && std::abs(totalProfit() - before) > 1e-9; }, ComputeTimeoutMs))
        << "the page did not follow the store";
    EXPECT_NEAR(totalProfit(), before - analytics::CostToServe().unitCost(QStringLiteral("visit")), 1e-6);
    EXPECT_EQ(w.page.input()->loadId, loadId) << "the visit was merged, not loaded afresh";
}

// A session that must load afresh (the journal shows a change it cannot
// merge) hands over figures from the kept input first, then the fresh ones.
TEST(DashboardSnapshot, WhileTheStoreLoadsThePageGetsTheKeptFiguresFirst)
{
    std::unique_ptr<test::TempStore> ts = demoStore(40, 6);
    Store &s = **ts;
    QTemporaryDir cache;
    const QString path = cache.filePath(QStringLiteral("store.analytics"));
    {
        AppContext context(s);
        AnalyticsSource source(context);
        source.setSnapshotPath(path);
        source.preload();
        ASSERT_TRUE(waitFor([&path] { return QFile::exists(path); }, ComputeTimeoutMs));
    }
    // An account renamed: journaled, but nothing a merge can follow.
    QString firstId;
    {
        QSqlQuery q(s.db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id LIMIT 1")) && q.next());
        firstId = q.value(0).toString();
    }
    Account account = *AccountRepository(s).get(firstId);
    const QString original = account.name;
    account.name = QStringLiteral("Renamed Through The Journal Ltd");
    ASSERT_TRUE(AccountRepository(s).update(account).ok());

    AppContext context(s);
    AnalyticsSource source(context);
    source.setSnapshotPath(path);
    // As at a start: the preload is the first job and loads afresh; the page
    // asks meanwhile, and gets the kept figures first all the same.
    source.preload();
    QStringList shown;  // the first customer's name, in the order the figures arrived
    bool done = false;
    auto firstName = [&shown](const char *tag) {
        return [&shown, tag](const AnalyticsSource::Input &input) -> AnalyticsSource::Done {
            const QString name = input->purchases.customers.front().name;
            return [&shown, tag, name] { shown << QString::fromLatin1(tag) + QLatin1Char(':') + name; };
        };
    };
    source.run(
        [&](const AnalyticsSource::Input &input) -> AnalyticsSource::Done {
            const AnalyticsSource::Done d = firstName("final")(input);
            return [d, &done] { d(); done = true; };
        },
        [&done](const QString &) { done = true; }, firstName("interim"));
    ASSERT_TRUE(waitFor([&done] { return done; }, ComputeTimeoutMs));
    EXPECT_EQ(shown, QStringList({QStringLiteral("interim:") + original, QStringLiteral("final:") + account.name}));
}
