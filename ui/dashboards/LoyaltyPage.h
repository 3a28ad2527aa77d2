#pragma once
#include "DashboardPage.h"

namespace rapport {

class CohortHeatMap;

// Loyalty: RFM segments (customers and revenue per segment), the cohort
// retention heat map, and retention projected by the shifted-beta-geometric
// model fitted on the cohorts.
class LoyaltyPage : public DashboardPage {
    Q_OBJECT
public:
    LoyaltyPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("loyalty"); }
    QString title() const override { return tr("Loyalty"); }

    struct Figures;

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);

    ChartCard *m_segments = nullptr;
    ChartCard *m_cohorts = nullptr;
    ChartCard *m_retention = nullptr;
    CohortHeatMap *m_heatMap = nullptr;
};

} // namespace rapport
