#include "ChurnPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "ResultTable.h"
#include "PeriodMonths.h"
#include "LifetimeCache.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/ChurnRisk.h"
#include "analytics/CustomerBaseSeries.h"
#include "domain/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QTableWidget>
#include <QValueAxis>

#include <future>

namespace rapport {

using namespace analytics;

struct ChurnPage::Figures {
    QDate from;
    CustomerBaseResult base;
    std::vector<ChurnRiskCustomer> atRisk;   // in scope, highest value at risk first
    std::vector<int> atRiskAll;              // every in-scope customer with a value at risk > 0, same order
    QString lifetimeNote;
    ChurnRiskSettings settings;
};

namespace {

constexpr int AtRiskShown = 100;

} // namespace

ChurnPage::ChurnPage(AppContext &context, AnalyticsSource &source, QWidget *parent) : DashboardPage(context, source, true, parent)
{
    m_base = addCard(QStringLiteral("customerBase"), tr("Customers gained and lost per month"), 0, 0);
    m_rate = addCard(QStringLiteral("churnRate"), tr("Monthly churn and retention rate"), 0, 1);
    m_groups = addCard(QStringLiteral("churnByGroup"), tr("Churn over the period by source and account type"), 1, 0);
    m_atRisk = addCard(QStringLiteral("atRisk"), tr("Customers at risk, by value at risk"), 1, 1);
    m_atRiskTable = new QTableWidget(this);
    m_atRiskTable->setObjectName(QStringLiteral("atRiskTable"));
    m_atRiskTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_atRiskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_atRiskTable->verticalHeader()->hide();
    m_atRiskTable->setWordWrap(false);
    auto *allAtRisk = new QPushButton(tr("All Customers at Risk…"), this);
    allAtRisk->setObjectName(QStringLiteral("allAtRisk"));
    allAtRisk->setToolTip(tr("Every customer with a value at risk, for a win-back campaign"));
    connect(allAtRisk, &QPushButton::clicked, this, [this] {
        if (m_figures)
            showCustomers(tr("Customers at risk"), m_figures->atRiskAll);
    });
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(m_atRiskTable, 1);
    boxLayout->addWidget(allAtRisk, 0, Qt::AlignRight);
    m_atRisk->setContent(box);
    connect(m_atRiskTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_figures || !input() || row < 0 || row >= int(m_figures->atRisk.size()))
            return;
        const auto &c = input()->purchases.customers[size_t(m_figures->atRisk[size_t(row)].customer)];
        emit openRecordRequested({QStringLiteral("account"), c.id});
    });
}

void ChurnPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            Figures f;
            f.from = scope.from;
            const std::vector<char> in = ScopedInput::customersInScope(input, scope);
            // The customer base on the second core while the lifetimes rank.
            std::future<CustomerBaseResult> baseLater = std::async(std::launch::async, [&input, &in, &scope] {
                return CustomerBaseSeries::compute(ScopedInput::purchases(input, in, scope, false), scope.to);
            });

            const auto lifetime = LifetimeCache::get(input, scope.to);
            // The models' own reasons are for the log and rapportctl; the page
            // says it in the user's language.
            if (!lifetime->purchases.model || !lifetime->spend.model)
                f.lifetimeNote = ChurnPage::tr("The lifetime models cannot be fitted yet: too few customers have bought more than once.");
            else if (!lifetime->purchases.converged || !lifetime->spend.converged)
                f.lifetimeNote = ChurnPage::tr("The lifetime models did not converge; values are at their best point.");
            // Everybody ranked; the reasons worded for the table's rows only.
            const std::vector<size_t> ranked = ChurnRisk::rankByValueAtRisk(input.purchases, lifetime->values, scope.to, in);
            std::vector<CustomerLifetime> shown;
            for (size_t i : ranked) {
                f.atRiskAll.push_back(lifetime->values[i].customer);
                if (shown.size() < size_t(AtRiskShown))
                    shown.push_back(lifetime->values[i]);
            }
            f.atRisk = ChurnRisk::compute(input.purchases, shown, input.service, scope.to, 0, f.settings);
            f.base = baseLater.get();
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void ChurnPage::display(const Figures &figures)
{
    m_figures = std::make_shared<const Figures>(figures);
    showBase(*m_figures);
    showGroups(*m_figures);
    showAtRisk(*m_figures);
}

