#pragma once
#include "DashboardPage.h"

class QTableWidget;

namespace rapport {

// Service: cases opened and resolved per month, the share resolved within
// the service level and the time it took, satisfaction ratings, and the
// accounts with repeated complaints.
class ServiceDashboardPage : public DashboardPage {
    Q_OBJECT
public:
    ServiceDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("service"); }
    QString title() const override { return tr("Service"); }

    struct Figures;
    QTableWidget *repeatedTable() const { return m_repeatedTable; }

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);
    void showCases(const QString &title, const std::vector<int> &cases);

    ChartCard *m_volume = nullptr;
    ChartCard *m_level = nullptr;
    ChartCard *m_satisfaction = nullptr;
    ChartCard *m_repeated = nullptr;
    QTableWidget *m_repeatedTable = nullptr;
    std::shared_ptr<const Figures> m_figures;
};

} // namespace rapport
