#include "ServiceDashboardPage.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "ResultTable.h"
#include "PeriodMonths.h"
#include "DrillDownDialog.h"
#include "analytics/AnalyticsScope.h"
#include "analytics/ServiceAnalytics.h"
#include "domain/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QHeaderView>
#include <QLineSeries>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>

#include <array>
#include <optional>

namespace rapport {

using namespace analytics;

struct ServiceDashboardPage::Figures {
    QDate from;
    ServiceRecords records;   // the cases the figures index
    ServiceResult result;
    // Ratings of the cases resolved in the period (the result's are of all time).
    std::array<int, 5> satisfaction{};
    int rated = 0;
    std::optional<double> averageSatisfaction;
};

ServiceDashboardPage::ServiceDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent)
    : DashboardPage(context, source, true, parent)
{
    m_volume = addCard(QStringLiteral("casesPerMonth"), tr("Cases opened and resolved per month"), 0, 0);
    m_level = addCard(QStringLiteral("serviceLevel"), tr("Resolved within the service level"), 0, 1);
    m_satisfaction = addCard(QStringLiteral("satisfaction"), tr("Satisfaction ratings of cases resolved in the period"), 1, 0);
    m_repeated = addCard(QStringLiteral("repeatedComplaints"), tr("Accounts with repeated complaints"), 1, 1);
    m_repeatedTable = new QTableWidget(this);
    m_repeatedTable->setObjectName(QStringLiteral("repeatedTable"));
    m_repeatedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repeatedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repeatedTable->verticalHeader()->hide();
    m_repeated->setContent(m_repeatedTable);
    connect(m_repeatedTable, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_figures || row < 0 || row >= int(m_figures->result.repeated.size()))
            return;
        const RepeatedComplaints &r = m_figures->result.repeated[size_t(row)];
        showCases(m_repeatedTable->item(row, 0)->text(), r.cases);
    });
}

