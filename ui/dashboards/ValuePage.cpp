#include "ValuePage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/CustomerValue.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

namespace rapport {

using namespace analytics;

struct ValuePage::Figures {
    CustomerValueResult value;
};

namespace {

QChart *curveChart(const ValueCurve &curve, const QString &seriesName, const QString &yTitle, const QWidget *w, DataTable &data)
{
    QChart *chart = ChartStyle::newChart(QString(), w);
    auto *line = new QLineSeries;
    line->setName(seriesName);
    auto *diagonal = new QLineSeries;
    diagonal->setName(QCoreApplication::translate("ValuePage", "Equal shares"));
    diagonal->append(0, 0);
    diagonal->append(100, 100);
    double lo = 0, hi = 100;
    // At most ~400 points drawn: a 100k-customer curve is smooth at that.
    const size_t n = curve.points.size();
    const size_t step = std::max<size_t>(1, n / 400);
    auto add = [&](const ValueCurvePoint &p) {
        line->append(100.0 * p.customerShare, 100.0 * p.cumulativeShare);
        lo = std::min(lo, 100.0 * p.cumulativeShare);
        hi = std::max(hi, 100.0 * p.cumulativeShare);
    };
    for (size_t i = 0; i < n; i += step)
        add(curve.points[i]);
    if (n > 0 && (n - 1) % step != 0)
        add(curve.points[n - 1]);
    data.headers = {QCoreApplication::translate("ValuePage", "Customers"), QCoreApplication::translate("ValuePage", "Share of customers"),
                    QCoreApplication::translate("ValuePage", "Cumulative amount"), QCoreApplication::translate("ValuePage", "Cumulative share")};
    for (const ValueCurvePoint &p : curve.points)
        data.rows << QVariantList{p.customers, p.customerShare, p.cumulative, p.cumulativeShare};
    chart->addSeries(line);
    chart->addSeries(diagonal);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%%"));
    ChartStyle::titleAxis(x, QCoreApplication::translate("ValuePage", "Customers, best first"));
    auto *y = new QValueAxis;
    // Steps of 25 %, so 100 % is always a grid line (a whale curve goes above it).
    const double bottom = std::floor(lo / 25) * 25, top = std::ceil(hi / 25) * 25;
    y->setRange(bottom, top);
    y->setTickCount(int((top - bottom) / 25) + 1);
    y->setLabelFormat(QStringLiteral("%d%%"));
    ChartStyle::titleAxis(y, yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {line, diagonal}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    ChartStyle::pointTooltips(line, [line](int i) {
        return QCoreApplication::translate("ValuePage", "The best %1 of customers: %2")
            .arg(ChartStyle::percent(line->at(i).x() / 100.0), ChartStyle::percent(line->at(i).y() / 100.0));
    });
    return chart;
}

} // namespace

ValuePage::ValuePage(AppContext &context, AnalyticsSource &source, QWidget *parent) : DashboardPage(context, source, true, parent)
{
    m_pareto = addCard(QStringLiteral("paretoCurve"), tr("Pareto curve: share of revenue by customer rank"), 0, 0);
    m_whale = addCard(QStringLiteral("whaleCurve"), tr("Whale curve: cumulative profit by customer rank"), 0, 1);
    m_revenueDeciles = addCard(QStringLiteral("revenueDeciles"), tr("Revenue by customer decile"), 1, 0);
    m_profitDeciles = addCard(QStringLiteral("profitDeciles"), tr("Profit by customer decile"), 1, 1);
}

void ValuePage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            const PurchaseHistory history = ScopedInput::purchases(input, in, scope, true);
            // The cost to serve of the period's activities, like the revenue of
            // the period's orders.
            Figures f;
            f.value = CustomerValue::compute(history, scope.to, input.activities.counts(scope.from, scope.to, &in));
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void ValuePage::display(const Figures &figures)
{
    const auto shared = std::make_shared<const Figures>(figures);
    const CustomerValueResult &v = shared->value;
    const QString cur = currency();

    DataTable pareto;
    m_pareto->setChart(curveChart(v.paretoCurve, tr("Revenue"), tr("Share of revenue"), this, pareto));
    m_pareto->setData(pareto);
    auto rankClicks = [this, shared](ChartCard *card, bool byProfit) {
        auto *line = qobject_cast<QLineSeries *>(card->chartView()->chart()->series().value(0));
        if (!line)
            return;
        ChartStyle::pointClicks(line, this, [this, shared, line, byProfit](int i) {
            const auto &rows = byProfit ? shared->value.byProfit : shared->value.byRevenue;
            const size_t k = std::min(rows.size(), size_t(std::llround(line->at(i).x() / 100.0 * double(rows.size()))));
            std::vector<int> customers;
            QStringList figures;
            for (size_t r = 0; r < k; ++r) {
                customers.push_back(rows[r].customer);
                figures << ChartStyle::number(byProfit ? rows[r].profit : rows[r].revenue, 2);
            }
            showCustomers(byProfit ? tr("The %n most profitable customer(s)", nullptr, int(k)) : tr("The %n customer(s) with the most revenue", nullptr, int(k)),
                          customers, figures);
        });
    };
    rankClicks(m_pareto, false);
    m_pareto->setNote(v.byRevenue.empty() ? tr("No customer bought in this period.")
                                          : tr("The top 20% of customers (%Ln) bring %1 of the revenue.", nullptr, qlonglong(v.top20Customers.size()))
                                                .arg(ChartStyle::percent(v.top20RevenueShare)));
    DataTable whale;
    m_whale->setChart(curveChart(v.whaleCurve, tr("Profit"), tr("Share of profit"), this, whale));
    m_whale->setData(whale);
    rankClicks(m_whale, true);
    m_whale->setNote(v.byProfit.empty() ? QString()
                     : v.whaleCurve.peakCustomers >= int(v.byProfit.size()) ? tr("Every customer adds to the profit.")
                                        : tr("The most profitable %Ln customer(s) earn %1 of the total profit; the rest give back the difference.",
                                             nullptr, v.whaleCurve.peakCustomers)
                                              .arg(ChartStyle::percent(v.whaleCurve.peakShare)));

    auto decileChart = [this, shared, cur](ChartCard *card, const std::vector<ValueDecile> &deciles, const QString &name) {
        QChart *chart = ChartStyle::newChart(QString(), this);
        auto *set = new QBarSet(name);
        QStringList categories;
        DataTable data;
        data.headers = {tr("Decile"), tr("Customers"), name, tr("Share")};
        for (const ValueDecile &d : deciles) {
            *set << d.amount;
            categories << QString::number(d.decile);
            data.rows << QVariantList{d.decile, qlonglong(d.customers.size()), d.amount, d.share};
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        ChartStyle::titleAxis(x, tr("Decile (1 = best tenth)"));
        auto *y = new QValueAxis;
        ChartStyle::titleAxis(y, cur.isEmpty() ? name : tr("%1 (%2)").arg(name, cur));
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        ChartStyle::nice(y);
        ChartStyle::barTooltips(series, [deciles, cur](QBarSet *, int i) {
            const ValueDecile &d = deciles[size_t(i)];
            return tr("Decile %1: %Ln customer(s), %2 (%3)", nullptr, qlonglong(d.customers.size()))
                .arg(d.decile)
                .arg(ChartStyle::money(d.amount, cur), ChartStyle::percent(d.share));
        });
        connect(series, &QBarSeries::clicked, this, [this, deciles, name](int i, QBarSet *) {
            showCustomers(tr("%1, decile %2").arg(name).arg(deciles[size_t(i)].decile), deciles[size_t(i)].customers);
        });
        card->setChart(chart);
        card->setData(data);
    };
    decileChart(m_revenueDeciles, v.revenueDeciles, tr("Revenue"));
    decileChart(m_profitDeciles, v.profitDeciles, tr("Profit"));
}

} // namespace rapport
