#pragma once
#include <QStyledItemDelegate>

#include <functional>

namespace rapport {

// Makes the open cases past their due-by time stand out in the cases list:
// the whole row in the attention colour (a red that reads on light and dark
// palettes), the due time in bold. It reads the row's raw due_at and status
// from the list model, so the model stays a plain list and a sort or a filter
// changes nothing here.
class OverdueCaseDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `now` gives the time compared against (UTC ms): the store's clock.
    OverdueCaseDelegate(std::function<qint64()> now, QObject *parent = nullptr);

    // Whether the row of `index` is an open case past its due-by time.
    bool isOverdue(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::function<qint64()> m_now;
    int m_dueColumn;
    int m_statusColumn;
};

} // namespace rapport
