#pragma once
#include "core/Page.h"
#include "store/BulkEdit.h"
#include "store/ListQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport {

class AppContext;
class ListFilterBar;
class RecordListModel;

// A record list with everything a list offers: sortable columns with a
// column chooser, a search box over the store's search, filters, an owner
// filter, saved views, multi-select with bulk edit and bulk delete (off the
// GUI thread, undone as one step). Pages embed it (Accounts, Contacts,
// Activities) or use it as their list part (Cases, Campaigns, Pipeline table).
class RecordListView : public QWidget {
    Q_OBJECT
public:
    RecordListView(AppContext &context, ListKind kind, QWidget *parent = nullptr);

    ListKind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    RecordListModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    ListFilterBar *filterBar() const { return m_filters; }

    // The spec shown: filters, owner and search matches.
    ListSpec spec() const;
    // Fixed filters set by the embedding page (e.g. a pipeline), kept under
    // the user's own filters.
    void setBaseFilters(const QList<QPair<QString, QVariant>> &filters);
    // Applies the search now (the box applies it on the next turn of the event loop).
    void applySearch();
    bool isSearchPending() const;

    RecordRef currentRecord() const;
    QStringList selectedIds() const;
    QWidget *focusTarget() const;

    // Saved views: the current filters, owner, search, sort and columns.
    QJsonObject viewDefinition() const;
    void applyViewDefinition(const QJsonObject &definition);
    bool saveCurrentView(const QString &name);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    void reload();
    // Ask what to change (BulkEditDialog), then applyToSelected().
    void editSelected();
    // Off the GUI thread with progress and Cancel; one undo step.
    void applyToSelected(const rapport::BulkChange &change, const QString &label);
    void deleteSelected();

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);
    void currentRecordChanged(const rapport::RecordRef &record);

private:
    void rebuild();
    void updateStatus();
    void fillOwners();
    void fillSavedViews();
    void chooseColumns();
    void onSavedViewChosen(int index);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    AppContext &m_context;
    ListKind m_kind;
    RecordListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_views = nullptr;
    ListFilterBar *m_filters = nullptr;
    QToolButton *m_columns = nullptr;
    QToolButton *m_bulkEdit = nullptr;
    QToolButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QString, QVariant>> m_baseFilters;
    std::optional<QStringList> m_searchIds;
    QString m_searchError;
};

} // namespace rapport
