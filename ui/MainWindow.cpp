#include "MainWindow.h"

#include "itemmodels/RecordListModel.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>

namespace rapport {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Rapport — %1").arg(QFileInfo(store.path()).fileName()));

    m_accounts = new RecordListModel(store, ListSpec{ListKind::Accounts, std::nullopt}, this);
    connect(m_accounts, &RecordListModel::loadFailed, this, &MainWindow::showLoadError);

    m_accountsView = new QTableView(this);
    m_accountsView->setModel(m_accounts);
    m_accountsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountsView->setAlternatingRowColors(true);
    m_accountsView->setWordWrap(false);
    m_accountsView->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it has not shown.
    m_accountsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_accountsView->verticalHeader()->setDefaultSectionSize(m_accountsView->fontMetrics().height() + 8);

    QHeaderView *header = m_accountsView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    for (int c = 0; c < m_accounts->columnCount(); ++c)
        header->resizeSection(c, c == 0 ? 320 : 160);
    // Show the model's own order before enabling sorting, which applies the
    // header's indicator at once (by default: first column, descending).
    header->setSortIndicator(m_accounts->sortColumn(), m_accounts->sortOrder());
    m_accountsView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onSortIndicatorChanged);
    setCentralWidget(m_accountsView);

    m_pathLabel = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(store.path())), this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
}

void MainWindow::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order);
    // Columns without a sort order keep the indicator on the current one.
    if (!m_accounts->isSortable(column)) {
        QHeaderView *header = m_accountsView->horizontalHeader();
        const QSignalBlocker block(header);
        header->setSortIndicator(m_accounts->sortColumn(), m_accounts->sortOrder());
    }
}

void MainWindow::showLoadError(const QString &message)
{
    statusBar()->showMessage(tr("Cannot read the list: %1").arg(message));
}

} // namespace rapport
