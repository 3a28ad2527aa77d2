#pragma once
#include "analytics/CohortTable.h"

#include <QTableWidget>

namespace rapport {

// The cohort table as a heat map: a row per cohort (month of first purchase
// and its size), a column per month since, each cell its retention in percent
// on a colour that deepens with it. Clicking a cell asks for its customers.
class CohortHeatMap : public QTableWidget {
    Q_OBJECT
public:
    explicit CohortHeatMap(QWidget *parent = nullptr);

    void setCohorts(const analytics::CohortTableResult &cohorts, int maxMonths);
    const analytics::CohortTableResult &cohorts() const { return m_cohorts; }

signals:
    void cellCustomersRequested(int cohort, int monthsSince);

private:
    analytics::CohortTableResult m_cohorts;
};

} // namespace rapport
