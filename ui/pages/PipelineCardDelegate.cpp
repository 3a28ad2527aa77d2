#include "PipelineCardDelegate.h"

#include "PipelineCardModel.h"
#include "domain/Money.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rapport {

namespace {
constexpr int Margin = 4;  // around a card, inside the column
constexpr int Padding = 8; // inside a card
constexpr int LineGap = 2;
constexpr int Lines = 4;

QString formatDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}
} // namespace

PipelineCardDelegate::PipelineCardDelegate(QObject *parent) : QStyledItemDelegate(parent), m_today(QDate::currentDate()) {}

QSize PipelineCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 220, 2 * Margin + 2 * Padding + Lines * line + (Lines - 1) * LineGap};
}

void PipelineCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const PipelineCardModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const BoardCard &c = model->card(index.row());
    const bool closed = model->stage().isClosed();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = (option.state & QStyle::State_HasFocus) && selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    QPainterPath shape;
    shape.addRoundedRect(card, 4, 4);
    painter->fillPath(shape, pal.color(QPalette::Base));
    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? (focused ? 2.0 : 1.5) : 1.0);
    painter->setPen(border);
    painter->drawPath(shape);

    const QRect text = card.toRect().adjusted(Padding, Padding - 1, -Padding, -Padding);
    const int line = option.fontMetrics.height();
    auto row = [&](int i) { return QRect(text.left(), text.top() + i * (line + LineGap), text.width(), line); };
    const QColor ink = pal.color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.62f);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    // 1: name
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(row(0), Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(c.name, Qt::ElideRight, text.width()));

    // 2: account
    painter->setFont(option.font);
    painter->setPen(muted);
    const QString account = c.accountName.isEmpty() ? tr("No account") : c.accountName;
    painter->drawText(row(1), Qt::AlignLeft | Qt::AlignVCenter, option.fontMetrics.elidedText(account, Qt::ElideRight, text.width()));

    // 3: amount · expected close
    const QString close = c.expectedClose.isValid() ? formatDate(c.expectedClose) : tr("No close date");
    const bool overdue = !closed && c.expectedClose.isValid() && c.expectedClose < m_today;
    const int closeWidth = option.fontMetrics.horizontalAdvance(close);
    // Red that reads on a light and on a dark card.
    const QColor warning = pal.color(QPalette::Base).lightness() < 128 ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    painter->setPen(overdue ? warning : muted);
    painter->drawText(row(2), Qt::AlignRight | Qt::AlignVCenter, close);
    painter->setFont(bold);
    painter->setPen(ink);
    const QString amount = c.amount ? formatMoney(c.amount->minor, c.amount->currency) : tr("No amount");
    painter->drawText(row(2), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(amount, Qt::ElideRight, qMax(0, text.width() - closeWidth - Padding)));

    // 4: owner · probability, or the reason it was won or lost. When both do
    // not fit, each gets at least half the line.
    painter->setFont(option.font);
    painter->setPen(muted);
    QString right;
    if (closed)
        right = c.closeReason;
    else if (c.probability)
        right = tr("%1 %").arg(*c.probability);
    const QFontMetrics &fm = option.fontMetrics;
    const int available = qMax(0, text.width() - Padding);
    const int ownerNeeds = fm.horizontalAdvance(c.ownerName) + 1;
    const int rightNeeds = fm.horizontalAdvance(right) + 1;
    const int rightWidth = qMin(rightNeeds, qMax(available / 2, available - ownerNeeds));
    painter->drawText(row(3), Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(right, Qt::ElideRight, rightWidth));
    painter->drawText(row(3), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(c.ownerName, Qt::ElideRight, available - rightWidth));
    painter->restore();
}

} // namespace rapport
