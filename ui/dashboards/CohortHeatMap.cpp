#include "CohortHeatMap.h"

#include "ChartStyle.h"

#include <QHeaderView>
#include <QLocale>

namespace rapport {

CohortHeatMap::CohortHeatMap(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("cohortHeatMap"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setDefaultSectionSize(46);
    horizontalHeader()->setMinimumSectionSize(30);
    verticalHeader()->setDefaultSectionSize(22);
    setMinimumHeight(220);
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (row >= 0 && row < int(m_cohorts.cohorts.size()) && column >= 0
            && column < int(m_cohorts.cohorts[size_t(row)].cells.size()))
            emit cellCustomersRequested(row, column);
    });
}

void CohortHeatMap::setCohorts(const analytics::CohortTableResult &cohorts, int maxMonths)
{
    m_cohorts = cohorts;
    clear();
    const int rows = int(cohorts.cohorts.size());
    int columns = 0;
    for (const auto &c : cohorts.cohorts)
        columns = std::max(columns, std::min(maxMonths + 1, int(c.cells.size())));
    setRowCount(rows);
    setColumnCount(columns);
    QStringList monthHeaders;
    for (int k = 0; k < columns; ++k)
        monthHeaders << QString::number(k);
    setHorizontalHeaderLabels(monthHeaders);
    horizontalHeader()->setToolTip(tr("Months since the first purchase"));

    const QColor base = palette().color(QPalette::Base);
    const QColor hot = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::Text);
    const QColor hotText = palette().color(QPalette::HighlightedText);
    QLocale locale;
    for (int r = 0; r < rows; ++r) {
        const auto &c = cohorts.cohorts[size_t(r)];
        setVerticalHeaderItem(r, new QTableWidgetItem(tr("%1 (%Ln)", nullptr, qlonglong(c.customers.size()))
                                                          .arg(locale.toString(c.month, QStringLiteral("yyyy-MM")))));
        for (int k = 0; k < columns && k < int(c.cells.size()); ++k) {
            const auto &cell = c.cells[size_t(k)];
            auto *item = new QTableWidgetItem(locale.toString(cell.retention * 100.0, 'f', k == 0 ? 0 : 1));
            item->setTextAlignment(Qt::AlignCenter);
            // Month 0 is 100 % by definition: the scale is set by the later months.
            const double t = k == 0 ? 1.0 : std::min(1.0, cell.retention / 0.5);
            const QColor fill = QColor::fromRgbF(base.redF() + (hot.redF() - base.redF()) * t, base.greenF() + (hot.greenF() - base.greenF()) * t,
                                                 base.blueF() + (hot.blueF() - base.blueF()) * t);
            item->setBackground(fill);
            item->setForeground(t > 0.55 ? hotText : text);
            item->setToolTip(tr("Cohort %1, month %2: %Ln customer(s) bought, %3 of the cohort; revenue %4%5", nullptr,
                                qlonglong(cell.customers.size()))
                                 .arg(locale.toString(c.month, QStringLiteral("yyyy-MM")))
                                 .arg(k)
                                 .arg(ChartStyle::percent(cell.retention))
                                 .arg(ChartStyle::number(cell.revenue, 2))
                                 .arg(cell.partial ? tr(" (month not over yet)") : QString()));
            setItem(r, k, item);
        }
    }
}

} // namespace rapport
