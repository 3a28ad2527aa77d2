#include "PipelineColumn.h"

#include "PipelineCardDelegate.h"
#include "PipelineCardModel.h"
#include "domain/Money.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

namespace {

// The card list of a column: drag and drop through the model, a highlight
// while a card from elsewhere hovers, Left/Right to the next column, and a
// word in the empty column instead of a blank.
class CardList : public QListView {
public:
    explicit CardList(PipelineColumn *column) : QListView(column), m_column(column) {}

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        QListView::dragEnterEvent(event);
        QString from;
        const bool foreign = !PipelineCardModel::draggedId(event->mimeData(), &from).isEmpty() && from != m_column->stage().id;
        m_column->setDropHighlight(foreign);
        if (foreign)
            event->acceptProposedAction();
    }
    void dragLeaveEvent(QDragLeaveEvent *event) override
    {
        QListView::dragLeaveEvent(event);
        m_column->setDropHighlight(false);
    }
    void dropEvent(QDropEvent *event) override
    {
        m_column->setDropHighlight(false);
        QListView::dropEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
            emit m_column->neighbourRequested(event->key() == Qt::Key_Left ? -1 : 1);
            return;
        }
        QListView::keyPressEvent(event);
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
        if (!index.isValid())
            return;
        setCurrentIndex(index);
        QPoint at = event->globalPos();
        if (event->reason() == QContextMenuEvent::Keyboard)
            at = viewport()->mapToGlobal(visualRect(index).center());
        emit m_column->contextMenuRequested(index.data(PipelineCardModel::IdRole).toString(), at);
    }
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() > 0)
            return;
        QPainter p(viewport());
        QColor muted = palette().color(QPalette::Text);
        muted.setAlphaF(0.5f);
        p.setPen(muted);
        p.drawText(viewport()->rect().adjusted(8, 16, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   PipelineColumn::tr("No opportunities"));
    }

private:
    PipelineColumn *m_column;
};

QColor accentOf(const Stage &stage, const QPalette &palette)
{
    if (stage.kind == QLatin1String("won"))
        return QColor(0x2e, 0x7d, 0x32);
    if (stage.kind == QLatin1String("lost"))
        return QColor(0x9e, 0x9e, 0x9e);
    return palette.color(QPalette::Highlight);
}

} // namespace

PipelineColumn::PipelineColumn(const Stage &stage, PipelineCardDelegate *delegate, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("pipelineColumn"));
    setFixedWidth(Width);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_model = new PipelineCardModel(stage, this);
    m_accent = new QFrame(this);
    m_accent->setFixedHeight(3);
    m_accent->setAutoFillBackground(true);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("stageName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    m_name->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("stageCount"));
    m_count->setFont(bold);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("stageNote"));
    m_note->setWordWrap(true);
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("stageTotals"));
    m_totalsLabel->setTextFormat(Qt::RichText);
    m_totalsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new CardList(this);
    m_list->setObjectName(QStringLiteral("cardList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(false);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setContextMenuPolicy(Qt::DefaultContextMenu);

    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("showMore"));
    m_more->setFlat(true);
    m_more->setVisible(false);

    auto *title = new QHBoxLayout;
    title->setContentsMargins(0, 0, 0, 0);
    title->addWidget(m_name, 1);
    title->addWidget(m_count);
    m_header = new QWidget(this);
    auto *header = new QVBoxLayout(m_header);
    header->setContentsMargins(8, 6, 8, 4);
    header->setSpacing(2);
    header->addLayout(title);
    header->addWidget(m_note);
    header->addWidget(m_totalsLabel);
    header->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_accent);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);

    connect(m_model, &PipelineCardModel::cardDropped, this, &PipelineColumn::cardDropped);
    connect(m_more, &QPushButton::clicked, this, &PipelineColumn::moreRequested);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { emit cardActivated(index.data(PipelineCardModel::IdRole).toString()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelineColumn::selectionChanged);
    // A reset (new page read) drops the selection model's rows; keep listening.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineColumn::selectionChanged);
    setStage(stage);
}

const Stage &PipelineColumn::stage() const
{
    return m_model->stage();
}

