#pragma once
#include <QMainWindow>

class QLabel;
class QTableView;

namespace rapport {

class RecordListModel;
class Store;

// The main window: for now the accounts list. The store is borrowed and must
// outlive the window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

    QTableView *accountsView() const { return m_accountsView; }
    RecordListModel *accountsModel() const { return m_accounts; }

private:
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showLoadError(const QString &message);

    RecordListModel *m_accounts = nullptr;
    QTableView *m_accountsView = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace rapport
