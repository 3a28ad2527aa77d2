#include "CaseDetailPanel.h"

#include "AttentionColour.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "editors/CaseEditor.h"
#include "editors/Editors.h"
#include "editors/ResolveCaseDialog.h"
#include "editors/ServiceLevelSettings.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"
#include "store/RecordWriter.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "store/queries/CaseActivitiesQuery.h"
#include "store/queries/CaseResolution.h"
#include "store/queries/Directory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// "3 days", "5 hours", "20 minutes": how late or how soon, roughly.
QString roughDuration(qint64 ms)
{
    if (ms >= 2 * DayMs)
        return CaseDetailPanel::tr("%n day(s)", nullptr, int(ms / DayMs));
    if (ms >= HourMs)
        return CaseDetailPanel::tr("%n hour(s)", nullptr, int(ms / HourMs));
    return CaseDetailPanel::tr("%n minute(s)", nullptr, int(qMax<qint64>(1, ms / MinuteMs)));
}

QString localTime(std::optional<qint64> ms)
{
    return ms ? QLocale().toString(fromUtcMillis(*ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

QString link(const QString &entity, const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(entity, id, text.toHtmlEscaped());
}

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return l;
}

QToolButton *menuButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

CaseDetailPanel::CaseDetailPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("caseBadges"));
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("caseOverdue"));
    QFont bold = m_overdue->font();
    bold.setBold(true);
    m_overdue->setFont(bold);

    m_account = valueLabel(this);
    m_contact = valueLabel(this);
    m_assignee = valueLabel(this);
    m_opened = valueLabel(this);
    m_due = valueLabel(this);
    m_resolved = valueLabel(this);
    m_resolution = valueLabel(this);
    m_resolution->setObjectName(QStringLiteral("caseResolution"));
    m_followUp = valueLabel(this);
    m_followUp->setObjectName(QStringLiteral("caseFollowUp"));
    m_description = valueLabel(this);
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->addItem(tr("Not rated"), 0);
    const QStringList ratings = {tr("1 – very unhappy"), tr("2 – unhappy"), tr("3 – neutral"), tr("4 – happy"), tr("5 – very happy")};
    for (int i = 0; i < ratings.size(); ++i)
        m_satisfaction->addItem(ratings.at(i), i + 1);
    m_satisfaction->setToolTip(tr("How satisfied the customer was with the service"));
    m_satisfaction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *l : {m_account, m_contact, m_followUp})
        connect(l, &QLabel::linkActivated, this, [this](const QString &href) {
            const qsizetype colon = href.indexOf(QLatin1Char(':'));
            if (colon > 0)
                emit openRecordRequested({href.left(colon), href.mid(colon + 1)});
        });
    connect(m_satisfaction, &QComboBox::activated, this, [this] { setSatisfaction(m_satisfaction->currentData().toInt()); });

    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("editCase"));
    m_edit->setText(tr("Edit…"));
    connect(m_edit, &QToolButton::clicked, this, &CaseDetailPanel::editCase);
    m_assign = menuButton(tr("Assign to"), QStringLiteral("assignCase"), this);
    m_status = menuButton(tr("Status"), QStringLiteral("caseStatus"), this);
    m_priority = menuButton(tr("Priority"), QStringLiteral("casePriority"), this);
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("resolveCase"));
    connect(m_resolve, &QPushButton::clicked, this, &CaseDetailPanel::resolve);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeCase"));
    m_close->setText(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &CaseDetailPanel::closeCase);
    m_scheduleFollowUp = new QToolButton(this);
    m_scheduleFollowUp->setObjectName(QStringLiteral("scheduleFollowUp"));
    m_scheduleFollowUp->setText(tr("Follow-up call"));
    m_scheduleFollowUp->setToolTip(tr("Schedule a call to check that the customer is happy with the resolution"));
    connect(m_scheduleFollowUp, &QToolButton::clicked, this, [this] { scheduleFollowUpCall(); });
    m_logCall = new QToolButton(this);
    m_logCall->setObjectName(QStringLiteral("logCaseCall"));
    m_logCall->setText(tr("Log call…"));
    connect(m_logCall, &QToolButton::clicked, this, [this] {
        if (!m_case.id.isEmpty())
            logActivity(m_context, QStringLiteral("call"), {QStringLiteral("case"), m_case.id}, this);
    });
    m_activities = new QTreeWidget(this);
    m_activities->setObjectName(QStringLiteral("caseActivities"));
    m_activities->setRootIsDecorated(false);
    m_activities->setHeaderLabels({tr("When"), tr("Activity"), tr("Done")});
    m_activities->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_activities->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_activities->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_activities->header()->setStretchLastSection(false);
    connect(m_activities, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRecordRequested({QStringLiteral("activity"), item->data(0, Qt::UserRole).toString()});
    });
    buildMenus();

    // Two rows: the panel shares the page with the list and stays narrow.
    auto *actions = new QHBoxLayout;
    actions->setSpacing(4);
    for (QWidget *w : std::initializer_list<QWidget *>{m_resolve, m_assign, m_status, m_priority})
        actions->addWidget(w);
    actions->addStretch(1);
    auto *moreActions = new QHBoxLayout;
    moreActions->setSpacing(4);
    moreActions->addWidget(m_close);
    moreActions->addWidget(m_scheduleFollowUp);
    moreActions->addWidget(m_logCall);
    moreActions->addStretch(1);
    moreActions->addWidget(m_edit);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Assigned to"), m_assignee);
    form->addRow(tr("Opened"), m_opened);
    form->addRow(tr("Due by"), m_due);
    form->addRow(tr("Resolved"), m_resolved);
    form->addRow(tr("Resolution"), m_resolution);
    form->addRow(tr("Follow-up"), m_followUp);
    form->addRow(tr("Satisfaction"), m_satisfaction);
    form->addRow(tr("Description"), m_description);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_badges);
    body->addWidget(m_overdue);
    body->addLayout(actions);
    body->addLayout(moreActions);
    body->addSpacing(6);
    body->addLayout(form);
    body->addSpacing(6);
    auto *activitiesTitle = new QLabel(tr("Activities"), this);
    QFont titleFont = activitiesTitle->font();
    titleFont.setBold(true);
    activitiesTitle->setFont(titleFont);
    body->addWidget(activitiesTitle);
    body->addWidget(m_activities, 1);
    m_empty = new QLabel(tr("Choose a case in the list, or open a new one."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);
    setMinimumWidth(380);
    showCase({});
}

