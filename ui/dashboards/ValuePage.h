#pragma once
#include "DashboardPage.h"

namespace rapport {

// Value: who brings the revenue (Pareto curve, revenue by decile, the top
// 20 %'s share) and who brings the profit (whale curve, profit by decile),
// revenue less cost of goods and cost to serve, over the period.
class ValuePage : public DashboardPage {
    Q_OBJECT
public:
    ValuePage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("value"); }
    QString title() const override { return tr("Value"); }

    struct Figures;

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);

    ChartCard *m_pareto = nullptr;
    ChartCard *m_whale = nullptr;
    ChartCard *m_revenueDeciles = nullptr;
    ChartCard *m_profitDeciles = nullptr;
};

} // namespace rapport
