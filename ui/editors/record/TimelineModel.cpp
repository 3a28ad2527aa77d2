#include "TimelineModel.h"

#include "domain/Money.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"

#include <QBrush>
#include <QLocale>
#include <QScopedValueRollback>

namespace rapport {

TimelineModel::TimelineModel(Store &store, TimelineQuery::Subject subject, const QString &id, QObject *parent)
    : QAbstractTableModel(parent), m_query(store), m_subject(subject), m_id(id)
{
    // Nothing observes the model yet: the first page goes in without signals.
    m_items = readPage(std::nullopt);
}

QString TimelineModel::kindLabel(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Activity: return tr("Activity");
    case TimelineKind::Opportunity: return tr("Opportunity");
    case TimelineKind::Order: return tr("Order");
    case TimelineKind::Case: return tr("Case");
    case TimelineKind::CampaignResponse: return tr("Campaign response");
    }
    return {};
}

void TimelineModel::setKinds(TimelineKinds kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    reload();
}

void TimelineModel::reload()
{
    QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_atEnd = false;
    m_items = readPage(std::nullopt);
    endResetModel();
}

QList<TimelineItem> TimelineModel::readPage(const std::optional<TimelineKey> &after)
{
    const Result<QList<TimelineItem>> page = m_query.page(m_subject, m_id, m_kinds, after, PageSize);
    if (!page.ok()) {
        m_lastError = page.error();
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return {};
    }
    m_lastError = {};
    if (page->size() < PageSize)
        m_atEnd = true;
    return *page;
}

RecordRef TimelineModel::recordAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    return {m_items[row].openEntity, m_items[row].openId};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::statusText(const TimelineItem &item) const
{
    if (item.kind == TimelineKind::Activity && !item.note.isEmpty())
        return tr("%1 · %2").arg(vocabularyLabel(item.status), item.note);
    if (item.kind == TimelineKind::CampaignResponse && !item.note.isEmpty())
        return tr("%1 · %2").arg(vocabularyLabel(item.status), item.note);
    return vocabularyLabel(item.status);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return QLocale().toString(fromUtcMillis(item.at).toLocalTime(), QLocale::ShortFormat);
        case Kind:
            // An activity says what it was ("Call"), the others their kind.
            return item.kind == TimelineKind::Activity ? vocabularyLabel(item.detail) : kindLabel(item.kind);
        case Title: return item.title.isEmpty() ? tr("(no subject)") : item.title;
        case Detail:
            if (item.kind == TimelineKind::Activity)
                return QString();
            return vocabularyLabel(item.detail);
        case Status: return statusText(item);
        case Amount: return item.amount ? formatMoney(item.amount->minor, item.amount->currency) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        return item.kind == TimelineKind::Opportunity && !item.note.isEmpty() ? tr("%1: %2").arg(item.title, item.note) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // Returns and lost deals read as such at a glance.
        if (index.column() == Amount && item.amount && item.amount->minor < 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case RecordRole: return QVariant::fromValue(recordAt(index.row()));
    case TimeRole: return item.at;
    case KindRole: return int(item.kind);
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Kind: return tr("Kind");
    case Title: return tr("Subject");
    case Detail: return tr("Details");
    case Status: return tr("Status");
    case Amount: return tr("Amount");
    }
    return {};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy || m_items.isEmpty())
        return;
    QScopedValueRollback busy(m_busy, true);
    const TimelineItem &last = m_items.last();
    const QList<TimelineItem> page = readPage(TimelineKey{last.at, last.id});
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size() - 1));
    m_items += page;
    endInsertRows();
}

} // namespace rapport