void CaseDetailPanel::buildMenus()
{
    auto *assign = new QMenu(m_assign);
    connect(assign, &QMenu::aboutToShow, this, [this, assign] {
        // Users change rarely, but they do: the menu is built when opened.
        assign->clear();
        assign->addAction(tr("Unassigned"), this, [this] { assignTo({}); });
        assign->addSeparator();
        if (const auto users = Directory(m_context.store()).users())
            for (const User &u : *users) {
                QAction *a = assign->addAction(u.displayName.isEmpty() ? u.name : u.displayName, this, [this, id = u.id] { assignTo(id); });
                a->setCheckable(true);
                a->setChecked(u.id == m_case.assigneeId);
            }
    });
    m_assign->setMenu(assign);

    auto *status = new QMenu(m_status);
    for (const QString &s : CaseRepository::statuses())
        status->addAction(vocabularyLabel(s), this, [this, s] { setStatus(s); })->setData(s);
    m_status->setMenu(status);

    auto *priority = new QMenu(m_priority);
    for (const QString &p : ServiceLevels::priorities())
        priority->addAction(vocabularyLabel(p), this, [this, p] { setPriority(p); })->setData(p);
    m_priority->setMenu(priority);
}

void CaseDetailPanel::showCase(const QString &id)
{
    const std::optional<Case> kase = id.isEmpty() ? std::nullopt : CaseRepository(m_context.store()).get(id);
    m_case = kase.value_or(Case{});
    m_body->setVisible(kase.has_value());
    m_empty->setVisible(!kase.has_value());
    showFields();
}

void CaseDetailPanel::reload()
{
    showCase(m_case.id);
}

qint64 CaseDetailPanel::openedAt() const
{
    const std::optional<StoredRecord> r = RecordWriter(m_context.store()).read(CaseRepository::entity(), m_case.id);
    return r ? r->createdAt : m_context.store().now();
}

