#include "OpenActivitiesView.h"

#include "AttentionColour.h"
#include "RescheduleChoices.h"
#include "core/AppContext.h"
#include "core/BackgroundReader.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "editors/OutcomeDialog.h"
#include "store/ActivityRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {

constexpr int IdRole = Qt::UserRole;

QDateTime local(qint64 ms)
{
    return fromUtcMillis(ms).toLocalTime();
}

// "09:30" today, "Yesterday 14:00", "Mon 16 Nov 14:00" within the week,
// else the date: the closer, the shorter.
QString whenLabel(qint64 when, qint64 now)
{
    const QDateTime t = local(when);
    const QDate today = local(now).date();
    // Minutes are enough (some locales' short format has seconds).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    const QString time = QLocale().toString(t.time(), format);
    const qint64 daysAgo = t.date().daysTo(today);
    if (daysAgo == 0)
        return time;
    if (daysAgo == 1)
        return OpenActivitiesView::tr("Yesterday %1").arg(time);
    if (daysAgo > 1 && daysAgo < 7)
        return QLocale().toString(t.date(), QStringLiteral("ddd ")) + time;
    return QLocale().toString(t.date(), QLocale::ShortFormat);
}

QString overdueText(qint64 when, qint64 now)
{
    const qint64 days = local(when).date().daysTo(local(now).date());
    if (days <= 0)
        return OpenActivitiesView::tr("Due earlier today");
    return OpenActivitiesView::tr("%n day(s) overdue", nullptr, int(qMin<qint64>(days, 100000)));
}

} // namespace

OpenActivitiesView::OpenActivitiesView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_reader = new BackgroundReader(context.store(), this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("openActivitiesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("openActivitiesState"));
    m_state->setEnabled(false);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("openActivities"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({QString(), tr("When"), tr("Kind"), tr("Subject"), tr("Account"), tr("Contact"), tr("Owner"), QString()});
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0); // sections group the rows; no tree to show
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DoneColumn, QHeaderView::Fixed);
    header->resizeSection(DoneColumn, 30);
    header->resizeSection(WhenColumn, 130);
    header->resizeSection(KindColumn, 80);
    header->resizeSection(SubjectColumn, 300);
    header->resizeSection(AccountColumn, 200);
    header->resizeSection(ContactColumn, 150);
    header->resizeSection(OwnerColumn, 120);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    fitActionColumn();

    connect(m_tree, &QTreeWidget::itemChanged, this, &OpenActivitiesView::onItemChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            emit openRecordRequested({QStringLiteral("activity"), id});
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &OpenActivitiesView::showContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OpenActivitiesView::currentRecordChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    updateHeader();
}

OpenActivitiesView::~OpenActivitiesView()
{
    // Joins the worker before the members its results would touch are gone.
    ++*m_generation;
    delete m_reader;
}

void OpenActivitiesView::setOwner(const std::optional<QString> &ownerId)
{
    m_owner = ownerId;
    m_tree->setColumnHidden(OwnerColumn, m_owner.has_value());
    reload();
}

bool OpenActivitiesView::isLoading() const
{
    return m_loading;
}

void OpenActivitiesView::reload()
{
    // "Today" is the user's local day, on the store's clock (tests set it).
    m_now = m_context.store().now();
    const QDate today = local(m_now).date();
    m_startOfDay = toUtcMillis(QDateTime(today, QTime(0, 0)));
    m_endOfDay = toUtcMillis(QDateTime(today.addDays(1), QTime(0, 0)));
    m_error.clear();
    const TodaySpec spec{m_owner, m_endOfDay, Limit};
    const quint64 generation = ++*m_generation;
    m_loading = true;
    m_reader->submit([this, spec, generation, current = m_generation](Store &store) -> BackgroundReader::Done {
        if (*current != generation)
            return {}; // a newer reload is queued behind this one
        const Result<OpenActivities> result = TodayQuery(store).run(spec);
        return [this, generation, result] {
            if (*m_generation == generation)
                showResult(result);
        };
    });
    updateHeader();
}

void OpenActivitiesView::showResult(const Result<OpenActivities> &result)
{
    m_loading = false;
    if (!result.ok()) {
        m_error = result.error().message;
        updateHeader();
        emit loaded();
        return;
    }
    m_activities = result->activities;
    m_truncated = result->truncated;
    m_everLoaded = true;
    render();
    emit loaded();
}

void OpenActivitiesView::render()
{
    const QString current = currentRecord().id;
    m_rendering = true;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    QList<OpenActivity> overdue;
    QList<OpenActivity> today;
    for (const OpenActivity &a : m_activities)
        (a.when() < m_startOfDay ? overdue : today) << a;
    // The query reads newest first; the day reads in its own order.
    std::reverse(today.begin(), today.end());

    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, title);
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        QFont f = m_tree->font();
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    if (!m_everLoaded) {
        section(tr("Loading…"))->setFont(0, m_tree->font());
    } else if (m_activities.isEmpty()) {
        QTreeWidgetItem *none = section(tr("Nothing due today, nothing overdue."));
        none->setFont(0, m_tree->font());
        none->setDisabled(true);
    }
    if (!overdue.isEmpty()) {
        QTreeWidgetItem *s = section(m_truncated ? tr("Overdue (%1 most recent shown)").arg(overdue.size()) : tr("Overdue (%1)").arg(overdue.size()));
        s->setForeground(0, attentionColour(palette()));
        for (const OpenActivity &a : overdue)
            addRow(s, a);
    }
    if (!today.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Today (%1)").arg(today.size()));
        for (const OpenActivity &a : today)
            addRow(s, a);
    }
    m_tree->expandAll();
    m_tree->setUpdatesEnabled(true);
    m_rendering = false;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!current.isEmpty() && (*it)->data(0, IdRole).toString() == current)
            m_tree->setCurrentItem(*it);
    updateHeader();
}

