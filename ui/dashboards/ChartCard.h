#pragma once
#include "DataTable.h"

#include <QFrame>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace rapport {

// One chart (or table) of a dashboard page with its title and a button that
// exports the numbers behind it as CSV. The page fills the chart and hands the
// card the same numbers as a DataTable.
class ChartCard : public QFrame {
    Q_OBJECT
public:
    ChartCard(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // The card shows a chart: the card keeps the view and replaces its chart.
    QChartView *chartView();
    void setChart(QChart *chart);
    // Or any widget (a table, the cohort heat map).
    void setContent(QWidget *content);

    // A control of this card only (a choice of what it shows), beside the
    // CSV button; the card takes it.
    void addHeaderWidget(QWidget *widget);

    void setTitle(const QString &title);
    QString title() const;
    void setData(DataTable data) { m_data = std::move(data); }
    const DataTable &data() const { return m_data; }
    // A line under the chart: what the figure means, or why it is empty.
    void setNote(const QString &note);

    // Asks for a file name and writes the CSV; returns the error shown, if any.
    void exportCsv();

private:
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_csv = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_head = nullptr;
    QWidget *m_content = nullptr;
    QChartView *m_view = nullptr;
    DataTable m_data;
};

} // namespace rapport
