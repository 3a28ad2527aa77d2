#include "PipelinePage.h"

#include "PipelineBoardView.h"
#include "PipelineToolBar.h"
#include "core/AppContext.h"
#include "editors/CloseReasonDialog.h"
#include "editors/Editors.h"
#include "itemmodels/RecordListModel.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace rapport {

namespace {
const QString MonthFormat = QStringLiteral("yyyy-MM");
} // namespace

PipelinePage::PipelinePage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("pipelinePage"));
    m_toolBar = new PipelineToolBar(this);
    m_board = new PipelineBoardView(context, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_empty = new QLabel(tr("This store has no sales pipeline yet."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_board);
    m_views->addWidget(m_table);
    m_views->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_views, 1);

    buildActions();
    connect(m_toolBar, &PipelineToolBar::filtersChanged, this, &PipelinePage::applyFilters);
    connect(m_toolBar, &PipelineToolBar::modeChanged, this, &PipelinePage::applyMode);
    connect(m_toolBar, &PipelineToolBar::newOpportunityRequested, this,
            [this] { createRecord(this->context(), QStringLiteral("opportunity"), currentRecord(), this); });
    connect(m_board, &PipelineBoardView::moveRequested, this, &PipelinePage::moveCard);
    connect(m_board, &PipelineBoardView::cardActivated, this,
            [this](const QString &id) { emit openRecordRequested({QStringLiteral("opportunity"), id}); });
    connect(m_board, &PipelineBoardView::contextMenuRequested, this, &PipelinePage::showContextMenu);
    connect(m_board, &PipelineBoardView::selectionChanged, this, &PipelinePage::updateActions);
    connect(m_board, &PipelineBoardView::loadFailed, this,
            [this](const QString &m) { emit statusMessage(tr("Cannot read the pipeline: %1").arg(m)); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRecordRequested({QStringLiteral("opportunity"), index.data(RecordListModel::IdRole).toString()});
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        // The menu's actions work on the selection: make it the row clicked.
        m_table->selectRow(index.row());
        showContextMenu(index.data(RecordListModel::IdRole).toString(), m_table->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

QIcon PipelinePage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void PipelinePage::buildActions()
{
    auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        // Only while the keyboard is on this page (the board or the table).
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_open = action(tr("&Open"), {}, [this] { openSelected(); });
    m_next = action(tr("Move to &next stage"), QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { moveSelectedBy(1); });
    m_previous = action(tr("Move to &previous stage"), QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { moveSelectedBy(-1); });
    m_won = action(tr("Mark &won…"), {}, [this] { markSelected(QStringLiteral("won")); });
    m_lost = action(tr("Mark &lost…"), {}, [this] { markSelected(QStringLiteral("lost")); });
}

BoardFilter PipelinePage::boardFilter() const
{
    BoardFilter f{m_toolBar->pipelineId(), m_toolBar->ownerId(), m_toolBar->closeMonth(), std::nullopt};
    // With a close month chosen, that month is the window for every column;
    // otherwise won and lost show what closed since the start of the day
    // RecentClosedDays ago (a whole day, so the filter is the same all day).
    if (!f.closeMonth.isValid()) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(context().store().now()).date();
        f.closedSince = today.addDays(-RecentClosedDays).startOfDay().toMSecsSinceEpoch();
    }
    return f;
}

void PipelinePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Pages are built at start-up; this one reads when first shown.
    if (m_neverLoaded)
        reload();
}

void PipelinePage::reload()
{
    m_neverLoaded = false;
    Store &store = context().store();
    if (const Result<QList<Pipeline>> pipelines = PipelineRepository(store).pipelines())
        m_toolBar->setPipelines(*pipelines);
    else
        emit statusMessage(tr("Cannot read the pipelines: %1").arg(pipelines.error().message));
    if (const Result<QList<User>> users = Directory(store).users())
        m_toolBar->setUsers(*users, store.localUserId());
    applyFilters();
}

void PipelinePage::applyFilters()
{
    const QString pipelineId = m_toolBar->pipelineId();
    m_stages.clear();
    if (!pipelineId.isEmpty()) {
        if (const Result<QList<Stage>> stages = PipelineRepository(context().store()).stages(pipelineId))
            m_stages = *stages;
    }
    m_boardStale = m_tableStale = true;
    applyMode();
}

void PipelinePage::applyMode()
{
    if (m_toolBar->pipelineId().isEmpty()) {
        m_views->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    const bool table = m_toolBar->mode() == PipelineToolBar::Mode::Table;
    m_views->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_board);
    // Only the view shown reads the store; the other when it is shown.
    if (!table && m_boardStale) {
        m_boardStale = false;
        m_board->load(m_stages, boardFilter(), tr("Closed in the last %n days", nullptr, RecentClosedDays));
    }
    if (table && m_tableStale) {
        m_tableStale = false;
        ListSpec spec{ListKind::Opportunities, std::nullopt, {{QStringLiteral("pipeline"), m_toolBar->pipelineId()}}, std::nullopt};
        if (!m_toolBar->ownerId().isEmpty())
            spec.ownerId = m_toolBar->ownerId();
        if (const QDate month = m_toolBar->closeMonth(); month.isValid()) {
            spec.filters << qMakePair(QStringLiteral("close_from"), QVariant(month.toString(Qt::ISODate)))
                         << qMakePair(QStringLiteral("close_to"), QVariant(month.addMonths(1).toString(Qt::ISODate)));
        }
        if (!m_tableModel) {
            // Made when first shown: the model reads its first page at once.
            m_tableModel = new RecordListModel(context().store(), spec, this);
            m_table->setModel(m_tableModel);
            const ListDef &def = listDef(ListKind::Opportunities);
            for (int c = 0; c < def.columns.size(); ++c) {
                const QString &key = def.columns[c].key;
                m_table->horizontalHeader()->resizeSection(c, key == QLatin1String("name") ? 300 : key == QLatin1String("account") ? 200 : 120);
            }
            m_table->horizontalHeader()->setSortIndicator(m_tableModel->sortColumn(), m_tableModel->sortOrder());
            connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PipelinePage::updateActions);
            connect(m_tableModel, &RecordListModel::loadFailed, this,
                    [this](const QString &m) { emit statusMessage(tr("Cannot read the opportunities: %1").arg(m)); });
            if (m_pendingTableState)
                std::exchange(m_pendingTableState, {})();
        } else if (m_tableModel->spec() == spec) {
            m_tableModel->reload();
        } else {
            m_tableModel->setSpec(spec);
        }
    }
    updateActions();
}

QString PipelinePage::selectedOpportunityId() const
{
    if (m_views->currentWidget() == m_board)
        return m_board->selectedId();
    if (m_views->currentWidget() == m_table && m_tableModel) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            return m_tableModel->recordId(rows.first().row());
    }
    return {};
}