void OpenActivitiesView::addRow(QTreeWidgetItem *section, const OpenActivity &a)
{
    // Rows are children of their section only for grouping: shown flat.
    auto *item = new QTreeWidgetItem(section);
    item->setData(0, IdRole, a.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(DoneColumn, Qt::Unchecked);
    item->setToolTip(DoneColumn, tr("Mark as done…"));
    item->setText(WhenColumn, whenLabel(a.when(), m_now));
    const bool overdue = a.when() < m_now;
    if (overdue) {
        item->setForeground(WhenColumn, attentionColour(palette()));
        item->setToolTip(WhenColumn, overdueText(a.when(), m_now));
    }
    item->setText(KindColumn, vocabularyLabel(a.kind));
    item->setText(SubjectColumn, a.subject.isEmpty() ? vocabularyLabel(a.kind) : a.subject);
    QStringList about;
    if (!a.location.isEmpty())
        about << tr("Where: %1").arg(a.location);
    if (!a.opportunityName.isEmpty())
        about << tr("Opportunity: %1").arg(a.opportunityName);
    if (!a.caseSubject.isEmpty())
        about << tr("Case: %1").arg(a.caseSubject);
    item->setToolTip(SubjectColumn, about.join(QLatin1Char('\n')));
    item->setText(AccountColumn, a.accountName);
    QString contact = a.contactName;
    if (a.contactIds.size() > 1)
        contact = tr("%1 +%2").arg(contact).arg(a.contactIds.size() - 1);
    item->setText(ContactColumn, contact);
    item->setText(OwnerColumn, a.ownerName);

    auto *reschedule = new QToolButton(m_tree);
    reschedule->setObjectName(QStringLiteral("reschedule"));
    reschedule->setText(tr("Reschedule…"));
    reschedule->setAutoRaise(true);
    reschedule->setToolTip(tr("Move to tomorrow, next week or another time"));
    const QString id = a.id;
    connect(reschedule, &QToolButton::clicked, this,
            [this, id, reschedule] { showRescheduleMenu(id, reschedule->mapToGlobal(QPoint(0, reschedule->height()))); });
    m_tree->setItemWidget(item, ActionColumn, reschedule);
}

void OpenActivitiesView::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_rendering || column != DoneColumn || item->checkState(DoneColumn) != Qt::Checked)
        return;
    const QString id = item->data(0, IdRole).toString();
    // Later, not inside the view's own click handling: completing re-renders
    // the list and deletes this item.
    QMetaObject::invokeMethod(this, [this, id] { completeActivity(id); }, Qt::QueuedConnection);
}

bool OpenActivitiesView::completeActivity(const QString &id)
{
    const std::optional<OpenActivity> a = activity(id);
    if (!a)
        return false;
    OutcomeDialog dialog(a->kind, a->subject, this);
    if (dialog.exec() != QDialog::Accepted) {
        render(); // clears the box that was ticked
        return false;
    }
    return completeActivityWith(id, dialog.outcome());
}

bool OpenActivitiesView::completeActivityWith(const QString &id, const QString &outcome)
{
    const std::optional<OpenActivity> a = activity(id);
    const Result<bool> done = ActivityRepository(m_context.store()).complete(id, outcome, m_context.store().now());
    if (!done.ok()) {
        QMessageBox::warning(this, tr("Not completed"), done.error().message);
        render();
        return false;
    }
    // Gone from the list at once; the reload that follows the store's change
    // confirms it.
    m_activities.removeIf([&](const OpenActivity &x) { return x.id == id; });
    render();
    if (a)
        emit statusMessage(tr("Done: %1").arg(a->subject.isEmpty() ? vocabularyLabel(a->kind) : a->subject));
    return true;
}

