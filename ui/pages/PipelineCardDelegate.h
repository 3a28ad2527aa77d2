#pragma once
#include <QDate>
#include <QStyledItemDelegate>

namespace rapport {

// Paints a board card: name, account, amount and expected close, owner and
// probability (or, in a won or lost column, the reason). An open deal past
// its expected close shows the date in the palette's warning colour. Every
// card has the same height, so a column of hundreds lays out without
// measuring each one.
class PipelineCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PipelineCardDelegate(QObject *parent = nullptr);

    // "Today" for overdue marks (tests and screenshots fix it).
    void setToday(const QDate &today) { m_today = today; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QDate m_today;
};

} // namespace rapport
