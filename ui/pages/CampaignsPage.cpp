#include "CampaignsPage.h"

#include "CampaignMembersView.h"

#include "CampaignDetailPanel.h"
#include "core/AppContext.h"
#include "editors/CampaignEditor.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "itemmodels/RecordListModel.h"
#include "lists/RecordListView.h"

#include <QHBoxLayout>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

CampaignsPage::CampaignsPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_new->setText(tr("New campaign…"));
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_new, &QToolButton::clicked, this, &CampaignsPage::newCampaign);
    m_list = new RecordListView(context, ListKind::Campaigns, this);
    m_detail = new CampaignDetailPanel(context, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 6, 0, 0);
    leftLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_new);
    bar->addStretch(1);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_list, 1);

    // The list above the campaign: a store holds tens or hundreds of
    // campaigns, and the members table below needs the window's width.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("campaignsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({240, 560});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list, &RecordListView::currentRecordChanged, this, [this](const RecordRef &r) {
        if (r.isValid() && r.id != m_detail->campaignId())
            m_detail->showCampaign(r.id);
    });
    // Opening a campaign in its own list edits it; the detail already shows it.
    connect(m_list, &RecordListView::openRecordRequested, this, [this](const RecordRef &r) {
        m_detail->showCampaign(r.id);
        m_detail->editCampaign();
    });
    connect(m_list, &RecordListView::statusMessage, this, &Page::statusMessage);
    connect(m_detail, &CampaignDetailPanel::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_detail, &CampaignDetailPanel::statusMessage, this, &Page::statusMessage);
}

QIcon CampaignsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

void CampaignsPage::newCampaign()
{
    auto *editor = new CampaignEditor(context(), QString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RecordEditorDialog::saved, this, [this](const QString &id) { m_detail->showCampaign(id); });
    editor->open();
}

void CampaignsPage::startCampaign(const MemberSource &source, const QString &sourceName)
{
    auto *editor = new CampaignEditor(context(), QString(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->nameField()->setText(sourceName);
    connect(editor, &RecordEditorDialog::saved, this, [this, source, sourceName](const QString &id) {
        m_detail->showCampaign(id);
        m_detail->members()->buildMembers(source, sourceName);
    });
    editor->open();
}

void CampaignsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    selectFirstIfNone();
}

void CampaignsPage::selectFirstIfNone()
{
    // A page that opens on an empty detail panel wastes half the window:
    // the first record is shown until the user picks one.
    if (!m_detail->campaignId().isEmpty() || m_list->model()->rowCount() == 0)
        return;
    m_list->table()->selectRow(0);
    m_detail->showCampaign(m_list->model()->recordId(0));
}

void CampaignsPage::reload()
{
    m_list->reload();
    m_detail->reload();
    selectFirstIfNone();
}

RecordRef CampaignsPage::currentRecord() const
{
    const QString id = m_detail->campaignId();
    return id.isEmpty() ? RecordRef{} : RecordRef{QStringLiteral("campaign"), id};
}

QWidget *CampaignsPage::focusTarget()
{
    return m_list->focusTarget();
}

void CampaignsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.beginGroup(QStringLiteral("list"));
    m_list->saveState(settings);
    settings.endGroup();
}

void CampaignsPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    settings.beginGroup(QStringLiteral("list"));
    m_list->restoreState(settings);
    settings.endGroup();
}

} // namespace rapport
