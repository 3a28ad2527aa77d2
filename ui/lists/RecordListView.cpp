#include "RecordListView.h"

#include "BulkEditDialog.h"
#include "ListFilterBar.h"
#include "core/AppContext.h"
#include "core/BackgroundJob.h"
#include "itemmodels/RecordListModel.h"
#include "store/BulkEdit.h"
#include "store/SavedViewRepository.h"
#include "store/SearchQuery.h"
#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
// How many matches a list's search shows: the best ones, ranked by the
// store's search (name matches first); the status line says when there may
// be more.
constexpr int SearchLimit = 500;

QJsonArray pairsToJson(const QList<QPair<QString, QVariant>> &pairs)
{
    QJsonArray a;
    for (const auto &[k, v] : pairs)
        a.append(QJsonArray{k, QJsonValue::fromVariant(v)});
    return a;
}

QList<QPair<QString, QVariant>> pairsFromJson(const QJsonArray &a)
{
    QList<QPair<QString, QVariant>> out;
    for (const QJsonValue &p : a)
        out << qMakePair(p.toArray().at(0).toString(), p.toArray().at(1).toVariant());
    return out;
}
} // namespace

RecordListView::RecordListView(AppContext &context, ListKind kind, QWidget *parent) : QWidget(parent), m_context(context), m_kind(kind)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setPlaceholderText(tr("Search this list"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    // Searching is a millisecond or two on 100k accounts (docs/performance.md),
    // so results follow each key; a zero timer only merges keys that arrive
    // in one turn of the event loop (a paste, a fast typist's burst).
    m_searchTimer->setInterval(0);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RecordListView::applySearch);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filters = new ListFilterBar(kind, this);

    m_columns = new QToolButton(this);
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns shown"));
    connect(m_columns, &QToolButton::clicked, this, &RecordListView::chooseColumns);
    m_bulkEdit = new QToolButton(this);
    m_bulkEdit->setObjectName(QStringLiteral("bulkEdit"));
    m_bulkEdit->setText(tr("Edit selected…"));
    connect(m_bulkEdit, &QToolButton::clicked, this, &RecordListView::editSelected);
    m_delete = new QToolButton(this);
    m_delete->setObjectName(QStringLiteral("bulkDelete"));
    m_delete->setText(tr("Delete"));
    connect(m_delete, &QToolButton::clicked, this, &RecordListView::deleteSelected);

    m_model = new RecordListModel(context.store(), ListSpec{kind, std::nullopt, {}, std::nullopt}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Uniform row heights: the view never measures rows it has not shown.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListView::chooseColumns);
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->resizeSection(c, c == 0 ? 280 : 140);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListView::onSortIndicatorChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRecordRequested({listDef(m_kind).entity, m_model->recordId(index.row())});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(selectedIds().size());
        m_bulkEdit->setEnabled(n > 0);
        m_delete->setEnabled(n > 0);
        emit currentRecordChanged(currentRecord());
        updateStatus();
    });
    connect(m_model, &RecordListModel::loadFailed, this, [this](const QString &m) { emit statusMessage(tr("Cannot read the list: %1").arg(m)); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::updateStatus);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(m_owner);
    top->addWidget(m_views);
    top->addWidget(m_columns);
    top->addStretch(1);
    top->addWidget(m_bulkEdit);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    fillOwners();
    fillSavedViews();
    connect(m_owner, &QComboBox::currentIndexChanged, this, &RecordListView::rebuild);
    connect(m_filters, &ListFilterBar::changed, this, &RecordListView::rebuild);
    connect(m_views, &QComboBox::activated, this, &RecordListView::onSavedViewChosen);
    m_bulkEdit->setEnabled(false);
    m_delete->setEnabled(false);
    updateStatus();
}

void RecordListView::fillOwners()
{
    const QSignalBlocker block(m_owner);
    const QVariant current = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QVariant());
    m_owner->addItem(tr("Mine"), m_context.store().localUserId());
    if (const auto users = Directory(m_context.store()).users())
        for (const User &u : *users)
            if (u.id != m_context.store().localUserId())
                m_owner->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