void ServiceDashboardPage::refresh(const AnalyticsScope &scope)
{
    compute<Figures>(
        [scope](const AnalyticsInput &input) {
            Figures f;
            f.from = scope.from;
            f.records = scope.coversAllCustomers() ? input.service : ScopedInput::restrict(input, scope).service;
            // The end of the as-of day: cases opened that day count.
            const qint64 asOf = QDateTime(scope.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
            f.result = ServiceAnalytics::compute(f.records, asOf);
            const qint64 from = scope.from.isValid() ? QDateTime(scope.from, QTime(0, 0)).toMSecsSinceEpoch() : 0;
            double sum = 0;
            for (const ServiceCase &c : f.records.cases)
                if (c.resolvedAt > 0 && c.resolvedAt >= from && c.resolvedAt <= asOf && c.satisfaction >= 1 && c.satisfaction <= 5) {
                    ++f.satisfaction[size_t(c.satisfaction - 1)];
                    ++f.rated;
                    sum += c.satisfaction;
                }
            if (f.rated > 0)
                f.averageSatisfaction = sum / f.rated;
            return f;
        },
        [this](const Figures &f) { display(f); });
}

void ServiceDashboardPage::showCases(const QString &title, const std::vector<int> &cases)
{
    if (!m_figures)
        return;
    QList<DrillDownDialog::Row> rows;
    QLocale locale;
    for (int i : cases) {
        const ServiceCase &c = m_figures->records.cases[size_t(i)];
        const QString account = c.customer >= 0 ? input()->purchases.customers[size_t(c.customer)].name : QString();
        rows << DrillDownDialog::Row{{QStringLiteral("case"), c.id},
                                     {c.subject, account, vocabularyLabel(c.priority),
                                      locale.toString(QDateTime::fromMSecsSinceEpoch(c.openedAt).date(), QLocale::ShortFormat)}};
    }
    auto *dialog = new DrillDownDialog(title, {tr("Subject"), tr("Account"), tr("Priority"), tr("Opened")}, rows, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openRecordRequested, this, &Page::openRecordRequested);
    dialog->open();
}

void ServiceDashboardPage::display(const Figures &figures)
{
    m_figures = std::make_shared<const Figures>(figures);
    const auto shared = m_figures;
    const Figures &f = *m_figures;
    const auto months = monthsIn(f.result.months, f.from);
    QLocale locale;
    QStringList categories;
    for (const ServiceMonth *m : months)
        categories << locale.toString(m->month, QStringLiteral("yy-MM"));

    // Volume.
    QChart *volume = ChartStyle::newChart(QString(), this);
    auto *opened = new QBarSet(tr("Opened"));
    auto *resolved = new QBarSet(tr("Resolved"));
    DataTable vdata;
    vdata.headers = {tr("Month"), tr("Opened"), tr("Resolved"), tr("Median hours to resolve"), tr("Mean hours to resolve")};
    for (const ServiceMonth *m : months) {
        *opened << double(m->opened.size());
        *resolved << double(m->resolved.size());
        vdata.rows << QVariantList{m->month.toString(QStringLiteral("yyyy-MM")), qlonglong(m->opened.size()), qlonglong(m->resolved.size()),
                                   m->medianHoursToResolve ? QVariant(*m->medianHoursToResolve) : QVariant(),
                                   m->meanHoursToResolve ? QVariant(*m->meanHoursToResolve) : QVariant()};
    }
    auto *series = new QBarSeries;
    series->append(opened);
    series->append(resolved);
    volume->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    ChartStyle::titleAxis(x, tr("Month"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    ChartStyle::titleAxis(y, tr("Cases"));
    volume->addAxis(x, Qt::AlignBottom);
    volume->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::nice(y);
    ChartStyle::barTooltips(series, [months, opened](QBarSet *set, int i) {
        const ServiceMonth &m = *months[size_t(i)];
        const QString month = QLocale().toString(m.month, QStringLiteral("MMMM yyyy"));
        if (set == opened)
            return tr("%1: %Ln case(s) opened", nullptr, qlonglong(m.opened.size())).arg(month);
        QString text = tr("%1: %Ln case(s) resolved", nullptr, qlonglong(m.resolved.size())).arg(month);
        if (m.medianHoursToResolve)
            text += QLatin1Char('\n') + tr("median %1 h, mean %2 h to resolve")
                                            .arg(ChartStyle::number(*m.medianHoursToResolve, 1), ChartStyle::number(m.meanHoursToResolve.value_or(0), 1));
        return text;
    });
    connect(series, &QBarSeries::clicked, this, [this, months, opened](int i, QBarSet *set) {
        const ServiceMonth &m = *months[size_t(i)];
        const QString month = QLocale().toString(m.month, QStringLiteral("MMMM yyyy"));
        if (set == opened)
            showCases(tr("Cases opened in %1").arg(month), m.opened);
        else
            showCases(tr("Cases resolved in %1").arg(month), m.resolved);
    });
    m_volume->setChart(volume);
    m_volume->setData(vdata);
    m_volume->setNote(tr("Open now: %1, of which overdue: %2.").arg(f.result.open.size()).arg(f.result.overdue.size()));

    // Within the service level.
    QChart *level = ChartStyle::newChart(QString(), this);
    auto *share = new QLineSeries;
    share->setName(tr("Within the service level"));
    DataTable ldata;
    ldata.headers = {tr("Month"), tr("Priority"), tr("Resolved"), tr("Within level"), tr("Share")};
    for (size_t i = 0; i < months.size(); ++i) {
        const ServiceMonth &m = *months[i];
        if (m.withinLevel.share)
            share->append(double(i), 100.0 * *m.withinLevel.share);
        ldata.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), tr("All"), m.withinLevel.resolved, m.withinLevel.withinLevel,
                                   m.withinLevel.share ? QVariant(*m.withinLevel.share) : QVariant()};
        for (const ServiceLevelShare &p : m.byPriority)
            ldata.rows << QVariantList{m.month.toString(QStringLiteral("yyyy-MM")), p.priority, p.resolved, p.withinLevel,
                                       p.share ? QVariant(*p.share) : QVariant()};
    }
    level->addSeries(share);
    auto *lx = new QBarCategoryAxis;
    lx->append(categories);
    ChartStyle::titleAxis(lx, tr("Month"));
    auto *ly = new QValueAxis;
    ly->setRange(0, 100);
    ly->setLabelFormat(QStringLiteral("%d%%"));
    ChartStyle::titleAxis(ly, tr("Resolved in time"));
    level->addAxis(lx, Qt::AlignBottom);
    level->addAxis(ly, Qt::AlignLeft);
    share->attachAxis(lx);
    share->attachAxis(ly);
    ChartStyle::pointTooltips(share, [share, months](int i) {
        const ServiceMonth &m = *months[size_t(share->at(i).x())];
        return tr("%1: %2 of %3 resolved in time (%4)")
            .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")))
            .arg(m.withinLevel.withinLevel)
            .arg(m.withinLevel.resolved)
            .arg(ChartStyle::percent(m.withinLevel.share.value_or(0)));
    });
    ChartStyle::pointClicks(share, this, [this, share, months](int i) {
        const ServiceMonth &m = *months[size_t(share->at(i).x())];
        showCases(tr("Cases resolved in %1").arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy"))), m.resolved);
    });
    m_level->setChart(level);
    m_level->setData(ldata);

    // Satisfaction.
    QChart *satisfaction = ChartStyle::newChart(QString(), this);
    auto *ratings = new QBarSet(tr("Cases"));
    DataTable sdata;
    sdata.headers = {tr("Rating"), tr("Cases")};
    QStringList stars;
    for (int r = 0; r < 5; ++r) {
        *ratings << double(f.satisfaction[size_t(r)]);
        stars << QString::number(r + 1);
        sdata.rows << QVariantList{r + 1, f.satisfaction[size_t(r)]};
    }
    auto *sseries = new QBarSeries;
    sseries->append(ratings);
    satisfaction->addSeries(sseries);
    auto *sx = new QBarCategoryAxis;
    sx->append(stars);
    ChartStyle::titleAxis(sx, tr("Rating (5 = very satisfied)"));
    auto *sy = new QValueAxis;
    sy->setLabelFormat(QStringLiteral("%d"));
    ChartStyle::titleAxis(sy, tr("Cases"));
    satisfaction->addAxis(sx, Qt::AlignBottom);
    satisfaction->addAxis(sy, Qt::AlignLeft);
    sseries->attachAxis(sx);
    sseries->attachAxis(sy);
    ChartStyle::nice(sy);
    ChartStyle::barTooltips(sseries, [shared](QBarSet *, int i) {
        return tr("Rated %1: %Ln case(s)", nullptr, shared->satisfaction[size_t(i)]).arg(i + 1);
    });
    m_satisfaction->setChart(satisfaction);
    m_satisfaction->setData(sdata);
    m_satisfaction->setNote(f.averageSatisfaction
                                ? tr("Average %1 from %Ln rated case(s).", nullptr, f.rated).arg(ChartStyle::number(*f.averageSatisfaction, 2))
                                : tr("No resolved case has a rating yet."));

    // Repeated complaints.
    QList<QStringList> cells;
    DataTable rdata;
    rdata.headers = {tr("Account id"), tr("Account"), tr("Cases in 90 days")};
    for (const RepeatedComplaints &c : f.result.repeated) {
        const Customer &customer = input()->purchases.customers[size_t(c.customer)];
        cells << QStringList{customer.name, locale.toString(qlonglong(c.cases.size()))};
        rdata.rows << QVariantList{customer.id, customer.name, qlonglong(c.cases.size())};
    }
    fillResultTable(m_repeatedTable, {{tr("Account")}, {tr("Cases in 90 days"), true}}, cells);
    m_repeated->setData(rdata);
    m_repeated->setNote(f.result.repeated.empty() ? tr("No account opened three or more cases in the last 90 days.")
                                                  : tr("Three or more cases opened in the last 90 days. Double-click for the cases."));
}

} // namespace rapport
