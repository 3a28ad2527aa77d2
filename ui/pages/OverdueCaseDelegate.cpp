#include "OverdueCaseDelegate.h"

#include "AttentionColour.h"
#include "itemmodels/RecordListModel.h"
#include "store/CaseRepository.h"
#include "store/ListQuery.h"

namespace rapport {

OverdueCaseDelegate::OverdueCaseDelegate(std::function<qint64()> now, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_now(std::move(now))
    , m_dueColumn(listDef(ListKind::Cases).columnIndex(QStringLiteral("due_at")))
    , m_statusColumn(listDef(ListKind::Cases).columnIndex(QStringLiteral("status")))
{
}

bool OverdueCaseDelegate::isOverdue(const QModelIndex &index) const
{
    if (!index.isValid() || m_dueColumn < 0 || m_statusColumn < 0)
        return false;
    const QVariant due = index.siblingAtColumn(m_dueColumn).data(RecordListModel::RawValueRole);
    const QString status = index.siblingAtColumn(m_statusColumn).data(RecordListModel::RawValueRole).toString();
    // The same rule as the list's "overdue_at" filter.
    return !due.isNull() && due.toLongLong() < m_now() && !CaseRepository::isResolvedStatus(status);
}

void OverdueCaseDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isOverdue(index))
        return;
    const QColor colour = attentionColour(option->palette);
    option->palette.setColor(QPalette::Text, colour);
    // A selected row keeps the selection's own text colour: readable on the highlight.
    if (index.column() == m_dueColumn)
        option->font.setBold(true);
}

} // namespace rapport