void ChurnPage::showBase(const Figures &f)
{
    const auto months = monthsIn(f.base.months, f.from);
    QLocale locale;
    QChart *chart = ChartStyle::newChart(QString(), this);
    auto *gained = new QBarSet(tr("New"));
    auto *back = new QBarSet(tr("Reactivated"));
    auto *lost = new QBarSet(tr("Lost"));
    auto *active = new QLineSeries;
    active->setName(tr("Active at month end"));
    QStringList categories;
    DataTable data;
    data.headers = {tr("Month"), tr("Active at start"), tr("New"), tr("Returning"), tr("Reactivated"), tr("Lost"), tr("Active at end"),
                    tr("Churn rate"), tr("Retention rate")};
    double highest = 0;
    for (size_t i = 0; i < months.size(); ++i) {
        const CustomerBaseMonth &m = *months[i];
        *gained << double(m.newCustomers.size());
        *back << double(m.reactivated.size());
        *lost << double(m.lost.size());
        active->append(double(i), double(m.activeAtEnd.size()));
        highest = std::max({highest, double(m.activeAtEnd.size()), double(m.newCustomers.size()), double(m.lost.size())});
        categories << locale.toString(m.month, QStringLiteral("yy-MM"));
        data.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), m.activeAtStart, qlonglong(m.newCustomers.size()),
                                  qlonglong(m.returning.size()), qlonglong(m.reactivated.size()), qlonglong(m.lost.size()),
                                  qlonglong(m.activeAtEnd.size()), m.churnRate ? QVariant(*m.churnRate) : QVariant(),
                                  m.retentionRate ? QVariant(*m.retentionRate) : QVariant()};
    }
    auto *bars = new QBarSeries;
    bars->append(gained);
    bars->append(back);
    bars->append(lost);
    chart->addSeries(bars);
    chart->addSeries(active);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    ChartStyle::titleAxis(x, tr("Month"));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, highest));
    y->setLabelFormat(QStringLiteral("%d"));
    ChartStyle::titleAxis(y, tr("Customers"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    active->attachAxis(x);
    active->attachAxis(y);
    ChartStyle::nice(y);
    const auto shared = m_figures;
    auto listOf = [months, gained, back](QBarSet *set, int i) -> const std::vector<int> & {
        const CustomerBaseMonth &m = *months[size_t(i)];
        return set == gained ? m.newCustomers : set == back ? m.reactivated : m.lost;
    };
    ChartStyle::barTooltips(bars, [months, listOf, shared](QBarSet *set, int i) {
        return tr("%1 %2: %Ln customer(s)", nullptr, qlonglong(listOf(set, i).size()))
            .arg(QLocale().toString(months[size_t(i)]->month, QStringLiteral("MMMM yyyy")), set->label());
    });
    ChartStyle::pointTooltips(active, [months](int i) {
        return tr("%1: %Ln active customer(s)", nullptr, qlonglong(months[size_t(i)]->activeAtEnd.size()))
            .arg(QLocale().toString(months[size_t(i)]->month, QStringLiteral("MMMM yyyy")));
    });
    ChartStyle::pointClicks(active, this, [this, months, shared](int i) {
        showCustomers(tr("Active at the end of %1").arg(QLocale().toString(months[size_t(i)]->month, QStringLiteral("MMMM yyyy"))),
                      months[size_t(i)]->activeAtEnd);
    });
    connect(bars, &QBarSeries::clicked, this, [this, months, listOf, shared](int i, QBarSet *set) {
        showCustomers(tr("%1, %2").arg(set->label(), QLocale().toString(months[size_t(i)]->month, QStringLiteral("MMMM yyyy"))),
                      listOf(set, i));
    });
    m_base->setChart(chart);
    m_base->setData(data);
    m_base->setNote(tr("Lost: no purchase for %n day(s).", nullptr, f.base.lostWindowDays));

    // Churn and retention rate.
    QChart *rate = ChartStyle::newChart(QString(), this);
    auto *churn = new QLineSeries;
    churn->setName(tr("Churn rate"));
    DataTable rdata;
    rdata.headers = {tr("Month"), tr("Churn rate"), tr("Retention rate")};
    double top = 1;
    for (size_t i = 0; i < months.size(); ++i) {
        const CustomerBaseMonth &m = *months[i];
        if (m.churnRate) {
            churn->append(double(i), 100.0 * *m.churnRate);
            top = std::max(top, 100.0 * *m.churnRate);
        }
        rdata.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), m.churnRate ? QVariant(*m.churnRate) : QVariant(),
                                   m.retentionRate ? QVariant(*m.retentionRate) : QVariant()};
    }
    rate->addSeries(churn);
    auto *rx = new QBarCategoryAxis;
    rx->append(categories);
    ChartStyle::titleAxis(rx, tr("Month"));
    auto *ry = new QValueAxis;
    ry->setRange(0, std::ceil(top * 1.1));
    ry->setLabelFormat(QStringLiteral("%.1f%%"));
    ChartStyle::titleAxis(ry, tr("Lost / active at start"));
    rate->addAxis(rx, Qt::AlignBottom);
    rate->addAxis(ry, Qt::AlignLeft);
    churn->attachAxis(rx);
    churn->attachAxis(ry);
    ChartStyle::pointTooltips(churn, [churn, months](int i) {
        const int month = int(churn->at(i).x());
        const CustomerBaseMonth &m = *months[size_t(month)];
        return tr("%1: churn %2, retention %3 (%Ln lost)", nullptr, qlonglong(m.lost.size()))
            .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), ChartStyle::percent(m.churnRate.value_or(0), 2),
                 ChartStyle::percent(m.retentionRate.value_or(0), 2));
    });
    ChartStyle::pointClicks(churn, this, [this, churn, months, shared](int i) {
        const CustomerBaseMonth &m = *months[size_t(churn->at(i).x())];
        showCustomers(tr("Lost, %1").arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy"))), m.lost);
    });
    m_rate->setChart(rate);
    m_rate->setData(rdata);
}

