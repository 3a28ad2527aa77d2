#include "CampaignMembersModel.h"

#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace rapport {

CampaignMembersModel::CampaignMembersModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

void CampaignMembersModel::setCampaign(const QString &campaignId, const QString &status)
{
    m_campaignId = campaignId;
    m_status = status;
    reload();
}

void CampaignMembersModel::reload()
{
    if (m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_campaignId.isEmpty();
    m_rows = readPage();
    endResetModel();
}

QList<MemberRow> CampaignMembersModel::readPage()
{
    if (m_atEnd)
        return {};
    std::optional<MemberPageKey> after;
    if (!m_rows.isEmpty())
        after = m_rows.last().key();
    const Result<QList<MemberRow>> page = CampaignMembersQuery(m_store).page(m_campaignId, m_status, after, PageSize);
    if (!page) {
        m_atEnd = true; // do not retry on every scroll
        emit loadFailed(page.error().message);
        return {};
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    return *page;
}

const MemberRow *CampaignMembersModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int CampaignMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow &r = m_rows.at(index.row());
    if (role == MemberIdRole)
        return r.id;
    if (role == ContactIdRole)
        return r.contactId;
    const std::optional<qint64> *when = nullptr;
    switch (index.column()) {
    case Targeted: when = &r.targetedAt; break;
    case Sent: when = &r.sentAt; break;
    case Responded: when = &r.respondedAt; break;
    case Converted: when = &r.convertedAt; break;
    default: break;
    }
    // The day in the table, the time in the tooltip: the columns stay narrow.
    if (role == Qt::ToolTipRole && when && *when)
        return QLocale().toString(fromUtcMillis(**when).toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    auto time = [](const std::optional<qint64> &t) {
        return t ? QLocale().toString(fromUtcMillis(*t).toLocalTime().date(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case Name: return r.contactName;
    case Account: return r.accountName;
    case Email: return r.email;
    case Status: return vocabularyLabel(r.status);
    case Targeted: return time(r.targetedAt);
    case Sent: return time(r.sentAt);
    case Responded: return time(r.respondedAt);
    case Converted: return time(r.convertedAt);
    default: return {};
    }
}

QVariant CampaignMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Account: return tr("Account");
    case Email: return tr("Email");
    case Status: return tr("Status");
    case Targeted: return tr("Targeted");
    case Sent: return tr("Sent");
    case Responded: return tr("Responded");
    case Converted: return tr("Converted");
    default: return {};
    }
}

bool CampaignMembersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void CampaignMembersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const QList<MemberRow> rows = readPage();
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

} // namespace rapport
