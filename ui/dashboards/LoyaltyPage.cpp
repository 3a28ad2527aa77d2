#include "LoyaltyPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "CohortHeatMap.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/CohortSurvival.h"
#include "analytics/RfmSegmentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <future>
#include <tuple>

namespace rapport {

using namespace analytics;

struct LoyaltyPage::Figures {
    struct Segment {
        RfmSegment segment;
        std::vector<int> customers;
        double revenue = 0;         // to the period's end (the RFM monetary value)
        double periodRevenue = 0;   // within the period
    };
    std::vector<Segment> segments;
    double revenue = 0;
    double periodRevenue = 0;
    CohortTableResult cohorts;
    CohortSurvivalResult survival;
};

LoyaltyPage::LoyaltyPage(AppContext &context, AnalyticsSource &source, QWidget *parent) : DashboardPage(context, source, true, parent)
{
    m_segments = addCard(QStringLiteral("rfmSegments"), tr("Customers by RFM segment"), 0, 0);
    m_retention = addCard(QStringLiteral("retentionProjection"), tr("Retention: observed and projected"), 0, 1);
    m_cohorts = addCard(QStringLiteral("cohorts"), tr("Cohorts: share of customers buying, by months since their first purchase"), 1, 0, 1, 2);
    m_heatMap = new CohortHeatMap(this);
    m_cohorts->setContent(m_heatMap);
    connect(m_heatMap, &CohortHeatMap::cellCustomersRequested, this, [this](int cohort, int month) {
        const auto &c = m_heatMap->cohorts().cohorts[size_t(cohort)];
        showCustomers(tr("Cohort %1, month %2").arg(QLocale().toString(c.month, QStringLiteral("yyyy-MM"))).arg(month),
                      c.cells[size_t(month)].customers);
    });
}

void LoyaltyPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            Figures f;
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            // The cohorts and their survival on the second core meanwhile.
            std::future<std::pair<CohortTableResult, CohortSurvivalResult>> cohortsLater = std::async(std::launch::async, [&input, &in, &scope] {
                const PurchaseHistory history = ScopedInput::purchases(input, in, scope, false);
                CohortTableResult cohorts = CohortTable::compute(history, scope.to);
                CohortSurvivalResult survival = CohortSurvival::compute(cohorts);
                return std::make_pair(std::move(cohorts), std::move(survival));
            });
            // Segments over the whole customer base (quintiles do not depend
            // on the filter), counted for the customers in scope.
            const RfmResult rfm = RfmSegmentation::compute(input.purchases, scope.to);
            std::vector<double> monetary(input.purchases.customers.size(), 0.0);
            for (const RfmCustomer &c : rfm.customers)
                monetary[size_t(c.customer)] = c.monetary;
            // What each brought within the period, beside what it brought to date.
            std::vector<double> inPeriod(input.purchases.customers.size(), 0.0);
            for (const Purchase &p : input.purchases.purchases)
                if ((!scope.from.isValid() || p.day >= scope.from) && (!scope.to.isValid() || p.day <= scope.to))
                    inPeriod[size_t(p.customer)] += p.revenue;
            for (const RfmSegmentSummary &s : rfm.segments) {
                Figures::Segment seg{s.segment, {}, 0, 0};
                for (int c : s.customers)
                    if (in[size_t(c)]) {
                        seg.customers.push_back(c);
                        seg.revenue += monetary[size_t(c)];
                        seg.periodRevenue += inPeriod[size_t(c)];
                    }
                f.revenue += seg.revenue;
                f.periodRevenue += seg.periodRevenue;
                f.segments.push_back(std::move(seg));
            }
            std::tie(f.cohorts, f.survival) = cohortsLater.get();
            if (scope.from.isValid())
                std::erase_if(f.cohorts.cohorts, [&scope](const Cohort &c) { return c.month < QDate(scope.from.year(), scope.from.month(), 1); });
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void LoyaltyPage::display(const Figures &figures)
{
    // The chart's callbacks share one copy of the figures.
    const auto shared = std::make_shared<const Figures>(figures);
    const Figures &f = *shared;
    // Segments: one horizontal bar per segment, best segment on top.
    QChart *chart = ChartStyle::newChart(QString(), this);
    auto *set = new QBarSet(tr("Customers"));
    QStringList categories;
    DataTable data;
    data.headers = {tr("Segment"), tr("Customers"), tr("Revenue to date"), tr("Share of revenue"), tr("Revenue in the period"),
                    tr("Share of the period's revenue")};
    for (auto it = f.segments.rbegin(); it != f.segments.rend(); ++it) {
        const QString label = QCoreApplication::translate(RfmSegmentInfo::TranslationContext, rfmSegmentInfo(it->segment).label);
        categories << label;
        *set << double(it->customers.size());
    }
    for (const auto &s : f.segments)
        data.rows << QVariantList{QCoreApplication::translate(RfmSegmentInfo::TranslationContext, rfmSegmentInfo(s.segment).label),
                                  qlonglong(s.customers.size()), s.revenue, f.revenue > 0 ? s.revenue / f.revenue : 0.0, s.periodRevenue,
                                  f.periodRevenue > 0 ? s.periodRevenue / f.periodRevenue : 0.0};
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    ChartStyle::titleAxis(axisY, tr("Segment"));
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    ChartStyle::titleAxis(axisX, tr("Customers"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    ChartStyle::nice(axisX);
    const int n = int(f.segments.size());
    const QString cur = currency();
    auto segmentAt = [n](int barIndex) { return size_t(n - 1 - barIndex); };
    ChartStyle::barTooltips(series, [shared, segmentAt, cur](QBarSet *, int i) {
        const Figures &f = *shared;
        const auto &s = f.segments[segmentAt(i)];
        return tr("%1: %Ln customer(s)\nRevenue in the period %2 (%3 of the period's)\nRevenue to date %4 (%5 of all)", nullptr,
                  qlonglong(s.customers.size()))
            .arg(QCoreApplication::translate(RfmSegmentInfo::TranslationContext, rfmSegmentInfo(s.segment).label),
                 ChartStyle::money(s.periodRevenue, cur), ChartStyle::percent(f.periodRevenue > 0 ? s.periodRevenue / f.periodRevenue : 0),
                 ChartStyle::money(s.revenue, cur), ChartStyle::percent(f.revenue > 0 ? s.revenue / f.revenue : 0));
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this, shared, segmentAt](int i, QBarSet *) {
        const auto &s = shared->segments[segmentAt(i)];
        showCustomers(QCoreApplication::translate(RfmSegmentInfo::TranslationContext, rfmSegmentInfo(s.segment).label), s.customers);
    });
    m_segments->setChart(chart);
    m_segments->setData(data);

    // Retention: the pooled cohorts' survivors and the sBG projection.
    QChart *retention = ChartStyle::newChart(QString(), this);
    DataTable rdata;
    rdata.headers = {tr("Months since first purchase"), tr("Observed survivors"), tr("Projected survivors")};
    auto *observed = new QLineSeries;
    observed->setName(tr("Observed"));
    auto *projected = new QLineSeries;
    projected->setName(tr("Projected (sBG)"));
    const double start = f.survival.survivors.empty() ? 0 : f.survival.survivors.front();
    const size_t rows = std::max(f.survival.survivors.size(), f.survival.projected.size());
    for (size_t k = 0; k < rows; ++k) {
        QVariantList row{qlonglong(k)};
        if (k < f.survival.survivors.size() && start > 0) {
            observed->append(double(k), 100.0 * f.survival.survivors[k] / start);
            row << f.survival.survivors[k];
        } else {
            row << QVariant();
        }
        if (k < f.survival.projected.size() && start > 0) {
            projected->append(double(k), 100.0 * f.survival.projected[k] / start);
            row << f.survival.projected[k];
        } else {
            row << QVariant();
        }
        rdata.rows << row;
    }
    retention->addSeries(observed);
    retention->addSeries(projected);
    auto *months = new QValueAxis;
    months->setLabelFormat(QStringLiteral("%d"));
    months->setRange(0, std::max<double>(1, double(rows) - 1));
    ChartStyle::titleAxis(months, tr("Months since first purchase"));
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%d%%"));
    ChartStyle::titleAxis(share, tr("Customers still buying"));
    retention->addAxis(months, Qt::AlignBottom);
    retention->addAxis(share, Qt::AlignLeft);
    for (QLineSeries *s : {observed, projected}) {
        s->attachAxis(months);
        s->attachAxis(share);
    }
    ChartStyle::pointTooltips(observed, [observed](int i) {
        return tr("Month %1: %2 observed").arg(i).arg(ChartStyle::percent(observed->at(i).y() / 100.0));
    });
    ChartStyle::pointTooltips(projected, [projected](int i) {
        return tr("Month %1: %2 projected").arg(i).arg(ChartStyle::percent(projected->at(i).y() / 100.0));
    });
    m_retention->setChart(retention);
    m_retention->setData(rdata);
    if (f.survival.fit.model)
        m_retention->setNote(tr("%Ln cohort(s) pooled; sBG α = %1, β = %2%3", nullptr, f.survival.cohorts)
                                 .arg(ChartStyle::number(f.survival.fit.model->alpha(), 3), ChartStyle::number(f.survival.fit.model->beta(), 3),
                                      f.survival.fit.converged ? QString() : tr(" (fit did not converge)")));
    else
        m_retention->setNote(f.survival.fit.error);

    m_heatMap->setCohorts(f.cohorts, 24);
    DataTable cdata;
    cdata.headers = {tr("Cohort"), tr("Customers"), tr("Months since"), tr("Customers buying"), tr("Retention"), tr("Revenue")};
    for (const Cohort &c : f.cohorts.cohorts)
        for (const CohortCell &cell : c.cells)
            cdata.rows << QVariantList{c.month.toString(QStringLiteral("yyyy-MM")), qlonglong(c.customers.size()), cell.monthsSince,
                                       qlonglong(cell.customers.size()), cell.retention, cell.revenue};
    m_cohorts->setData(cdata);
}

} // namespace rapport