void CaseDetailPanel::showFields()
{
    const Case &c = m_case;
    Store &store = m_context.store();
    if (c.id.isEmpty())
        return;
    m_title->setText(c.subject);
    QStringList badges;
    if (!c.priority.isEmpty())
        badges << tr("%1 priority").arg(vocabularyLabel(c.priority));
    if (!c.status.isEmpty())
        badges << vocabularyLabel(c.status);
    m_badges->setText(badges.join(QStringLiteral(" · ")));

    const qint64 now = store.now();
    const bool open = !CaseRepository::isResolvedStatus(c.status);
    const bool overdue = open && c.dueAt && *c.dueAt < now;
    m_overdue->setVisible(overdue);
    if (overdue) {
        m_overdue->setText(tr("Overdue by %1").arg(roughDuration(now - *c.dueAt)));
        m_overdue->setStyleSheet(QStringLiteral("color: %1;").arg(attentionColour(palette()).name()));
    }

    const auto account = c.accountId.isEmpty() ? std::nullopt : AccountRepository(store).get(c.accountId);
    m_account->setText(account ? link(QStringLiteral("account"), c.accountId, account->name) : QString());
    const auto contact = c.contactId.isEmpty() ? std::nullopt : ContactRepository(store).get(c.contactId);
    m_contact->setText(contact ? link(QStringLiteral("contact"), c.contactId, contact->displayName()) : QString());
    const auto assignee = c.assigneeId.isEmpty() ? std::nullopt : UserRepository(store).get(c.assigneeId);
    m_assignee->setText(assignee ? (assignee->displayName.isEmpty() ? assignee->name : assignee->displayName) : tr("Unassigned"));
    m_opened->setText(localTime(openedAt()));
    QString due = localTime(c.dueAt);
    if (open && c.dueAt && *c.dueAt >= now)
        due += QStringLiteral(" (") + tr("in %1").arg(roughDuration(*c.dueAt - now)) + QLatin1Char(')');
    m_due->setText(due);
    m_due->setStyleSheet(overdue ? QStringLiteral("color: %1; font-weight: bold;").arg(attentionColour(palette()).name()) : QString());
    m_resolved->setText(localTime(c.resolvedAt));
    m_resolution->setText(c.resolution.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    QString followUp;
    if (!c.followupActivityId.isEmpty()) {
        if (const auto call = ActivityRepository(store).get(c.followupActivityId)) {
            const QString when = localTime(call->dueAt ? call->dueAt : call->startAt);
            followUp = link(QStringLiteral("activity"), call->id,
                            call->isDone() ? tr("Call done %1").arg(localTime(call->doneAt)) : tr("Call due %1").arg(when));
        }
    }
    m_followUp->setText(followUp.isEmpty() ? tr("None") : followUp);
    {
        const QSignalBlocker block(m_satisfaction);
        m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(c.satisfaction.value_or(0))));
    }
    m_description->setText(c.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    m_resolve->setEnabled(open);
    m_close->setEnabled(c.status != QLatin1String("closed"));
    m_scheduleFollowUp->setVisible(!open && c.followupActivityId.isEmpty());
    showActivities();
    for (QAction *a : m_status->menu()->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == c.status);
    }
    for (QAction *a : m_priority->menu()->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == c.priority);
    }
}

void CaseDetailPanel::showActivities()
{
    m_activities->clear();
    const Result<QList<CaseActivity>> list = CaseActivitiesQuery(m_context.store()).activities(m_case.id, ActivityLimit);
    if (!list) {
        emit statusMessage(tr("Cannot read the case's activities: %1").arg(list.error().message));
        return;
    }
    for (const CaseActivity &a : *list) {
        const QString what = a.subject.isEmpty() ? vocabularyLabel(a.kind) : tr("%1: %2").arg(vocabularyLabel(a.kind), a.subject);
        auto *item = new QTreeWidgetItem(m_activities, {localTime(a.dueAt && !a.doneAt ? a.dueAt : a.startAt), what,
                                                        a.doneAt ? (a.outcome.isEmpty() ? tr("Done") : a.outcome) : tr("Open")});
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(1, what);
    }
}

bool CaseDetailPanel::apply(const QString &label, const std::function<bool(Case &)> &edit)
{
    if (m_case.id.isEmpty())
        return false;
    Store &store = m_context.store();
    ChangeSet cs(store, label);
    CaseRepository cases(store);
    std::optional<Case> kase = cases.get(m_case.id);
    if (!cs.isActive() || !kase) {
        emit statusMessage(tr("The case cannot be changed now."));
        return false;
    }
    if (!edit(*kase))
        return false;
    const Result<bool> changed = cases.update(*kase);
    if (!changed) {
        QMessageBox::warning(this, label, changed.error().message);
        return false;
    }
    if (Status s = cs.commit(); !s) {
        QMessageBox::warning(this, label, s.error().message);
        return false;
    }
    showCase(m_case.id);
    return true;
}

bool CaseDetailPanel::assignTo(const QString &userId)
{
    return apply(tr("Assign case %1").arg(m_case.subject), [&](Case &c) {
        c.assigneeId = userId;
        if (!userId.isEmpty() && (c.status.isEmpty() || c.status == QLatin1String("new")))
            c.status = QStringLiteral("assigned");
        return true;
    });
}

