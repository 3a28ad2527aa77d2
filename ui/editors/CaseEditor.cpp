#include "CaseEditor.h"

#include "RequiredTextEdit.h"
#include "ServiceLevelSettings.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "fields/RecordPicker.h"
#include "fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/CaseRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"
#include "store/RecordWriter.h"
#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {

QString accountName(Store &store, const QString &id)
{
    const auto a = id.isEmpty() ? std::nullopt : AccountRepository(store).get(id);
    return a ? a->name : id;
}

QString contactName(Store &store, const QString &id)
{
    const auto c = id.isEmpty() ? std::nullopt : ContactRepository(store).get(id);
    return c ? c->displayName() : id;
}

} // namespace

CaseEditor::CaseEditor(AppContext &context, const QString &id, QWidget *parent)
    : RecordEditorDialog(context, id, parent), m_levels(loadServiceLevels())
{
    setObjectName(QStringLiteral("CaseEditor"));
    Store &store = context.store();

    m_subject = new ValidatedLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setRequired(tr("A case needs a subject."));
    m_subject->setPlaceholderText(tr("What the customer needs, in a few words"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_account = new RecordPicker(store, QStringLiteral("account"), this);
    m_account->setObjectName(QStringLiteral("account"));
    m_contact = new RecordPicker(store, QStringLiteral("contact"), this);
    m_contact->setObjectName(QStringLiteral("contact"));

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    for (const QString &p : ServiceLevels::priorities())
        m_priority->addItem(vocabularyLabel(p), p);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &s : CaseRepository::statuses())
        m_status->addItem(vocabularyLabel(s), s);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_assignee->addItem(tr("Unassigned"), QString());
    if (const auto users = Directory(store).users())
        for (const User &u : *users)
            m_assignee->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);

    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueBy"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_dueByHand = new QCheckBox(tr("Set by hand"), this);
    m_dueByHand->setObjectName(QStringLiteral("dueByHand"));
    m_dueNote = new QLabel(this);
    m_dueNote->setEnabled(false); // a quiet hint
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_dueByHand);

    m_resolution = new RequiredTextEdit(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->setPlaceholderText(tr("What was done"));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
    m_satisfaction->addItem(tr("Not rated"), QVariant());
    const QStringList ratings = {tr("1 – very unhappy"), tr("2 – unhappy"), tr("3 – neutral"), tr("4 – happy"), tr("5 – very happy")};
    for (int i = 0; i < ratings.size(); ++i)
        m_satisfaction->addItem(ratings.at(i), i + 1);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(5);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("C&ontact"), m_contact);
    form->addRow(tr("&Priority"), m_priority);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("Assi&gned to"), m_assignee);
    auto *dueLabel = new QLabel(tr("Due &by"), this);
    dueLabel->setBuddy(m_due); // a row of several widgets gets no buddy by itself
    form->addRow(dueLabel, dueRow);
    form->addRow(QString(), m_dueNote);
    form->addRow(tr("&Resolution"), m_resolution);
    form->addRow(tr("Satis&faction"), m_satisfaction);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(footer());
    layout->addWidget(buttons());

    watch(m_subject, tr("Subject"));
    watch(m_account, tr("Account"));
    watch(m_contact, tr("Contact"));
    watch(m_resolution, tr("Resolution"));
    connect(m_priority, &QComboBox::currentIndexChanged, this, &CaseEditor::updateDue);
    connect(m_dueByHand, &QCheckBox::toggled, this, &CaseEditor::updateDue);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseEditor::onStatusChanged);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, [this] {
        // Giving a new case to someone is what "assigned" means.
        if (!m_assignee->currentData().toString().isEmpty() && m_status->currentData().toString() == QLatin1String("new"))
            m_status->setCurrentIndex(m_status->findData(QStringLiteral("assigned")));
        updateSaveState();
    });
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, &CaseEditor::updateSaveState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CaseEditor::updateSaveState);
    connect(m_satisfaction, &QComboBox::currentIndexChanged, this, &CaseEditor::updateSaveState);
    connect(m_contact, &RecordPicker::recordChanged, this, [this, &store](const QString &contactId) {
        // A contact's case is about their company unless the user said otherwise.
        if (m_account->recordId().isEmpty() && !contactId.isEmpty())
            if (const auto c = ContactRepository(store).get(contactId); c && !c->accountId.isEmpty())
                m_account->setRecord(c->accountId, accountName(store, c->accountId));
    });

    if (id.isEmpty()) {
        setWindowTitle(tr("New Case"));
        m_openedAt = store.now();
        Case fresh;
        fresh.ownerId = store.localUserId();
        fresh.priority = QStringLiteral("normal");
        fresh.status = QStringLiteral("new");
        fresh.dueAt = m_levels.dueAt(fresh.priority, m_openedAt);
        load(fresh);
    } else {
        const std::optional<StoredRecord> record = RecordWriter(store).read(CaseRepository::entity(), id);
        m_openedAt = record ? record->createdAt : store.now();
        const std::optional<Case> stored = CaseRepository(store).get(id);
        setWindowTitle(stored ? tr("Case — %1").arg(stored->subject) : tr("Case"));
        load(stored.value_or(Case{}));
    }
    m_subject->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

qint64 CaseEditor::computedDue() const
{
    return m_levels.dueAt(m_priority->currentData().toString(), m_openedAt);
}