void ChurnPage::showGroups(const Figures &f)
{
    // Over the period: customers lost in it / customers active when it began
    // plus those who became active during it (the customers it could lose).
    struct Group {
        QString label;
        int lost = 0;
        int exposed = 0;
        std::vector<int> lostCustomers;
    };
    std::vector<Group> groups;
    auto add = [&](const QString &prefix, const std::vector<CustomerBaseGroup> &from) {
        for (const CustomerBaseGroup &g : from) {
            const auto months = monthsIn(g.months, f.from);
            if (months.empty())
                continue;
            Group out;
            out.label = prefix.arg(g.key.isEmpty() ? tr("(none)") : vocabularyLabel(g.key));
            out.exposed = months.front()->activeAtStart;
            for (const CustomerBaseMonth *m : months) {
                out.lost += int(m->lost.size());
                out.exposed += int(m->newCustomers.size() + m->reactivated.size());
                out.lostCustomers.insert(out.lostCustomers.end(), m->lost.begin(), m->lost.end());
            }
            groups.push_back(std::move(out));
        }
    };
    add(tr("Source: %1"), f.base.bySource);
    add(tr("Type: %1"), f.base.byType);

    QChart *chart = ChartStyle::newChart(QString(), this);
    auto *set = new QBarSet(tr("Churn over the period"));
    QStringList labels;
    DataTable data;
    data.headers = {tr("Group"), tr("Customers at risk of loss"), tr("Lost"), tr("Churn")};
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        const double share = it->exposed > 0 ? double(it->lost) / it->exposed : 0.0;
        *set << 100.0 * share;
        labels << it->label;
    }
    for (const Group &g : groups)
        data.rows << QVariantList{g.label, g.exposed, g.lost, g.exposed > 0 ? double(g.lost) / g.exposed : QVariant()};
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    ChartStyle::titleAxis(y, tr("Group"));
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d%%"));
    ChartStyle::titleAxis(x, tr("Lost / customers who could be lost"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    ChartStyle::nice(x);
    const int n = int(groups.size());
    ChartStyle::barTooltips(series, [groups, n](QBarSet *, int i) {
        const Group &g = groups[size_t(n - 1 - i)];
        return tr("%1: %2 lost of %3 (%4)")
            .arg(g.label)
            .arg(g.lost)
            .arg(g.exposed)
            .arg(ChartStyle::percent(g.exposed > 0 ? double(g.lost) / g.exposed : 0));
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this, groups, n](int i, QBarSet *) {
        const Group &g = groups[size_t(n - 1 - i)];
        std::vector<int> customers = g.lostCustomers;
        std::sort(customers.begin(), customers.end());
        customers.erase(std::unique(customers.begin(), customers.end()), customers.end());
        showCustomers(tr("Lost: %1").arg(g.label), customers);
    });
    chart->legend()->setVisible(true);
    m_groups->setChart(chart);
    m_groups->setData(data);
}

void ChurnPage::showAtRisk(const Figures &f)
{
    const QString cur = currency();
    QList<QStringList> cells;
    QStringList tooltips;
    DataTable data;
    data.headers = {tr("Account id"), tr("Customer"), tr("Value at risk"), tr("P(alive)"), tr("Lifetime value"), tr("Reasons")};
    QLocale locale;
    for (const ChurnRiskCustomer &c : f.atRisk) {
        const auto &customer = input()->purchases.customers[size_t(c.customer)];
        QStringList reasons;
        for (const ChurnReason &reason : c.reasons)
            reasons << ChurnRisk::describe(reason, f.settings, locale);
        const QString reasonText = reasons.isEmpty() ? tr("The model's estimate alone.") : reasons.join(QLatin1Char(' '));
        cells << QStringList{customer.name, ChartStyle::number(c.valueAtRisk, 2), ChartStyle::percent(c.probabilityAlive),
                             ChartStyle::number(c.lifetimeValue, 2), reasonText};
        tooltips << reasons.join(QLatin1Char('\n'));
        data.rows << QVariantList{customer.id, customer.name, c.valueAtRisk, c.probabilityAlive, c.lifetimeValue, reasonText};
    }
    fillResultTable(m_atRiskTable,
                    {{tr("Customer")}, {tr("Value at risk"), true}, {tr("P(alive)"), true}, {tr("Lifetime value"), true}, {tr("Reasons")}},
                    cells);
    for (int r = 0; r < int(tooltips.size()); ++r)
        m_atRiskTable->item(r, 4)->setToolTip(tooltips[r]);
    m_atRisk->setData(data);
    QString note = tr("Value at risk = CLV × (1 − P(alive)), 52 weeks, in %1. Double-click a customer to open it.").arg(cur);
    if (!f.lifetimeNote.isEmpty())
        note = f.lifetimeNote + QLatin1Char(' ') + note;
    m_atRisk->setNote(note);
}

} // namespace rapport
