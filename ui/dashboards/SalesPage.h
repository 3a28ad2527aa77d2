#pragma once
#include "DashboardPage.h"

class QTableWidget;

namespace rapport {

// Sales: revenue per month against the same month a year earlier, revenue by
// product category against the year before, and products bought by the same
// customers (affinity) with the cross-selling lists behind each pair.
class SalesPage : public DashboardPage {
    Q_OBJECT
public:
    SalesPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("sales"); }
    QString title() const override { return tr("Sales"); }

    struct Figures;
    QTableWidget *affinityTable() const { return m_affinityTable; }
    // The cross-selling list of the table's row: bought A but not B.
    void showCrossSell(int row);

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);

    ChartCard *m_monthly = nullptr;
    ChartCard *m_categories = nullptr;
    ChartCard *m_affinity = nullptr;
    QTableWidget *m_affinityTable = nullptr;
    std::shared_ptr<const Figures> m_figures;
};

} // namespace rapport
