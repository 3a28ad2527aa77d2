#pragma once
#include "DashboardPage.h"

class QComboBox;
class QTableWidget;

namespace rapport {

// Pipeline analytics (not the board: that is the Pipeline page): the funnel
// by stage with conversion rates from the stage history, the weighted
// forecast by month of expected close, and per owner the win rate, days to
// close and deal size.
class PipelineDashboardPage : public DashboardPage {
    Q_OBJECT
public:
    PipelineDashboardPage(AppContext &context, AnalyticsSource &source, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("pipeline-analytics"); }
    QString title() const override { return tr("Pipeline Analytics"); }

    struct Figures;
    QTableWidget *ownerTable() const { return m_ownerTable; }
    QComboBox *pipelineChoice() const { return m_pipelineChoice; }

protected:
    void refresh(const analytics::AnalyticsScope &scope) override;

private:
    void display(const Figures &figures);
    void drawFunnel();

    ChartCard *m_funnel = nullptr;
    ChartCard *m_forecast = nullptr;
    ChartCard *m_owners = nullptr;
    QTableWidget *m_ownerTable = nullptr;
    QComboBox *m_pipelineChoice = nullptr;
    QString m_chosenPipeline;   // by the user; empty: the one with the most deals
    std::shared_ptr<const Figures> m_figures;
};

} // namespace rapport