void RecordListView::fillSavedViews()
{
    const QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItem(tr("Views…"), QVariant());
    if (const auto views = Directory(m_context.store()).savedViews(listDef(m_kind).entity))
        for (const SavedView &v : *views)
            m_views->addItem(v.name, v.id);
    m_views->insertSeparator(m_views->count());
    m_views->addItem(tr("Save current view…"), QStringLiteral("#save"));
    m_views->addItem(tr("Clear filters"), QStringLiteral("#clear"));
}

ListSpec RecordListView::spec() const
{
    ListSpec s{m_kind, std::nullopt, m_baseFilters + m_filters->filters(), m_searchIds};
    if (m_owner->currentData().isValid())
        s.ownerId = m_owner->currentData().toString();
    return s;
}

void RecordListView::setBaseFilters(const QList<QPair<QString, QVariant>> &filters)
{
    m_baseFilters = filters;
    rebuild();
}

bool RecordListView::isSearchPending() const
{
    return m_searchTimer->isActive();
}

void RecordListView::applySearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().simplified();
    m_searchError.clear();
    if (text.isEmpty()) {
        m_searchIds.reset();
    } else {
        // Bounded: one ranked page of matches from the search index.
        SearchQuery search(m_context.store());
        search.setEntity(listDef(m_kind).entity);
        const auto hits = search.run(text, SearchLimit);
        QStringList ids;
        if (hits)
            for (const SearchHit &h : *hits)
                ids << h.id;
        else
            m_searchError = hits.error().message;
        m_searchIds = ids;
    }
    rebuild();
}

void RecordListView::rebuild()
{
    const ListSpec s = spec();
    if (s == m_model->spec())
        return;
    m_model->setSpec(s);
    updateStatus();
}

void RecordListView::reload()
{
    fillOwners();
    fillSavedViews();
    m_model->reload();
}

void RecordListView::updateStatus()
{
    const int rows = m_model->rowCount();
    const int selected = int(selectedIds().size());
    QString text;
    if (!m_searchError.isEmpty())
        text = tr("Search failed: %1").arg(m_searchError);
    else if (m_searchIds && m_searchIds->size() >= SearchLimit)
        text = tr("The %n best matches; type more to narrow the search.", nullptr, rows);
    else if (m_model->canFetchMore({}))
        text = tr("%n record(s) shown; scroll for more.", nullptr, rows); // no count of the whole table
    else
        text = tr("%n record(s).", nullptr, rows);
    if (selected > 0)
        text += QLatin1Char(' ') + tr("%n selected.", nullptr, selected);
    m_status->setText(text);
}

RecordRef RecordListView::currentRecord() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return {};
    return {listDef(m_kind).entity, m_model->recordId(i.row())};
}

QStringList RecordListView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->recordId(i.row());
    return ids;
}

QWidget *RecordListView::focusTarget() const
{
    return m_table;
}

void RecordListView::onSortIndicatorChanged(int column, Qt::SortOrder)
{
    // Columns without a sort order keep the indicator on the current one.
    if (!m_model->isSortable(column)) {
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker block(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

void RecordListView::chooseColumns()
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != 0); // the name column stays
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(QCursor::pos());
}

void RecordListView::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_context.store(), m_kind, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyToSelected(dialog.change(), dialog.label());
}

void RecordListView::applyToSelected(const BulkChange &change, const QString &label)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString entity = listDef(m_kind).entity;
    BackgroundJob::start(m_context, this, label,
                         [entity, ids, change, label](Store &store, JobControl &control) {
                             return applyBulkChange(store, entity, ids, change, label, [&control](qint64 done, qint64 total) {
                                 control.progress(done, total);
                                 return !control.isCancelled();
                             });
                         },
                         [this](bool ok, const QString &error) {
                             if (!ok)
                                 QMessageBox::warning(this, tr("Edit selected"), tr("Nothing was changed: %1").arg(error));
                         });
}

