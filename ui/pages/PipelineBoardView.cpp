#include "PipelineBoardView.h"

#include "PipelineCardDelegate.h"
#include "PipelineCardModel.h"
#include "PipelineColumn.h"
#include "core/AppContext.h"
#include "core/BackgroundReader.h"
#include "store/Store.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QListView>

namespace rapport {

namespace {
QStringList idsOf(const QList<Stage> &stages)
{
    QStringList ids;
    for (const Stage &s : stages)
        ids << s.id;
    return ids;
}
} // namespace

PipelineBoardView::PipelineBoardView(AppContext &context, QWidget *parent)
    : QScrollArea(parent), m_context(context), m_reader(new BackgroundReader(context.store(), this)),
      m_delegate(new PipelineCardDelegate(this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls its own cards
    m_strip = new QWidget(this);
    m_stripLayout = new QHBoxLayout(m_strip);
    m_stripLayout->setContentsMargins(8, 8, 8, 8);
    m_stripLayout->setSpacing(8);
    m_stripLayout->addStretch(1);
    setWidget(m_strip);
}

PipelineBoardView::~PipelineBoardView() = default;

void PipelineBoardView::load(const QList<Stage> &stages, const BoardFilter &filter, const QString &closedNote)
{
    const bool sameColumns = idsOf(stages) == idsOf(m_stages);
    const bool sameRows = sameColumns && filter == m_filter;
    m_stages = stages;
    m_filter = filter;
    m_closedNote = closedNote;
    if (!sameRows)
        m_shown.clear(); // another pipeline or filter: start at the first page
    if (sameColumns) {
        for (int i = 0; i < m_columns.size(); ++i) {
            m_columns[i]->setStage(m_stages[i]);
            m_columns[i]->setNote(m_stages[i].isClosed() ? m_closedNote : QString());
        }
    } else {
        rebuildColumns();
    }
    startLoad();
}

void PipelineBoardView::reload()
{
    startLoad();
}

void PipelineBoardView::rebuildColumns()
{
    const QString selected = selectedId();
    qDeleteAll(m_columns);
    m_columns.clear();
    for (const Stage &stage : std::as_const(m_stages)) {
        auto *c = new PipelineColumn(stage, m_delegate, m_strip);
        c->setNote(stage.isClosed() ? m_closedNote : QString());
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, c);
        m_columns << c;
        connect(c, &PipelineColumn::moreRequested, this, [this, c] { showMore(c); });
        connect(c, &PipelineColumn::cardActivated, this, &PipelineBoardView::cardActivated);
        connect(c, &PipelineColumn::contextMenuRequested, this, &PipelineBoardView::contextMenuRequested);
        connect(c, &PipelineColumn::neighbourRequested, this, [this, c](int delta) { focusNeighbour(c, delta); });
        connect(c, &PipelineColumn::selectionChanged, this, [this, c] { onColumnSelection(c); });
        // Queued: a drop that asks for a reason opens its dialog once the drag is over.
        connect(c, &PipelineColumn::cardDropped, this,
                [this, c](const QString &id) { emit moveRequested(id, c->stage().id); }, Qt::QueuedConnection);
    }
    if (!selected.isEmpty())
        m_wantedSelection = selected;
}

PipelineColumn *PipelineBoardView::column(const QString &stageId) const
{
    for (PipelineColumn *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

bool PipelineBoardView::isLoading() const
{
    return m_inFlight > 0 || m_reader->pending() > 0;
}

void PipelineBoardView::startLoad()
{
    ++m_generation;
    if (m_inFlight > 0) {
        m_again = true; // the replies under way are stale; read again when they are back
        return;
    }
    if (m_filter.pipelineId.isEmpty() || m_stages.isEmpty()) {
        emit loaded();
        return;
    }
    for (PipelineColumn *c : std::as_const(m_columns))
        c->setLoading(true);

    const BoardFilter filter = m_filter;
    const QList<Stage> stages = m_stages;
    QHash<QString, int> limits;
    for (const Stage &s : stages) {
        const int shown = m_shown.value(s.id, PageSize);
        // Whole pages, so "Show more" continues where it was.
        limits[s.id] = qBound(PageSize, (shown + PageSize - 1) / PageSize * PageSize, MaxReloadRows);
    }
    // Two reads, cards first: a page per column is a few indexed lookups and
    // shows at once; the totals read every deal of the pipeline and follow.
    m_inFlight = 2;
    m_cardsPending = true;
    m_reader->submit([this, filter, stages, limits](Store &store) -> BackgroundReader::Done {
        // On the worker thread: only `store` and the copies above.
        auto pages = std::make_shared<QHash<QString, CardPage>>();
        auto error = std::make_shared<QString>();
        PipelineBoardQuery query(store);
        for (const Stage &s : stages) {
            Result<CardPage> page = query.cards(s, filter, std::nullopt, limits.value(s.id, PageSize));
            if (page)
                pages->insert(s.id, *page);
            else if (error->isEmpty())
                *error = page.error().message;
        }
        return [this, pages, error] {
            m_cardsPending = false;
            finishPart([&] { applyCards(*pages, *error); });
        };
    });
    m_reader->submit([this, filter](Store &store) -> BackgroundReader::Done {
        auto totals = std::make_shared<Result<QHash<QString, StageTotals>>>(PipelineBoardQuery(store).stageTotals(filter));
        return [this, totals] {
            finishPart([&] {
                if (totals->ok())
                    applyTotals(**totals);
                else
                    emit loadFailed(totals->error().message);
            });
        };
    });
}

void PipelineBoardView::finishPart(const std::function<void()> &apply)
{
    --m_inFlight;
    if (m_again) {
        if (m_inFlight == 0) {
            m_again = false;
            startLoad();
        }
        return;
    }
    apply();
    if (m_inFlight == 0)
        emit loaded();
}

void PipelineBoardView::applyCards(const QHash<QString, CardPage> &pages, const QString &error)
{
    // Keep the keyboard where it was: on the board if it was there.
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    const QString keep = m_wantedSelection.isEmpty() ? selectedId() : m_wantedSelection;
    m_delegate->setToday(QDateTime::fromMSecsSinceEpoch(m_context.store().now()).date());
    for (PipelineColumn *c : std::as_const(m_columns)) {
        const QSignalBlocker quiet(c); // one selectionChanged for the board, below
        c->setLoading(false);
        c->clearSelection();
        c->setCards(pages.value(c->stage().id));
        m_shown[c->stage().id] = c->shownCount();
    }
    m_wantedSelection.clear();
    bool found = false;
    for (PipelineColumn *c : std::as_const(m_columns)) {
        if (c->selectCard(keep)) {
            found = true;
            if (hadFocus)
                c->list()->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    if (!found && hadFocus && !m_columns.isEmpty())
        m_columns.first()->list()->setFocus(Qt::OtherFocusReason);
    if (!error.isEmpty())
        emit loadFailed(error);
    emit selectionChanged();
}

void PipelineBoardView::applyTotals(const QHash<QString, StageTotals> &totals)
{
    for (PipelineColumn *c : std::as_const(m_columns))
        c->setTotals(totals.value(c->stage().id));
    // Cards start on one line in every column, however many currencies.
    int header = 0;
    for (PipelineColumn *c : std::as_const(m_columns))
        header = qMax(header, c->headerHeight());
    for (PipelineColumn *c : std::as_const(m_columns))
        c->setHeaderMinimumHeight(header);
}

void PipelineBoardView::showMore(PipelineColumn *column)
{
    if (m_cardsPending || !column->next())
        return; // a full read is under way; it brings the column anew
    column->setLoading(true);
    const quint64 generation = m_generation;
    const BoardFilter filter = m_filter;
    const Stage stage = column->stage();
    const CardCursor after = *column->next();
    m_reader->submit([this, generation, filter, stage, after](Store &store) -> BackgroundReader::Done {
        Result<CardPage> page = PipelineBoardQuery(store).cards(stage, filter, after, PageSize);
        auto result = std::make_shared<Result<CardPage>>(page);
        return [this, generation, stage, result] {
            PipelineColumn *c = this->column(stage.id);
            if (!c || generation != m_generation)
                return; // the board was read anew meanwhile
            c->setLoading(false);
            if (!result->ok()) {
                emit loadFailed(result->error().message);
                return;
            }
            c->appendCards(**result);
            m_shown[stage.id] = c->shownCount();
            emit loaded();
        };
    });
}

void PipelineBoardView::focusNeighbour(PipelineColumn *from, int delta)
{
    const int i = int(m_columns.indexOf(from)) + delta;
    if (i < 0 || i >= m_columns.size())
        return;
    PipelineColumn *to = m_columns[i];
    const int row = qMax(0, from->list()->currentIndex().row());
    to->list()->setFocus(Qt::TabFocusReason);
    if (to->shownCount() > 0)
        to->selectCard(to->model()->card(qMin(row, to->shownCount() - 1)).id);
    ensureWidgetVisible(to);
}

void PipelineBoardView::onColumnSelection(PipelineColumn *column)
{
    // One selected card on the whole board.
    if (!column->selectedId().isEmpty())
        for (PipelineColumn *c : std::as_const(m_columns))
            if (c != column) {
                const QSignalBlocker quiet(c);
                c->clearSelection();
            }
    emit selectionChanged();
}

QString PipelineBoardView::selectedId() const
{
    for (PipelineColumn *c : m_columns)
        if (const QString id = c->selectedId(); !id.isEmpty())
            return id;
    return {};
}

QString PipelineBoardView::selectedStageId() const
{
    for (PipelineColumn *c : m_columns)
        if (!c->selectedId().isEmpty())
            return c->stage().id;
    return {};
}

void PipelineBoardView::selectCard(const QString &opportunityId)
{
    for (PipelineColumn *c : std::as_const(m_columns))
        if (c->selectCard(opportunityId))
            return;
    m_wantedSelection = opportunityId;
}

QWidget *PipelineBoardView::focusTarget() const
{
    for (PipelineColumn *c : m_columns)
        if (!c->selectedId().isEmpty())
            return c->list();
    return m_columns.isEmpty() ? nullptr : m_columns.first()->list();
}

} // namespace rapport
