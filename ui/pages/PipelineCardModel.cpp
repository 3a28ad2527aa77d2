#include "PipelineCardModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace rapport {

PipelineCardModel::PipelineCardModel(const Stage &stage, QObject *parent) : QAbstractListModel(parent), m_stage(stage) {}

int PipelineCardModel::rowOf(const QString &opportunityId) const
{
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards[i].id == opportunityId)
            return i;
    return -1;
}

void PipelineCardModel::setCards(const QList<BoardCard> &cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

void PipelineCardModel::appendCards(const QList<BoardCard> &cards)
{
    if (cards.isEmpty())
        return;
    beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + cards.size() - 1));
    m_cards += cards;
    endInsertRows();
}

int PipelineCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant PipelineCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return c.name;
    case Qt::ToolTipRole: return c.accountName.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.accountName;
    case IdRole: return c.id;
    default: return {};
    }
}

Qt::ItemFlags PipelineCardModel::flags(const QModelIndex &index) const
{
    // Drops are welcome anywhere in the column, on a card or between cards.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions PipelineCardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineCardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PipelineCardModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *PipelineCardModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const BoardCard &c = m_cards.at(indexes.first().row());
    auto *mime = new QMimeData;
    const QJsonObject payload{{QStringLiteral("id"), c.id}, {QStringLiteral("stage"), m_stage.id}};
    mime->setData(QLatin1String(MimeType), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    mime->setText(c.name);
    return mime;
}

QString PipelineCardModel::draggedId(const QMimeData *data, QString *fromStageId)
{
    if (!data || !data->hasFormat(QLatin1String(MimeType)))
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(data->data(QLatin1String(MimeType))).object();
    if (fromStageId)
        *fromStageId = payload.value(QStringLiteral("stage")).toString();
    return payload.value(QStringLiteral("id")).toString();
}

bool PipelineCardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    QString from;
    return action == Qt::MoveAction && !draggedId(data, &from).isEmpty() && from != m_stage.id;
}

bool PipelineCardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit cardDropped(draggedId(data));
    // Not taken here: the source keeps its row until the store says otherwise.
    return false;
}

} // namespace rapport