void RecordListView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete"), tr("Delete %n record(s)? You can undo this with Ctrl+Z.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    const QString entity = listDef(m_kind).entity;
    const QString label = tr("Delete %n record(s)", nullptr, int(ids.size()));
    BackgroundJob::start(m_context, this, label,
                         [entity, ids, label](Store &store, JobControl &control) {
                             return deleteRecords(store, entity, ids, label, [&control](qint64 done, qint64 total) {
                                 control.progress(done, total);
                                 return !control.isCancelled();
                             });
                         },
                         [this](bool ok, const QString &error) {
                             if (!ok)
                                 QMessageBox::warning(this, tr("Delete"), tr("Nothing was deleted: %1").arg(error));
                         });
}

QJsonObject RecordListView::viewDefinition() const
{
    QJsonArray hidden;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_table->horizontalHeader()->isSectionHidden(c))
            hidden.append(listDef(m_kind).columns.at(c).key);
    QJsonObject d{{QStringLiteral("filters"), pairsToJson(m_filters->filters())},
                  {QStringLiteral("search"), m_search->text()},
                  {QStringLiteral("sort"), listDef(m_kind).columns.at(m_model->sortColumn()).key},
                  {QStringLiteral("descending"), m_model->sortOrder() == Qt::DescendingOrder},
                  {QStringLiteral("hidden"), hidden}};
    if (m_owner->currentData().isValid())
        d.insert(QStringLiteral("owner"), m_owner->currentData().toString());
    return d;
}

void RecordListView::applyViewDefinition(const QJsonObject &d)
{
    {
        const QSignalBlocker b1(m_owner);
        const QSignalBlocker b2(m_search);
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(d.value(QStringLiteral("owner")).toString())));
        if (!d.contains(QStringLiteral("owner")))
            m_owner->setCurrentIndex(0);
        m_search->setText(d.value(QStringLiteral("search")).toString());
        m_filters->setFilters(pairsFromJson(d.value(QStringLiteral("filters")).toArray()));
    }
    QStringList hidden;
    for (const QJsonValue &h : d.value(QStringLiteral("hidden")).toArray())
        hidden << h.toString();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionHidden(c, hidden.contains(listDef(m_kind).columns.at(c).key));
    const int column = listDef(m_kind).columnIndex(d.value(QStringLiteral("sort")).toString());
    if (column >= 0)
        m_table->horizontalHeader()->setSortIndicator(column, d.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder
                                                                                                         : Qt::AscendingOrder);
    applySearch();
}

bool RecordListView::saveCurrentView(const QString &name)
{
    SavedView v;
    v.name = name.trimmed();
    v.entity = listDef(m_kind).entity;
    v.definition = viewDefinition();
    const auto id = SavedViewRepository(m_context.store()).create(v);
    if (!id) {
        QMessageBox::warning(this, tr("Save view"), id.error().message);
        return false;
    }
    fillSavedViews();
    m_views->setCurrentIndex(qMax(0, m_views->findData(*id)));
    return true;
}

void RecordListView::onSavedViewChosen(int index)
{
    const QVariant data = m_views->itemData(index);
    if (data == QStringLiteral("#save")) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
        m_views->setCurrentIndex(0);
        if (ok && !name.trimmed().isEmpty())
            saveCurrentView(name);
        return;
    }
    if (data == QStringLiteral("#clear")) {
        applyViewDefinition({});
        m_views->setCurrentIndex(0);
        return;
    }
    if (!data.isValid())
        return;
    if (const auto view = SavedViewRepository(m_context.store()).get(data.toString()))
        applyViewDefinition(view->definition);
}

void RecordListView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("view"), QJsonDocument(viewDefinition()).toJson(QJsonDocument::Compact));
}

void RecordListView::restoreState(QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
    const QJsonObject view = QJsonDocument::fromJson(settings.value(QStringLiteral("view")).toByteArray()).object();
    if (!view.isEmpty())
        applyViewDefinition(view);
}

} // namespace rapport