void CaseEditor::load(const Case &c)
{
    Store &store = context().store();
    m_stored = c;
    m_subject->setText(c.subject);
    m_description->setPlainText(c.description);
    m_account->setRecord(c.accountId, accountName(store, c.accountId));
    m_contact->setRecord(c.contactId, contactName(store, c.contactId));
    // A priority or status the app does not know (older data) is kept as it is.
    if (m_priority->findData(c.priority) < 0 && !c.priority.isEmpty())
        m_priority->addItem(vocabularyLabel(c.priority), c.priority);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(c.priority.isEmpty() ? QStringLiteral("normal") : c.priority)));
    if (m_status->findData(c.status) < 0 && !c.status.isEmpty())
        m_status->addItem(vocabularyLabel(c.status), c.status);
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.status)));
    if (m_assignee->findData(c.assigneeId) < 0)
        m_assignee->addItem(c.assigneeId, c.assigneeId); // an inactive user keeps their cases
    {
        const QSignalBlocker block(m_assignee); // loading is not assigning
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(c.assigneeId)));
    }
    // A due time other than the service level's was set by hand. A minute's
    // leeway: a new case's level was counted from when its editor opened,
    // a moment before the store stamped its creation.
    const bool byHand = c.dueAt.has_value() && qAbs(*c.dueAt - computedDue()) >= 60 * 1000;
    m_loadedDue = c.dueAt;
    m_loadedPriority = m_priority->currentData().toString();
    {
        const QSignalBlocker block(m_dueByHand);
        m_dueByHand->setChecked(byHand);
    }
    if (c.dueAt)
        m_due->setDateTime(fromUtcMillis(*c.dueAt).toLocalTime());
    updateDue();
    m_resolution->setText(c.resolution);
    m_satisfaction->setCurrentIndex(c.satisfaction ? qMax(0, m_satisfaction->findData(*c.satisfaction)) : 0);
    onStatusChanged();
    // The form as shown is the baseline: opening never counts as a change.
    m_stored = value();
    updateSaveState();
}

void CaseEditor::updateDue()
{
    const bool byHand = m_dueByHand->isChecked();
    m_due->setEnabled(byHand);
    const qint64 hours = m_levels.hoursFor(m_priority->currentData().toString());
    const QString level = hours % 24 == 0 ? tr("%n day(s)", nullptr, int(hours / 24)) : tr("%n hour(s)", nullptr, int(hours));
    if (!byHand) {
        const QSignalBlocker block(m_due);
        m_due->setDateTime(fromUtcMillis(computedDue()).toLocalTime());
        m_dueNote->setText(tr("Service level for %1 priority: %2 after the case was opened.")
                               .arg(vocabularyLabel(m_priority->currentData().toString()).toLower(), level));
    } else {
        m_dueNote->setText(tr("Set by hand; the service level would give %1.")
                               .arg(QLocale().toString(fromUtcMillis(computedDue()).toLocalTime(), QLocale::ShortFormat)));
    }
    updateSaveState();
}

void CaseEditor::onStatusChanged()
{
    const QString status = m_status->currentData().toString();
    m_resolution->setRequired(CaseRepository::isResolvedStatus(status) ? tr("A %1 case needs its resolution: what was done.")
                                                                               .arg(vocabularyLabel(status).toLower())
                                                                         : QString());
    updateSaveState();
}

void CaseEditor::prefill(const RecordRef &related)
{
    if (!recordId().isEmpty())
        return;
    Store &store = context().store();
    if (related.entity == QLatin1String("account")) {
        m_account->setRecord(related.id, accountName(store, related.id));
    } else if (related.entity == QLatin1String("contact")) {
        if (const auto c = ContactRepository(store).get(related.id)) {
            m_contact->setRecord(c->id, c->displayName());
            if (!c->accountId.isEmpty())
                m_account->setRecord(c->accountId, accountName(store, c->accountId));
        }
    } else {
        return;
    }
    m_stored = value();
    updateSaveState();
}

Case CaseEditor::value() const
{
    Case c = m_stored; // keeps what the form does not show (resolved_at, follow-up)
    c.id = recordId();
    c.subject = m_subject->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.accountId = m_account->recordId();
    c.contactId = m_contact->recordId();
    c.priority = m_priority->currentData().toString();
    c.status = m_status->currentData().toString();
    c.assigneeId = m_assignee->currentData().toString();
    if (m_dueByHand->isChecked())
        c.dueAt = toUtcMillis(m_due->dateTime());
    else if (m_loadedDue && c.priority == m_loadedPriority && qAbs(*m_loadedDue - computedDue()) < 60 * 1000)
        c.dueAt = m_loadedDue; // the level's time as stored, not rewritten by a few milliseconds
    else
        c.dueAt = computedDue();
    c.resolution = m_resolution->text();
    c.satisfaction = m_satisfaction->currentData().isValid() ? std::optional<int>(m_satisfaction->currentData().toInt()) : std::nullopt;
    return c;
}

bool CaseEditor::hasUnsavedChanges() const
{
    return value() != m_stored;
}

Result<QString> CaseEditor::write()
{
    Case c = value();
    Store &store = context().store();
    // Resolved when it first reaches resolved or closed; reopening clears it.
    if (CaseRepository::isResolvedStatus(c.status) && !c.resolvedAt)
        c.resolvedAt = store.now();
    else if (!CaseRepository::isResolvedStatus(c.status))
        c.resolvedAt.reset();
    return CaseRepository(store).save(c, c.id.isEmpty() ? tr("Create case %1").arg(c.subject) : tr("Edit case %1").arg(c.subject));
}

void CaseEditor::loadSaved(const QString &id)
{
    if (const auto stored = CaseRepository(context().store()).get(id))
        load(*stored);
}

} // namespace rapport
