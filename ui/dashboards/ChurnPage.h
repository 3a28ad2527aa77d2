#pragma once
#include "DashboardPage.h"

class QTableWidget;

namespace rapport {

// Churn: the customer base per month (new, reactivated and lost customers,
// active at the month's end), the churn rate, churn by customer source and by
// account type over the period, and the customers at risk ranked by value at
// risk with the reasons in words.
class ChurnPage : public DashboardPage {
    Q_OBJECT
public:
    ChurnPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("churn"); }
    QString title() const override { return tr("Churn"); }

    struct Figures;
    QTableWidget *atRiskTable() const { return m_atRiskTable; }

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);
    void showBase(const Figures &f);
    void showGroups(const Figures &f);
    void showAtRisk(const Figures &f);

    ChartCard *m_base = nullptr;
    ChartCard *m_rate = nullptr;
    ChartCard *m_groups = nullptr;
    ChartCard *m_atRisk = nullptr;
    QTableWidget *m_atRiskTable = nullptr;
    std::shared_ptr<const Figures> m_figures;
};

} // namespace rapport
