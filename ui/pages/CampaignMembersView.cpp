#include "CampaignMembersView.h"

#include "CampaignMembersModel.h"
#include "core/AppContext.h"
#include "core/BackgroundJob.h"
#include "domain/Vocabulary.h"
#include "editors/AddMembersDialog.h"
#include "editors/MemberPlanDialog.h"
#include "editors/MemberProgressDialog.h"
#include "store/BulkEdit.h"
#include "store/CampaignMemberRepository.h"
#include "store/Store.h"
#include "store/queries/CampaignResponses.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
QToolButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

CampaignMembersView::CampaignMembersView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("memberStatusFilter"));
    m_status->addItem(tr("All members"), QString());
    for (const QString &s : CampaignMemberRepository::statuses())
        m_status->addItem(vocabularyLabel(s), s);
    m_add = actionButton(tr("Add members…"), QStringLiteral("addMembers"), this);
    m_sent = actionButton(tr("Mark sent…"), QStringLiteral("markSent"), this);
    m_responded = actionButton(tr("Record response…"), QStringLiteral("recordResponse"), this);
    m_converted = actionButton(tr("Record conversion…"), QStringLiteral("recordConversion"), this);
    m_remove = actionButton(tr("Remove"), QStringLiteral("removeMembers"), this);
    m_remove->setToolTip(tr("Remove the selected members from the campaign"));

    m_model = new CampaignMembersModel(context.store(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = {180, 170, 210, 90, 95, 95, 95, 95};
    for (int c = 0; c < widths.size(); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths.at(c));
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("channelRule"));
    m_rule->setWordWrap(true);
    m_rule->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_status);
    bar->addWidget(m_add);
    bar->addStretch(1);
    bar->addWidget(m_sent);
    bar->addWidget(m_responded);
    bar->addWidget(m_converted);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rule);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCampaign(m_campaignId, m_status->currentData().toString()); });
    connect(m_add, &QToolButton::clicked, this, &CampaignMembersView::addMembers);
    connect(m_sent, &QToolButton::clicked, this, [this] { recordProgress(QStringLiteral("sent")); });
    connect(m_responded, &QToolButton::clicked, this, [this] { recordProgress(QStringLiteral("responded")); });
    connect(m_converted, &QToolButton::clicked, this, [this] { recordProgress(QStringLiteral("converted")); });
    connect(m_remove, &QToolButton::clicked, this, &CampaignMembersView::removeSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRecordRequested({QStringLiteral("contact"), index.data(CampaignMembersModel::ContactIdRole).toString()});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignMembersView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignMembersView::updateActions);
    connect(m_model, &CampaignMembersModel::loadFailed, this,
            [this](const QString &m) { emit statusMessage(tr("Cannot read the members: %1").arg(m)); });
    updateActions();
}

void CampaignMembersView::setCampaign(const QString &campaignId, const QString &name, const QString &channel)
{
    m_campaignName = name;
    m_channel = channel;
    m_rule->setText(channelRuleText(channel));
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    m_model->setCampaign(campaignId, m_status->currentData().toString());
}

void CampaignMembersView::reload()
{
    m_model->reload();
}

QStringList CampaignMembersView::selectedMemberIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(CampaignMembersModel::MemberIdRole).toString();
    return ids;
}

void CampaignMembersView::updateActions()
{
    const bool campaign = !m_campaignId.isEmpty();
    const bool selected = campaign && m_table->selectionModel()->hasSelection();
    m_add->setEnabled(campaign);
    for (QToolButton *b : {m_sent, m_responded, m_converted, m_remove})
        b->setEnabled(selected);
}

void CampaignMembersView::addMembers()
{
    if (m_campaignId.isEmpty())
        return;
    auto *dialog = new AddMembersDialog(m_context.store(), m_channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { buildMembers(dialog->source(), dialog->sourceName()); });
    dialog->open();
}

