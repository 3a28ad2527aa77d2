#pragma once
#include "DashboardPage.h"

class QTableWidget;

namespace rapport {

// Campaign results: members, response and conversion, attributed revenue,
// cost, ROI and cost per newly acquired customer, per campaign started in the
// period. The campaigns' own work (members, progress) is on the Campaigns page.
class CampaignDashboardPage : public DashboardPage {
    Q_OBJECT
public:
    CampaignDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("campaign-results"); }
    QString title() const override { return tr("Campaign Results"); }

    struct Figures;
    QTableWidget *campaignTable() const { return m_table; }

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);

    ChartCard *m_roi = nullptr;
    ChartCard *m_response = nullptr;
    ChartCard *m_campaigns = nullptr;
    QTableWidget *m_table = nullptr;
    std::shared_ptr<const Figures> m_figures;
};

} // namespace rapport
