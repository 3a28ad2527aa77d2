#include "SalesPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "ResultTable.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/ProductAffinity.h"
#include "analytics/SalesComparison.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <future>

namespace rapport {

using namespace analytics;

struct SalesPage::Figures {
    QDate from;
    SalesComparisonResult sales;
    ProductAffinityResult affinity;
    std::vector<CatalogueProduct> catalogue;
    std::vector<ProductPurchase> purchases;  // for the cross-selling lists
    QDate asOf;
};

SalesPage::SalesPage(AppContext &context, AnalyticsSource &source, QWidget *parent) : DashboardPage(context, source, true, parent)
{
    m_monthly = addCard(QStringLiteral("salesByMonth"), tr("Revenue per month against the same month last year"), 0, 0, 1, 2);
    m_categories = addCard(QStringLiteral("salesByCategory"), tr("Revenue by category in the period and the year before"), 1, 0);
    m_affinity = addCard(QStringLiteral("productAffinity"), tr("Products bought by the same customers"), 1, 1);
    m_affinityTable = new QTableWidget(this);
    m_affinityTable->setObjectName(QStringLiteral("affinityTable"));
    m_affinityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_affinityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_affinityTable->verticalHeader()->hide();
    m_affinityTable->setToolTip(tr("Double-click a pair for the customers who bought the first product but not the second"));
    m_affinity->setContent(m_affinityTable);
    connect(m_affinityTable, &QTableWidget::cellActivated, this, [this](int row, int) { showCrossSell(row); });
}

void SalesPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            Figures f;
            f.from = scope.from;
            f.asOf = scope.to;
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            for (const ProductInfo &p : input.products)
                f.catalogue.push_back({p.id, p.name, p.category});
            std::vector<SalesLine> lines;
            lines.reserve(input.lines.size());
            for (const PurchasedLine &l : input.lines) {
                if (!in[size_t(l.customer)])
                    continue;
                lines.push_back({l.day, l.product, l.revenue});
                // Affinity over the period's baskets; refunds are not purchases.
                if (l.quantity > 0 && (!scope.from.isValid() || l.day >= scope.from))
                    f.purchases.push_back({l.customer, l.product, l.day});
            }
            // The two are independent: affinity on the second core meanwhile.
            std::future<ProductAffinityResult> affinityLater = std::async(std::launch::async, [&f, &scope] {
                ProductAffinitySettings settings;
                settings.maximumPairs = 50;
                return ProductAffinity::compute(f.catalogue, f.purchases, scope.to, settings);
            });
            f.sales = SalesComparison::compute(f.catalogue, lines, scope.to);
            f.affinity = affinityLater.get();
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void SalesPage::display(const Figures &figures)
{
    m_figures = std::make_shared<const Figures>(figures);
    const Figures &f = *m_figures;
    const QString cur = currency();
    QLocale locale;

    // Months of the period (at most the last 24 shown; the CSV has them all).
    std::vector<SalesMonth> months;
    for (const SalesMonth &m : f.sales.overall.months)
        if (!f.from.isValid() || m.periodEnd >= f.from)
            months.push_back(m);
    const size_t shownFrom = months.size() > 24 ? months.size() - 24 : 0;
    QChart *chart = ChartStyle::newChart(QString(), this);
    auto *now = new QBarSet(tr("This year"));
    auto *before = new QBarSet(tr("Same month last year"));
    QStringList categories;
    DataTable data;
    data.headers = {tr("Month"), tr("Revenue"), tr("Same month last year"), tr("Growth %")};
    for (size_t i = 0; i < months.size(); ++i) {
        const SalesMonth &m = months[i];
        data.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), m.revenue,
                                  m.priorYearRevenue ? QVariant(*m.priorYearRevenue) : QVariant(),
                                  m.growthPercent ? QVariant(*m.growthPercent) : QVariant()};
        if (i < shownFrom)
            continue;
        *now << m.revenue;
        *before << m.priorYearRevenue.value_or(0);
        categories << locale.toString(m.month, QStringLiteral("yy-MM"));
    }
    auto *series = new QBarSeries;
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    ChartStyle::titleAxis(x, tr("Month"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::titleAxis(y, tr("Revenue (%1)").arg(cur));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::nice(y);
    ChartStyle::barTooltips(series, [months, shownFrom, cur](QBarSet *, int i) {
        const SalesMonth &m = months[shownFrom + size_t(i)];
        QString text = tr("%1: %2").arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), ChartStyle::money(m.revenue, cur));
        if (m.priorYearRevenue)
            text += QLatin1Char('\n') + tr("Same month last year: %1").arg(ChartStyle::money(*m.priorYearRevenue, cur));
        if (m.growthPercent)
            text += QLatin1Char('\n') + tr("Growth: %1").arg(ChartStyle::percent(*m.growthPercent / 100.0));
        if (m.partial)
            text += QLatin1Char('\n') + tr("(month not over yet; compared with the same days last year)");
        return text;
    });
    m_monthly->setChart(chart);
    m_monthly->setData(data);

    // Categories: the period's months summed, against the same months a year before.
    struct CategoryTotal {
        QString name;
        double revenue = 0;
        double prior = 0;
    };
    std::vector<CategoryTotal> totals;
    for (const SalesSeries &s : f.sales.byCategory) {
        CategoryTotal t{s.key.isEmpty() ? tr("Uncategorised") : s.key};
        for (const SalesMonth &m : s.months)
            if (!f.from.isValid() || m.periodEnd >= f.from) {
                t.revenue += m.revenue;
                t.prior += m.priorYearRevenue.value_or(0);
            }
        totals.push_back(t);
    }
    std::sort(totals.begin(), totals.end(), [](const CategoryTotal &a, const CategoryTotal &b) { return a.revenue < b.revenue; });
    QChart *cats = ChartStyle::newChart(QString(), this);
    auto *period = new QBarSet(tr("Period"));
    auto *prior = new QBarSet(tr("Year before"));
    QStringList names;
    DataTable cdata;
    cdata.headers = {tr("Category"), tr("Revenue"), tr("Year before")};
    for (const CategoryTotal &t : totals) {
        *period << t.revenue;
        *prior << t.prior;
        names << t.name;
        cdata.rows << QVariantList{t.name, t.revenue, t.prior};
    }
    auto *hseries = new QHorizontalBarSeries;
    hseries->append(prior);
    hseries->append(period);
    cats->addSeries(hseries);
    auto *cy = new QBarCategoryAxis;
    cy->append(names);
    ChartStyle::titleAxis(cy, tr("Category"));
    auto *cx = new QValueAxis;
    cx->setLabelFormat(QStringLiteral("%.0f"));
    ChartStyle::titleAxis(cx, tr("Revenue (%1)").arg(cur));
    cats->addAxis(cy, Qt::AlignLeft);
    cats->addAxis(cx, Qt::AlignBottom);
    hseries->attachAxis(cy);
    hseries->attachAxis(cx);
    ChartStyle::nice(cx);
    ChartStyle::barTooltips(hseries, [totals, cur](QBarSet *, int i) {
        const CategoryTotal &t = totals[size_t(i)];
        return tr("%1\nPeriod: %2\nYear before: %3").arg(t.name, ChartStyle::money(t.revenue, cur), ChartStyle::money(t.prior, cur));
    });
    m_categories->setChart(cats);
    m_categories->setData(cdata);

    // Affinity pairs.
    const QList<TableColumn> columns{{tr("Product A")},        {tr("Product B")},           {tr("Customers with both"), true},
                                     {tr("Support"), true},    {tr("Confidence A→B"), true}, {tr("Lift"), true}};
    QList<QStringList> cells;
    DataTable adata;
    adata.headers = {tr("Product A"), tr("Product B"), tr("Customers with A"), tr("Customers with B"), tr("Customers with both"),
                     tr("Support"), tr("Confidence A→B"), tr("Confidence B→A"), tr("Lift")};
    for (const ProductPair &p : f.affinity.pairs) {
        const QString a = f.catalogue[size_t(p.a)].name, b = f.catalogue[size_t(p.b)].name;
        cells << QStringList{a, b, locale.toString(qlonglong(p.customersWithBoth.size())), ChartStyle::percent(p.support),
                             ChartStyle::percent(p.confidenceAB), ChartStyle::number(p.lift, 2)};
        adata.rows << QVariantList{a, b, p.customersWithA, p.customersWithB, qlonglong(p.customersWithBoth.size()), p.support,
                                   p.confidenceAB, p.confidenceBA, p.lift};
    }
    fillResultTable(m_affinityTable, columns, cells);
    m_affinity->setData(adata);
    m_affinity->setNote(f.affinity.pairs.empty() ? tr("No two products were bought by enough of the same customers.")
                                                 : tr("Lift above 1: bought together more often than by chance. Double-click a pair "
                                                      "for the customers who bought A but not B."));
}

void SalesPage::showCrossSell(int row)
{
    if (!m_figures || row < 0 || row >= int(m_figures->affinity.pairs.size()))
        return;
    const Figures &f = *m_figures;
    const ProductPair &p = f.affinity.pairs[size_t(row)];
    const std::vector<int> customers = ProductAffinity::boughtButNot(f.purchases, f.asOf, p.a, p.b);
    showCustomers(tr("Bought %1 but not %2").arg(f.catalogue[size_t(p.a)].name, f.catalogue[size_t(p.b)].name), customers);
}

} // namespace rapport