RecordRef PipelinePage::currentRecord() const
{
    const QString id = selectedOpportunityId();
    return id.isEmpty() ? RecordRef{} : RecordRef{QStringLiteral("opportunity"), id};
}

QWidget *PipelinePage::focusTarget()
{
    if (m_views->currentWidget() == m_board)
        if (QWidget *w = m_board->focusTarget())
            return w;
    return m_views->currentWidget();
}

bool PipelinePage::moveCard(const QString &opportunityId, const QString &stageId)
{
    Store &store = context().store();
    OpportunityRepository opportunities(store);
    const std::optional<Opportunity> opportunity = opportunities.get(opportunityId);
    const std::optional<Stage> stage = PipelineRepository(store).stage(stageId);
    if (!opportunity || !stage) {
        emit statusMessage(tr("That opportunity or stage is gone; the board is read again."));
        m_board->reload();
        return false;
    }
    if (opportunity->stageId == stageId)
        return false;
    QString reason;
    if (stage->isClosed()) {
        const auto outcome = stage->kind == QLatin1String("won") ? CloseReasonDialog::Outcome::Won : CloseReasonDialog::Outcome::Lost;
        const std::optional<QString> given = CloseReasonDialog::ask(outcome, opportunity->name, stage->name, this);
        if (!given)
            return false;
        reason = *given;
    }
    const Result<bool> moved = opportunities.moveToStage(opportunityId, stageId, reason);
    if (!moved) {
        QMessageBox::warning(this, tr("Cannot move the opportunity"), moved.error().message);
        return false;
    }
    // The board follows through AppContext::storeChanged; keep the card selected there.
    m_board->selectAfterReload(opportunityId);
    emit statusMessage(tr("Moved “%1” to %2. Undo with %3.")
                           .arg(opportunity->name, stage->name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

bool PipelinePage::moveSelectedBy(int delta)
{
    const QString id = selectedOpportunityId();
    const std::optional<Opportunity> o = id.isEmpty() ? std::nullopt : OpportunityRepository(context().store()).get(id);
    if (!o)
        return false;
    int at = -1;
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages[i].id == o->stageId)
            at = i;
    const int to = at + delta;
    if (at < 0 || to < 0 || to >= m_stages.size())
        return false;
    return moveCard(id, m_stages[to].id);
}

bool PipelinePage::markSelected(const QString &kind)
{
    const QString id = selectedOpportunityId();
    if (id.isEmpty())
        return false;
    for (const Stage &s : std::as_const(m_stages))
        if (s.kind == kind)
            return moveCard(id, s.id);
    return false;
}

void PipelinePage::openSelected()
{
    if (const QString id = selectedOpportunityId(); !id.isEmpty())
        emit openRecordRequested({QStringLiteral("opportunity"), id});
}

void PipelinePage::showContextMenu(const QString &opportunityId, const QPoint &globalPos)
{
    const std::optional<Opportunity> o = OpportunityRepository(context().store()).get(opportunityId);
    if (!o)
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open"), this, [this, opportunityId] { emit openRecordRequested({QStringLiteral("opportunity"), opportunityId}); });
    menu.setDefaultAction(open);
    QMenu *stages = menu.addMenu(tr("Move to &stage"));
    for (const Stage &s : std::as_const(m_stages)) {
        QAction *a = stages->addAction(s.name, this, [this, opportunityId, id = s.id] { moveCard(opportunityId, id); });
        a->setCheckable(true);
        a->setChecked(s.id == o->stageId);
        a->setEnabled(s.id != o->stageId);
    }
    menu.addAction(m_next);
    menu.addAction(m_previous);
    menu.addSeparator();
    menu.addAction(m_won);
    menu.addAction(m_lost);
    menu.addSeparator();
    menu.addAction(tr("Log &activity…"), this,
                   [this, opportunityId] { logActivity(context(), {}, {QStringLiteral("opportunity"), opportunityId}, this); });
    menu.exec(globalPos);
}

void PipelinePage::updateActions()
{
    const QString id = selectedOpportunityId();
    QString stageId;
    if (m_views->currentWidget() == m_board)
        stageId = m_board->selectedStageId();
    int at = -1;
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages[i].id == stageId)
            at = i;
    const bool any = !id.isEmpty();
    // In the table the stage is read when the action runs; offer every move.
    const bool known = at >= 0;
    m_open->setEnabled(any);
    m_next->setEnabled(any && (!known || at + 1 < m_stages.size()));
    m_previous->setEnabled(any && (!known || at > 0));
    auto has = [this](const char *kind) {
        return std::any_of(m_stages.cbegin(), m_stages.cend(), [kind](const Stage &s) { return s.kind == QLatin1String(kind); });
    };
    m_won->setEnabled(any && has("won") && (!known || m_stages[at].kind != QLatin1String("won")));
    m_lost->setEnabled(any && has("lost") && (!known || m_stages[at].kind != QLatin1String("lost")));
}

void PipelinePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pipeline"), m_toolBar->pipelineId());
    settings.setValue(QStringLiteral("owner"), m_toolBar->ownerId());
    const QDate month = m_toolBar->closeMonth();
    settings.setValue(QStringLiteral("closeMonth"), month.isValid() ? month.toString(MonthFormat) : QString());
    settings.setValue(QStringLiteral("mode"), m_toolBar->mode() == PipelineToolBar::Mode::Table ? QStringLiteral("table") : QStringLiteral("board"));
    if (m_tableModel) {
        settings.setValue(QStringLiteral("tableHeader"), m_table->horizontalHeader()->saveState());
        settings.setValue(QStringLiteral("tableSortColumn"), m_tableModel->sortColumn());
        settings.setValue(QStringLiteral("tableSortOrder"), int(m_tableModel->sortOrder()));
    }
}

