#pragma once
#include "store/queries/CampaignMembersQuery.h"

#include <QAbstractTableModel>

namespace rapport {

class Store;

// The members of one campaign, read a page at a time as the view scrolls
// (CampaignMembersQuery: name order, keyset paged, each page a bounded read),
// optionally only those at one status.
class CampaignMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Column { Name, Account, Email, Status, Targeted, Sent, Responded, Converted, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole, ContactIdRole };

    explicit CampaignMembersModel(Store &store, QObject *parent = nullptr);

    // Starts over with the first page.
    void setCampaign(const QString &campaignId, const QString &status = {});
    const QString &campaignId() const { return m_campaignId; }
    const QString &status() const { return m_status; }
    const MemberRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    QList<MemberRow> readPage();

    Store &m_store;
    QString m_campaignId;
    QString m_status;
    QList<MemberRow> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
};

} // namespace rapport
