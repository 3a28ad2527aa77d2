#pragma once
#include "store/ListQuery.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace rapport {

class Store;

// A record list (accounts, contacts, activities) read lazily from the store a
// page at a time: rowCount() is the number of rows read so far and views pull
// the next page through canFetchMore()/fetchMore() as they scroll, so opening a
// list of a million records reads 200 of them. The store is borrowed and must
// outlive the model.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Role {
        IdRole = Qt::UserRole, // the record id (QString)
        RawValueRole,          // the value as stored (timestamps as UTC ms, NULL as an invalid QVariant)
    };

    RecordListModel(Store &store, ListSpec spec, QObject *parent = nullptr);

    const ListSpec &spec() const { return m_spec; }
    // New filters for the same list kind; starts over with the first page.
    void setSpec(const ListSpec &spec);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortable(int column) const;
    QString recordId(int row) const;
    // The last error reading a page, if any (also reported by loadFailed()).
    const StoreError &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Starts over with the first page in the new order. Columns that cannot be
    // sorted are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Re-reads from the first page (after edits elsewhere).
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    // Reads the next page; returns the rows without touching the model.
    QList<ListRow> readPage();
    QString display(int column, const QVariant &value) const;

    ListQuery m_query;
    ListSpec m_spec;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<ListRow> m_rows;
    bool m_atEnd = false;
    // Set while a page is read and inserted (or the model reset): a fetchMore()
    // from a slot connected to our own signals must not read the same page twice.
    bool m_busy = false;
    StoreError m_lastError;
};

} // namespace rapport