void CampaignMembersView::buildMembers(const MemberSource &source, const QString &sourceName)
{
    if (m_campaignId.isEmpty())
        return;
    // Reading every contact of a broad source takes seconds on a large
    // store: a worker thread, with progress and Cancel. It writes nothing.
    auto plan = std::make_shared<MemberPlan>();
    const QString campaignId = m_campaignId;
    BackgroundJob::start(
        m_context, this, tr("Looking at the contacts of %1…").arg(sourceName),
        [campaignId, source, plan](Store &store, JobControl &control) -> Result<qint64> {
            Result<MemberPlan> result = CampaignMemberBuilder(store).plan(campaignId, source, [&control](qint64 done, qint64 total) {
                control.progress(done, total);
                return !control.isCancelled();
            });
            if (!result)
                return result.error();
            *plan = *result;
            return qint64(0);
        },
        [this, plan, sourceName](bool ok, const QString &error) {
            if (!ok) {
                emit statusMessage(error);
                // A cancel needs no dialog; a failure does.
                if (error != BackgroundJob::tr("Cancelled; nothing was changed."))
                    QMessageBox::warning(this, tr("Add Members"), error);
                return;
            }
            showPlan(*plan, sourceName);
        });
}

void CampaignMembersView::showPlan(const MemberPlan &plan, const QString &sourceName)
{
    m_planDialog = new MemberPlanDialog(plan, m_campaignName, m_channel, sourceName, this);
    m_planDialog->setAttribute(Qt::WA_DeleteOnClose);
    MemberPlanDialog *dialog = m_planDialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (m_planDialog == dialog)
            m_planDialog = nullptr;
        if (result == QDialog::Accepted)
            addPlanned(dialog->plan().toAdd);
    });
    dialog->open();
}

void CampaignMembersView::addPlanned(const QStringList &contactIds)
{
    if (contactIds.isEmpty() || m_campaignId.isEmpty())
        return;
    const QString campaignId = m_campaignId;
    const qint64 targetedAt = m_context.store().now();
    const QString label = tr("Add %n member(s) to %1", nullptr, int(contactIds.size())).arg(m_campaignName);
    auto added = std::make_shared<MembersAdded>();
    BackgroundJob::start(
        m_context, this, label,
        [campaignId, contactIds, targetedAt, label, added](Store &store, JobControl &control) -> Result<qint64> {
            // One change set: one undo removes every member added here.
            Result<MembersAdded> r = CampaignMemberBuilder(store).add(campaignId, contactIds, targetedAt, label, [&control](qint64 done, qint64 total) {
                control.progress(done, total);
                return !control.isCancelled();
            });
            if (!r)
                return r.error();
            *added = *r;
            return r->changeId;
        },
        [this, added](bool ok, const QString &error) {
            QString message;
            if (!ok)
                message = tr("No members were added: %1").arg(error);
            else if (added->skipped > 0)
                message = tr("%Ln member(s) added; %1 had joined or been deleted meanwhile.", nullptr, added->added).arg(added->skipped);
            else
                message = tr("%Ln member(s) added. Undo removes them all.", nullptr, added->added);
            emit statusMessage(message);
            emit membersAdded(ok ? added->added : 0, message);
        });
}

void CampaignMembersView::recordProgress(const QString &status)
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new MemberProgressDialog(status, int(ids.size()), m_context.store().now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, status] {
        const qint64 at = dialog->at();
        QString label;
        if (status == QLatin1String("sent"))
            label = tr("Mark %n member(s) sent", nullptr, int(ids.size()));
        else if (status == QLatin1String("converted"))
            label = tr("Record %n conversion(s)", nullptr, int(ids.size()));
        else
            label = tr("Record %n response(s)", nullptr, int(ids.size()));
        BackgroundJob::start(
            m_context, this, label,
            [ids, status, at, label](Store &store, JobControl &control) {
                return recordCampaignProgress(store, ids, status, at, label, [&control](qint64 done, qint64 total) {
                    control.progress(done, total);
                    return !control.isCancelled();
                });
            },
            [this, label](bool ok, const QString &error) {
                if (!ok)
                    QMessageBox::warning(this, label, tr("Nothing was changed: %1").arg(error));
            });
    });
    dialog->open();
}

void CampaignMembersView::removeSelected()
{
    const QStringList ids = selectedMemberIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Members"),
                              tr("Remove %n member(s) from the campaign? You can undo this with Ctrl+Z.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    const QString label = tr("Remove %n campaign member(s)", nullptr, int(ids.size()));
    BackgroundJob::start(m_context, this, label, [ids, label](Store &store, JobControl &control) {
        return deleteRecords(store, QStringLiteral("campaign_member"), ids, label, [&control](qint64 done, qint64 total) {
            control.progress(done, total);
            return !control.isCancelled();
        });
    });
}

} // namespace rapport