void PipelinePage::restoreState(QSettings &settings)
{
    {
        // One re-read after everything is restored, not one per choice.
        const QSignalBlocker quiet(m_toolBar);
        m_toolBar->setPipelineId(settings.value(QStringLiteral("pipeline")).toString());
        m_toolBar->setOwnerId(settings.value(QStringLiteral("owner")).toString());
        m_toolBar->setCloseMonth(QDate::fromString(settings.value(QStringLiteral("closeMonth")).toString(), MonthFormat));
        m_toolBar->setMode(settings.value(QStringLiteral("mode")).toString() == QLatin1String("table") ? PipelineToolBar::Mode::Table
                                                                                                        : PipelineToolBar::Mode::Board);
    }
    const QByteArray header = settings.value(QStringLiteral("tableHeader")).toByteArray();
    const QVariant sortColumn = settings.value(QStringLiteral("tableSortColumn"));
    const Qt::SortOrder sortOrder = Qt::SortOrder(settings.value(QStringLiteral("tableSortOrder"), int(Qt::AscendingOrder)).toInt());
    if (!m_neverLoaded)
        applyFilters();
    if (!header.isEmpty() || sortColumn.isValid()) {
        // The table's layout applies once its model exists.
        auto restoreTable = [this, header, sortColumn, sortOrder] {
            if (!header.isEmpty())
                m_table->horizontalHeader()->restoreState(header);
            if (sortColumn.isValid() && m_tableModel) {
                m_tableModel->sort(sortColumn.toInt(), sortOrder);
                m_table->horizontalHeader()->setSortIndicator(sortColumn.toInt(), sortOrder);
            }
        };
        if (m_tableModel)
            restoreTable();
        else
            m_pendingTableState = restoreTable;
    }
}

bool PipelinePage::isLoading() const
{
    return m_board && m_board->isLoading();
}

} // namespace rapport
