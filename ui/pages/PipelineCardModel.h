#pragma once
#include "store/queries/PipelineBoardQuery.h"

#include <QAbstractListModel>
#include <QList>

namespace rapport {

// The cards of one board column, as read (a page at a time) by the board.
// Cards are dragged out as the opportunity id with the stage it is in; a drop
// of a card from another stage is reported by cardDropped() and changes
// nothing here: the move goes through the repository, and the board re-reads
// the store once it has changed, so what is shown is always what is stored.
class PipelineCardModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr const char *MimeType = "application/x-rapport-opportunity";
    enum Role { IdRole = Qt::UserRole };

    PipelineCardModel(const Stage &stage, QObject *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    void setStage(const Stage &stage) { m_stage = stage; }
    const BoardCard &card(int row) const { return m_cards.at(row); }
    const QList<BoardCard> &cards() const { return m_cards; }
    int rowOf(const QString &opportunityId) const;

    void setCards(const QList<BoardCard> &cards);
    void appendCards(const QList<BoardCard> &cards);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // The opportunity a drag carries, if it comes from another column.
    static QString draggedId(const QMimeData *data, QString *fromStageId = nullptr);

signals:
    void cardDropped(const QString &opportunityId);

private:
    Stage m_stage;
    QList<BoardCard> m_cards;
};

} // namespace rapport