void PipelineColumn::setStage(const Stage &stage)
{
    m_model->setStage(stage);
    QPalette accent = m_accent->palette();
    accent.setColor(QPalette::Window, accentOf(stage, palette()));
    m_accent->setPalette(accent);
    m_name->setText(stage.name);
    m_name->setToolTip(stage.probability ? tr("%1 — %2 % probability").arg(stage.name).arg(*stage.probability) : stage.name);
    updateHeader();
}

void PipelineColumn::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void PipelineColumn::setTotals(const StageTotals &totals)
{
    m_totals = totals;
    m_totalsKnown = true;
    updateHeader();
    updateMore();
}

void PipelineColumn::setCards(const CardPage &page)
{
    const QString selected = selectedId();
    m_model->setCards(page.cards);
    m_next = page.next;
    if (!selected.isEmpty())
        selectCard(selected);
    updateMore();
}

void PipelineColumn::appendCards(const CardPage &page)
{
    m_model->appendCards(page.cards);
    m_next = page.next;
    updateMore();
}

int PipelineColumn::shownCount() const
{
    return m_model->rowCount();
}

void PipelineColumn::setLoading(bool loading)
{
    m_loading = loading;
    updateMore();
}

QString PipelineColumn::selectedId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PipelineCardModel::IdRole).toString();
}

bool PipelineColumn::selectCard(const QString &opportunityId)
{
    const int row = m_model->rowOf(opportunityId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    return true;
}

void PipelineColumn::clearSelection()
{
    m_list->selectionModel()->clearSelection();
}

int PipelineColumn::headerHeight() const
{
    // Word-wrapped notes: the height at the column's own width, not at the
    // label's guess of a width.
    const int width = Width - 2;
    return m_header->hasHeightForWidth() ? m_header->heightForWidth(width) : m_header->sizeHint().height();
}

void PipelineColumn::setHeaderMinimumHeight(int height)
{
    m_header->setMinimumHeight(height);
}

void PipelineColumn::setDropHighlight(bool on)
{
    setBackgroundRole(on ? QPalette::Midlight : QPalette::AlternateBase);
}

QString PipelineColumn::totalsLine(Amount which) const
{
    QStringList parts;
    for (const CurrencyTotal &c : m_totals.currencies)
        parts << formatMoney(which == Amount::Total ? c.amount : c.weighted, c.currency);
    return parts.join(QStringLiteral(" · "));
}

void PipelineColumn::updateHeader()
{
    const QLocale locale;
    m_count->setText(m_totalsKnown ? locale.toString(m_totals.count) : QString());
    if (!m_totalsKnown) {
        m_totalsLabel->setText(tr("…"));
        return;
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    if (m_totals.currencies.isEmpty()) {
        m_totalsLabel->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(muted, tr("No amounts").toHtmlEscaped()));
        m_totalsLabel->setToolTip({});
        return;
    }
    // Amounts in several currencies are never added up: a row each, the code
    // once in front so both figures fit a narrow column.
    auto figure = [](qint64 minor, const QString &currency) {
        QString text = formatMoney(minor, currency);
        const QString suffix = QLatin1Char(' ') + currency;
        if (text.endsWith(suffix))
            text.chop(suffix.size());
        return text.toHtmlEscaped();
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                                  "<tr style=\"color:%1\"><td></td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                       .arg(muted, tr("Total").toHtmlEscaped(), tr("Weighted").toHtmlEscaped());
    for (const CurrencyTotal &c : m_totals.currencies)
        html += QStringLiteral("<tr><td style=\"color:%1\">%2&nbsp;</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(muted, c.currency.toHtmlEscaped(), figure(c.amount, c.currency), figure(c.weighted, c.currency));
    html += QStringLiteral("</table>");
    m_totalsLabel->setText(html);
    const QString summary = tr("Total: %1\nWeighted: %2").arg(totalsLine(Amount::Total), totalsLine(Amount::Weighted));
    m_totalsLabel->setToolTip(summary);
    m_totalsLabel->setAccessibleDescription(summary);
}

void PipelineColumn::updateMore()
{
    const bool more = m_next.has_value();
    m_more->setVisible(more);
    m_more->setEnabled(more && !m_loading);
    if (!more)
        return;
    const qint64 hidden = m_totalsKnown ? m_totals.count - shownCount() : 0;
    m_more->setText(hidden > 0 ? tr("Show more (%1 not shown)").arg(QLocale().toString(hidden)) : tr("Show more"));
}

} // namespace rapport