bool OpenActivitiesView::rescheduleActivity(const QString &id, qint64 when)
{
    const std::optional<OpenActivity> a = activity(id);
    if (!a)
        return false;
    ActivityRepository activities(m_context.store());
    const Result<bool> moved = a->dueAt ? activities.reschedule(id, std::nullopt, when) : activities.reschedule(id, when, std::nullopt);
    if (!moved.ok()) {
        QMessageBox::warning(this, tr("Not rescheduled"), moved.error().message);
        return false;
    }
    for (qsizetype i = 0; i < m_activities.size(); ++i) {
        if (m_activities[i].id != id)
            continue;
        if (when >= m_endOfDay)
            m_activities.removeAt(i);
        else
            (m_activities[i].dueAt ? *m_activities[i].dueAt : m_activities[i].startAt) = when;
        break;
    }
    std::stable_sort(m_activities.begin(), m_activities.end(), [](const OpenActivity &x, const OpenActivity &y) { return x.when() > y.when(); });
    render();
    emit statusMessage(tr("Moved to %1: %2")
                           .arg(QLocale().toString(local(when), QLocale::ShortFormat), a->subject.isEmpty() ? vocabularyLabel(a->kind) : a->subject));
    return true;
}

void OpenActivitiesView::showRescheduleMenu(const QString &id, const QPoint &globalPosition)
{
    const std::optional<OpenActivity> a = activity(id);
    if (!a)
        return;
    const qint64 now = m_context.store().now();
    const qint64 tomorrow = tomorrowAt(a->when(), now);
    const qint64 nextWeek = nextWeekAt(a->when(), now);
    QMenu menu(this);
    menu.addAction(tr("Tomorrow (%1)").arg(shortDayLabel(tomorrow)), this, [this, id, tomorrow] { rescheduleActivity(id, tomorrow); });
    menu.addAction(tr("Next week (%1)").arg(shortDayLabel(nextWeek)), this, [this, id, nextWeek] { rescheduleActivity(id, nextWeek); });
    menu.addAction(tr("Choose date and time…"), this, [this, id, tomorrow] {
        if (const std::optional<qint64> when = askDateTime(this, tr("Reschedule"), tomorrow))
            rescheduleActivity(id, *when);
    });
    menu.exec(globalPosition);
}

void OpenActivitiesView::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_tree->itemAt(position);
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Mark as done…"), this, [this, id] { completeActivity(id); });
    menu.addAction(tr("Reschedule…"), this,
                   [this, id, position] { showRescheduleMenu(id, m_tree->viewport()->mapToGlobal(position)); });
    menu.addSeparator();
    menu.addAction(tr("Open"), this, [this, id] { emit openRecordRequested({QStringLiteral("activity"), id}); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void OpenActivitiesView::updateHeader()
{
    m_title->setText(tr("Activities and tasks"));
    QString state;
    if (!m_error.isEmpty())
        state = tr("Cannot read the activities: %1").arg(m_error);
    else if (m_loading)
        state = tr("Loading…");
    else if (m_everLoaded) {
        int overdue = 0;
        for (const OpenActivity &a : m_activities)
            overdue += a.when() < m_now ? 1 : 0;
        state = overdue ? tr("%n overdue", nullptr, overdue) : tr("All on time");
    }
    m_state->setText(state);
}

QStringList OpenActivitiesView::shownIds() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (const QString id = (*it)->data(0, IdRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

std::optional<OpenActivity> OpenActivitiesView::activity(const QString &id) const
{
    for (const OpenActivity &a : m_activities)
        if (a.id == id)
            return a;
    return std::nullopt;
}

RecordRef OpenActivitiesView::currentRecord() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    return id.isEmpty() ? RecordRef{} : RecordRef{QStringLiteral("activity"), id};
}

void OpenActivitiesView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("activitiesHeader"), m_tree->header()->saveState());
}

void OpenActivitiesView::restoreState(QSettings &settings)
{
    m_tree->header()->restoreState(settings.value(QStringLiteral("activitiesHeader")).toByteArray());
    m_tree->setColumnHidden(OwnerColumn, m_owner.has_value());
    fitActionColumn(); // in this language and style, whatever was saved
}

void OpenActivitiesView::fitActionColumn()
{
    // Item widgets do not size their column: make room for the button.
    QToolButton sample;
    sample.setText(tr("Reschedule…"));
    sample.setAutoRaise(true);
    m_tree->header()->setSectionResizeMode(ActionColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(ActionColumn, sample.sizeHint().width() + 8);
}

} // namespace rapport