bool CaseDetailPanel::setStatus(const QString &status)
{
    if (status == m_case.status)
        return false;
    if (status == QLatin1String("resolved")) {
        resolve();
        return false; // the dialog decides
    }
    if (status == QLatin1String("closed")) {
        closeCase();
        return false;
    }
    return apply(tr("Set case %1 to %2").arg(m_case.subject, vocabularyLabel(status)), [&](Case &c) {
        c.status = status;
        c.resolvedAt.reset(); // reopened: no longer resolved
        return true;
    });
}

bool CaseDetailPanel::setPriority(const QString &priority)
{
    if (priority == m_case.priority)
        return false;
    const ServiceLevels levels = loadServiceLevels();
    const qint64 opened = openedAt();
    return apply(tr("Set case %1 to %2 priority").arg(m_case.subject, vocabularyLabel(priority)), [&](Case &c) {
        c.priority = priority;
        c.dueAt = levels.dueAt(priority, opened);
        return true;
    });
}

bool CaseDetailPanel::setSatisfaction(int rating)
{
    if (rating == m_case.satisfaction.value_or(0))
        return false;
    return apply(tr("Rate case %1").arg(m_case.subject), [&](Case &c) {
        c.satisfaction = rating > 0 ? std::optional<int>(rating) : std::nullopt;
        return true;
    });
}

void CaseDetailPanel::resolve()
{
    askResolution(false);
}

void CaseDetailPanel::closeCase()
{
    if (m_case.id.isEmpty() || m_case.status == QLatin1String("closed"))
        return;
    if (!m_case.resolution.trimmed().isEmpty()) {
        // Resolved already: closing files it away, nothing to ask.
        const Result<bool> closed = rapport::closeCase(m_context.store(), m_case.id, QString(), tr("Close case %1").arg(m_case.subject));
        if (!closed)
            QMessageBox::warning(this, tr("Close Case"), closed.error().message);
        showCase(m_case.id);
        return;
    }
    askResolution(true);
}

void CaseDetailPanel::askResolution(bool close)
{
    if (m_case.id.isEmpty())
        return;
    m_resolveDialog = new ResolveCaseDialog(close ? ResolveCaseDialog::Mode::Close : ResolveCaseDialog::Mode::Resolve, m_case.subject,
                                            m_case.resolution, this);
    m_resolveDialog->setAttribute(Qt::WA_DeleteOnClose);
    ResolveCaseDialog *dialog = m_resolveDialog;
    const QString id = m_case.id;
    const QString subject = m_case.subject;
    connect(dialog, &QDialog::finished, this, [this, dialog, id, subject, close](int result) {
        if (m_resolveDialog == dialog)
            m_resolveDialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        Store &store = m_context.store();
        if (close) {
            const Result<bool> closed = rapport::closeCase(store, id, dialog->resolution(), tr("Close case %1").arg(subject));
            if (!closed)
                QMessageBox::warning(this, tr("Close Case"), closed.error().message);
        } else {
            std::optional<FollowUpCall> followUp;
            if (const std::optional<int> days = dialog->followUpDays())
                followUp = FollowUpCall{*days, {}};
            // The resolution and the follow-up call are one step: one undo takes back both.
            const Result<CaseResolved> resolved = resolveCase(store, id, dialog->resolution(), followUp, tr("Resolve case %1").arg(subject));
            if (!resolved)
                QMessageBox::warning(this, tr("Resolve Case"), resolved.error().message);
            else if (!resolved->followUpActivityId.isEmpty())
                emit statusMessage(tr("Case resolved; a follow-up call is due in %n day(s).", nullptr, followUp->inDays));
            else
                emit statusMessage(tr("Case resolved."));
        }
        if (m_case.id == id)
            showCase(id);
    });
    dialog->open();
}

bool CaseDetailPanel::scheduleFollowUpCall(int inDays)
{
    if (m_case.id.isEmpty())
        return false;
    const Result<CaseResolved> r =
        scheduleFollowUp(m_context.store(), m_case.id, FollowUpCall{inDays, {}}, tr("Schedule follow-up call for %1").arg(m_case.subject));
    if (!r) {
        QMessageBox::warning(this, tr("Follow-up call"), r.error().message);
        return false;
    }
    emit statusMessage(tr("A follow-up call is due in %n day(s).", nullptr, inDays));
    showCase(m_case.id);
    return true;
}

void CaseDetailPanel::editCase()
{
    if (m_case.id.isEmpty())
        return;
    auto *editor = new CaseEditor(m_context, m_case.id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

} // namespace rapport
