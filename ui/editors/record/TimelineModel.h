#pragma once
#include "core/Page.h"
#include "store/StoreError.h"
#include "store/queries/TimelineQuery.h"

#include <QAbstractTableModel>

namespace rapport {

class Store;

// An account's or contact's timeline read lazily, a page at a time, newest
// first: rowCount() is what was read so far and views pull the next page
// through canFetchMore()/fetchMore() as they scroll, so an account with ten
// thousand activities opens with one page read. (It would sit in
// models/itemmodels beside RecordListModel; it lives here, with its only
// view, until that library's file list takes it.)
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    enum Column { When, Kind, Title, Detail, Status, Amount, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole, // the RecordRef opening the line shows
        TimeRole,                  // UTC ms
        KindRole,                  // TimelineKind as int
    };

    TimelineModel(Store &store, TimelineQuery::Subject subject, const QString &id, QObject *parent = nullptr);

    TimelineKinds kinds() const { return m_kinds; }
    void setKinds(TimelineKinds kinds);
    const TimelineItem &item(int row) const { return m_items.at(row); }
    RecordRef recordAt(int row) const;
    bool atEnd() const { return m_atEnd; }
    const StoreError &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString kindLabel(TimelineKind kind);

public slots:
    // Starts over from the newest line (after edits).
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QList<TimelineItem> readPage(const std::optional<TimelineKey> &after);
    QString statusText(const TimelineItem &item) const;

    TimelineQuery m_query;
    TimelineQuery::Subject m_subject;
    QString m_id;
    TimelineKinds m_kinds = AllTimelineKinds;
    QList<TimelineItem> m_items;
    bool m_atEnd = false;
    bool m_busy = false;
    StoreError m_lastError;
};

} // namespace rapport

