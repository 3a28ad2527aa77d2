#include "CasesPage.h"

#include "CaseDetailPanel.h"
#include "OverdueCaseDelegate.h"
#include "core/AppContext.h"
#include "editors/CaseEditor.h"
#include "editors/ServiceLevelSettings.h"
#include "editors/ServiceLevelsDialog.h"
#include "itemmodels/RecordListModel.h"
#include "lists/RecordListView.h"
#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

CasesPage::CasesPage(AppContext &context, QWidget *parent) : Page(context, parent), m_now(context.store().now())
{
    setObjectName(QStringLiteral("casesPage"));
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setText(tr("New case…"));
    connect(m_new, &QToolButton::clicked, this, [this] { newCase(); });
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_overdueOnly->setToolTip(tr("Open cases past their due-by time"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillAssignees();
    m_levels = new QToolButton(this);
    m_levels->setObjectName(QStringLiteral("serviceLevels"));
    m_levels->setText(tr("Service levels…"));
    connect(m_levels, &QToolButton::clicked, this, &CasesPage::editServiceLevels);

    m_list = new RecordListView(context, ListKind::Cases, this);
    // Work first: new, assigned, in progress, waiting, then resolved and
    // closed (the status column sorts in that order). A saved layout wins.
    m_list->table()->horizontalHeader()->setSortIndicator(listDef(ListKind::Cases).columnIndex(QStringLiteral("status")),
                                                          Qt::AscendingOrder);
    m_delegate = new OverdueCaseDelegate([this] { return m_now; }, this);
    m_list->table()->setItemDelegate(m_delegate);
    m_detail = new CaseDetailPanel(context, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 6, 0, 0);
    leftLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_new);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(m_assignee);
    bar->addStretch(1);
    bar->addWidget(m_levels);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_list, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("casesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 500});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &CasesPage::applyFilters);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilters);
    connect(m_list, &RecordListView::currentRecordChanged, this, [this](const RecordRef &r) {
        if (r.isValid() && r.id != m_detail->caseId())
            m_detail->showCase(r.id);
    });
    // Opening a case from its own list edits it; the panel already shows it.
    connect(m_list, &RecordListView::openRecordRequested, this, [this](const RecordRef &r) {
        m_detail->showCase(r.id);
        m_detail->editCase();
    });
    connect(m_list, &RecordListView::statusMessage, this, &Page::statusMessage);
    connect(m_detail, &CaseDetailPanel::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_detail, &CaseDetailPanel::statusMessage, this, &Page::statusMessage);

    // Cases fall overdue while the page is open: judge them again each minute.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_now = this->context().store().now();
        m_list->table()->viewport()->update();
    });
    m_clock->start();
}

QIcon CasesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

void CasesPage::fillAssignees()
{
    const QSignalBlocker block(m_assignee);
    const QVariant current = m_assignee->currentData();
    m_assignee->clear();
    m_assignee->addItem(tr("Any assignee"), QVariant());
    m_assignee->addItem(tr("Assigned to me"), context().store().localUserId());
    if (const auto users = Directory(context().store()).users())
        for (const User &u : *users)
            if (u.id != context().store().localUserId())
                m_assignee->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(current)));
}

void CasesPage::applyFilters()
{
    QList<QPair<QString, QVariant>> filters;
    if (m_assignee->currentData().isValid())
        filters << qMakePair(QStringLiteral("assignee"), m_assignee->currentData());
    if (m_overdueOnly->isChecked()) {
        m_now = context().store().now();
        filters << qMakePair(QStringLiteral("overdue_at"), QVariant(m_now));
    }
    m_list->setBaseFilters(filters);
}

void CasesPage::newCase(const RecordRef &related)
{
    auto *editor = new CaseEditor(context(), QString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->prefill(related);
    connect(editor, &RecordEditorDialog::saved, this, [this](const QString &id) { m_detail->showCase(id); });
    editor->open();
}

void CasesPage::editServiceLevels()
{
    auto *dialog = new ServiceLevelsDialog(loadServiceLevels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog] { saveServiceLevels(dialog->levels()); });
    dialog->open();
}

void CasesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    selectFirstIfNone();
}

void CasesPage::selectFirstIfNone()
{
    // A page that opens on an empty detail panel wastes half the window:
    // the first record is shown until the user picks one.
    if (!m_detail->caseId().isEmpty() || m_list->model()->rowCount() == 0)
        return;
    m_list->table()->selectRow(0);
    m_detail->showCase(m_list->model()->recordId(0));
}

void CasesPage::reload()
{
    m_now = context().store().now();
    fillAssignees();
    if (m_overdueOnly->isChecked())
        applyFilters(); // "overdue" is judged at the new time
    m_list->reload();
    m_detail->reload();
    selectFirstIfNone();
}

RecordRef CasesPage::currentRecord() const
{
    const QString id = m_detail->caseId();
    return id.isEmpty() ? RecordRef{} : RecordRef{QStringLiteral("case"), id};
}

QWidget *CasesPage::focusTarget()
{
    return m_list->focusTarget();
}

void CasesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("overdueOnly"), m_overdueOnly->isChecked());
    settings.setValue(QStringLiteral("assignee"), m_assignee->currentData());
    settings.beginGroup(QStringLiteral("list"));
    m_list->saveState(settings);
    settings.endGroup();
}

void CasesPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    settings.beginGroup(QStringLiteral("list"));
    m_list->restoreState(settings);
    settings.endGroup();
    {
        const QSignalBlocker b1(m_overdueOnly);
        const QSignalBlocker b2(m_assignee);
        m_overdueOnly->setChecked(settings.value(QStringLiteral("overdueOnly")).toBool());
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(settings.value(QStringLiteral("assignee")))));
    }
    applyFilters();
}

} // namespace rapport
