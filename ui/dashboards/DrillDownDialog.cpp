#include "DrillDownDialog.h"

#include "DataTable.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

namespace {

// The rows are already in memory (the dashboard computed them): a plain table
// model over them, so tens of thousands of customers open at once.
class RowsModel : public QAbstractTableModel {
public:
    RowsModel(const QStringList &headers, const QList<DrillDownDialog::Row> &rows, QObject *parent)
        : QAbstractTableModel(parent), m_headers(headers), m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_headers.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const QStringList &c = m_rows[index.row()].columns;
        return index.column() < c.size() ? c[index.column()] : QString();
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
            return m_headers[section];
        return QAbstractTableModel::headerData(section, o, role);
    }

private:
    QStringList m_headers;
    QList<DrillDownDialog::Row> m_rows;  // a copy (implicitly shared): the model may outlive the dialog's list
};

} // namespace

DrillDownDialog::DrillDownDialog(const QString &title, const QStringList &headers, const QList<Row> &rows, bool campaignFromAccounts,
                                 QWidget *parent)
    : QDialog(parent), m_rows(rows)
{
    setObjectName(QStringLiteral("drillDown"));
    setWindowTitle(title);
    auto *summary = new QLabel(tr("%n record(s)", nullptr, int(rows.size())), this);
    m_table = new QTableView(this);
    m_table->setModel(new RowsModel(headers, m_rows, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) { emit openRecordRequested(m_rows[i.row()].record); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, [this, headers, title] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as CSV"), dir, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        DataTable data;
        data.headers = QStringList{tr("Id")} + headers;
        for (const Row &r : m_rows) {
            QVariantList row{r.record.id};
            for (const QString &c : r.columns)
                row << c;
            data.rows << row;
        }
        if (const QString e = data.writeCsv(path); !e.isEmpty())
            QMessageBox::warning(this, tr("Save as CSV"), e);
    });
    if (campaignFromAccounts) {
        m_campaign = buttons->addButton(tr("Start &Campaign…"), QDialogButtonBox::ActionRole);
        m_campaign->setObjectName(QStringLiteral("startCampaign"));
        m_campaign->setToolTip(tr("A new campaign whose members are the contacts of these customers"));
        m_campaign->setEnabled(!rows.isEmpty());
        connect(m_campaign, &QPushButton::clicked, this, [this] {
            QStringList ids;
            ids.reserve(m_rows.size());
            for (const Row &r : m_rows)
                ids << r.record.id;
            emit startCampaignRequested(ids);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace rapport
