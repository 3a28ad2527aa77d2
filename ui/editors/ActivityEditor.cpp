#include "ActivityEditor.h"

#include "ActivityOutcomes.h"
#include "fields/FieldWidget.h"
#include "fields/RecordPicker.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/Store.h"
#include "store/queries/AccountLinksQuery.h"
#include "store/queries/RecordTitleQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rapport {

namespace {

// The start field's lowest value stands for "not set" (shown as such): a
// QDateTimeEdit always holds a value, and a required field must be able to be
// empty to be checked.
const QDateTime NotSet(QDate(2000, 1, 1), QTime(0, 0));

QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    // Minutes are enough (some locales' short format has seconds).
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    edit->setDisplayFormat(format);
    edit->setMinimumDateTime(NotSet);
    return edit;
}

// Now, to the minute, in local time: what a user means by "now" in a form.
QDateTime nowInMinutes(const Store &store)
{
    QDateTime now = fromUtcMillis(store.now()).toLocalTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    return now;
}

QDateTime localTime(qint64 ms)
{
    return fromUtcMillis(ms).toLocalTime();
}

} // namespace

ActivityEditor::ActivityEditor(AppContext &context, const QString &activityId, QWidget *parent)
    : QDialog(parent), m_context(context), m_id(activityId)
{
    setObjectName(QStringLiteral("activityEditor"));
    buildForm();
    load();
    markSaved();
    validate();
}

ActivityEditor::Duration ActivityEditor::parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {true, std::nullopt};
    static const QRegularExpression minutes(QStringLiteral("^(-?\\d{1,5})\\s*(m|min|mins|minutes?)?$"));
    static const QRegularExpression clock(QStringLiteral("^(-?)(\\d{1,3}):([0-5]\\d)$"));
    static const QRegularExpression hours(QStringLiteral("^(-?)(\\d{1,3})\\s*h(?:ours?|rs?)?(?:\\s*(\\d{1,2})\\s*(?:m|min|mins|minutes?)?)?$"));
    if (const auto m = minutes.match(t); m.hasMatch())
        return {true, m.captured(1).toInt()};
    if (const auto m = clock.match(t); m.hasMatch()) {
        const int total = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        return {true, m.captured(1).isEmpty() ? total : -total};
    }
    if (const auto m = hours.match(t); m.hasMatch()) {
        const int total = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        return {true, m.captured(1).isEmpty() ? total : -total};
    }
    return {false, std::nullopt};
}

void ActivityEditor::buildForm()
{
    auto errorLabel = [this](const char *name) {
        QLabel *label = FieldWidget::makeErrorLabel(this);
        label->setObjectName(QLatin1String(name));
        return label;
    };
    // A field with its error right under it, so the message sits next to
    // what it is about.
    auto withError = [this](QWidget *field, QLabel *errorText) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(errorText);
        return box;
    };

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Choose…"), QString());
    for (const QString &k : ActivityRepository::kinds())
        m_kind->addItem(vocabularyLabel(k), k);
    m_kindError = errorLabel("kindError");

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));

    m_start = dateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setSpecialValueText(tr("Not set"));
    m_startError = errorLabel("startError");

    m_duration = new QLineEdit(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setPlaceholderText(tr("e.g. 30 or 1:30"));
    m_duration->setToolTip(tr("Minutes (45), hours and minutes (1:30) or hours (2h)"));
    m_durationError = errorLabel("durationError");

    m_hasDue = new QCheckBox(tr("Due"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDue"));
    m_due = dateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("due"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);

    m_done = new QCheckBox(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("done"));
    m_doneAt = dateTimeEdit(this);
    m_doneAt->setObjectName(QStringLiteral("doneAt"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setEditable(true);
    m_outcome->setInsertPolicy(QComboBox::NoInsert);
    m_outcome->lineEdit()->setPlaceholderText(tr("Outcome"));
    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(m_done);
    doneRow->addWidget(m_doneAt, 1);
    doneRow->addWidget(m_outcome, 1);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));

    // The picker shows its own problem (text that names no account) under it.
    m_account = new RecordPicker(m_context.store(), QStringLiteral("account"), this);
    m_account->lineEdit()->setPlaceholderText(tr("Type to find an account"));

    m_contacts = new QListWidget(this);
    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_contacts->setMaximumHeight(fontMetrics().height() * 6);
    m_contacts->setAlternatingRowColors(true);
    m_contactsHint = new QLabel(this);
    m_contactsHint->setEnabled(false); // greyed: a hint, not content
    auto *contactsBox = new QWidget(this);
    auto *cv = new QVBoxLayout(contactsBox);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->setSpacing(2);
    cv->addWidget(m_contacts);
    cv->addWidget(m_contactsHint);

    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(QStringLiteral("opportunity"));
    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("case"));
    for (QComboBox *box : {m_opportunity, m_case}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlaceholderText(tr("Notes"));
    m_body->setTabChangesFocus(true);

    auto *when = new QFormLayout;
    when->addRow(tr("&Kind:"), withError(m_kind, m_kindError));
    when->addRow(tr("&Subject:"), m_subject);
    when->addRow(tr("S&tart:"), withError(m_start, m_startError));
    when->addRow(tr("D&uration:"), withError(m_duration, m_durationError));
    when->addRow(QString(), dueRow);
    when->addRow(QString(), doneRow);
    when->addRow(tr("&Location:"), m_location);

    auto *about = new QFormLayout;
    about->addRow(tr("&Account:"), m_account);
    about->addRow(tr("C&ontacts:"), contactsBox);
    about->addRow(tr("O&pportunity:"), m_opportunity);
    about->addRow(tr("&Case:"), m_case);

    auto *columns = new QHBoxLayout;
    columns->addLayout(when, 1);
    columns->addSpacing(12);
    columns->addLayout(about, 1);

    m_saveError = errorLabel("saveError");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityEditor::onKindChanged);
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_triedKind = true;
        validate();
    });
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_done, &QCheckBox::toggled, this, [this](bool done) {
        m_doneAt->setEnabled(done);
        m_outcome->setEnabled(done);
        if (done && !m_filling)
            m_doneAt->setDateTime(nowInMinutes(m_context.store()));
    });
    connect(m_account, &RecordPicker::recordChanged, this, &ActivityEditor::onAccountChanged);
    connect(m_account, &FieldWidget::changed, this, &ActivityEditor::validate);
    for (QLineEdit *e : {m_subject, m_duration, m_location})
        connect(e, &QLineEdit::textChanged, this, &ActivityEditor::validate);
    for (QDateTimeEdit *e : {m_start, m_due, m_doneAt})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &ActivityEditor::validate);
    for (QCheckBox *c : {m_hasDue, m_done})
        connect(c, &QCheckBox::toggled, this, &ActivityEditor::validate);
    connect(m_outcome, &QComboBox::currentTextChanged, this, &ActivityEditor::validate);
    connect(m_contacts, &QListWidget::itemChanged, this, &ActivityEditor::validate);
    connect(m_opportunity, &QComboBox::currentIndexChanged, this, &ActivityEditor::validate);
    connect(m_case, &QComboBox::currentIndexChanged, this, &ActivityEditor::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ActivityEditor::validate);
}

void ActivityEditor::load()
{
    m_filling = true;
    if (m_id.isEmpty()) {
        setWindowTitle(tr("New activity"));
        m_start->setDateTime(nowInMinutes(m_context.store()));
        m_due->setDateTime(m_start->dateTime());
        m_doneAt->setDateTime(m_start->dateTime());
    } else if (const std::optional<Activity> a = ActivityRepository(m_context.store()).get(m_id)) {
        m_loaded = *a;
        setWindowTitle(tr("Activity: %1").arg(a->subject.isEmpty() ? vocabularyLabel(a->kind) : a->subject));
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(a->kind)));
        m_subject->setText(a->subject);
        m_body->setPlainText(a->body);
        m_start->setDateTime(a->startAt ? localTime(*a->startAt) : NotSet);
        m_duration->setText(a->durationMinutes ? QString::number(*a->durationMinutes) : QString());
        m_hasDue->setChecked(a->dueAt.has_value());
        m_due->setDateTime(localTime(a->dueAt.value_or(a->startAt.value_or(m_context.store().now()))));
        m_done->setChecked(a->isDone());
        m_doneAt->setDateTime(localTime(a->doneAt.value_or(m_context.store().now())));
        m_location->setText(a->location);
        setAccount(a->accountId);
        fillContacts(a->accountId, a->contactIds, true);
        fillLinks(m_opportunity, QStringLiteral("opportunity"), a->accountId, a->opportunityId);
        fillLinks(m_case, QStringLiteral("case"), a->accountId, a->caseId);
    } else {
        setWindowTitle(tr("Activity"));
        m_gone = true;
    }
    if (m_loaded.id.isEmpty()) {
        fillContacts(QString(), {}, false);
        fillLinks(m_opportunity, QStringLiteral("opportunity"), QString(), QString());
        fillLinks(m_case, QStringLiteral("case"), QString(), QString());
    }
    onKindChanged();
    if (m_loaded.isDone())
        m_outcome->setCurrentText(outcomeLabel(m_loaded.outcome));
    m_due->setEnabled(m_hasDue->isChecked());
    m_doneAt->setEnabled(m_done->isChecked());
    m_outcome->setEnabled(m_done->isChecked());
    m_filling = false;
    validate();
}

void ActivityEditor::prefill(const QString &kind, const RecordRef &related)
{
    m_filling = true;
    if (!kind.isEmpty())
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    // Things that happened are logged as done now; meetings and tasks are planned.
    static const QStringList happened = {QStringLiteral("call"), QStringLiteral("visit"), QStringLiteral("note"), QStringLiteral("email")};
    const bool done = happened.contains(kind);
    const QDateTime now = nowInMinutes(m_context.store());
    m_start->setDateTime(now);
    m_due->setDateTime(now);
    m_done->setChecked(done);
    m_doneAt->setDateTime(now);

    Store &store = m_context.store();
    QString accountId;
    QStringList contacts;
    QString opportunityId;
    QString caseId;
    if (related.entity == QLatin1String("account")) {
        accountId = related.id;
    } else if (related.entity == QLatin1String("contact")) {
        if (const auto c = ContactRepository(store).get(related.id)) {
            accountId = c->accountId;
            contacts << c->id;
        }
    } else if (related.entity == QLatin1String("opportunity")) {
        if (const auto o = OpportunityRepository(store).get(related.id)) {
            accountId = o->accountId;
            opportunityId = o->id;
            if (!o->contactId.isEmpty())
                contacts << o->contactId;
        }
    } else if (related.entity == QLatin1String("case")) {
        if (const auto c = CaseRepository(store).get(related.id)) {
            accountId = c->accountId;
            caseId = c->id;
            if (!c->contactId.isEmpty())
                contacts << c->contactId;
        }
    } else if (related.entity == QLatin1String("activity")) {
        // A follow-up: about the same things as the activity in view.
        if (const auto a = ActivityRepository(store).get(related.id)) {
            accountId = a->accountId;
            contacts = a->contactIds;
            opportunityId = a->opportunityId;
            caseId = a->caseId;
        }
    }
    setAccount(accountId);
    fillContacts(accountId, contacts, true);
    fillLinks(m_opportunity, QStringLiteral("opportunity"), accountId, opportunityId);
    fillLinks(m_case, QStringLiteral("case"), accountId, caseId);
    // A visit happens at the customer's.
    if (kind == QLatin1String("visit") && !accountId.isEmpty())
        if (const auto a = AccountRepository(store).get(accountId)) {
            QStringList where;
            for (const QString &part : {a->address.street, a->address.city})
                if (!part.trimmed().isEmpty())
                    where << part.trimmed();
            m_location->setText(where.join(QStringLiteral(", ")));
        }
    onKindChanged();
    m_filling = false;
    markSaved(); // what was filled in for the user is not an unsaved change
    validate();
    (kind.isEmpty() ? static_cast<QWidget *>(m_kind) : m_subject)->setFocus();
}

void ActivityEditor::onKindChanged()
{
    const QString kind = m_kind->currentData().toString();
    if (m_id.isEmpty())
        setWindowTitle(kind.isEmpty() ? tr("New activity") : tr("New activity: %1").arg(vocabularyLabel(kind)));
    // The outcome list follows the kind; a typed outcome stays.
    const QString typed = m_outcome->currentText();
    const QSignalBlocker block(m_outcome);
    m_outcome->clear();
    for (const QString &o : commonOutcomes(kind))
        m_outcome->addItem(outcomeLabel(o), o);
    m_outcome->setCurrentIndex(-1);
    m_outcome->setCurrentText(typed);
    validate();
}

void ActivityEditor::setAccount(const QString &accountId)
{
    const bool filling = m_filling;
    m_filling = true; // the picker's change signal must not refill the links
    std::optional<QString> title;
    if (!accountId.isEmpty())
        if (const auto found = RecordTitleQuery(m_context.store()).title(QStringLiteral("account"), accountId); found.ok())
            title = *found;
    // An account deleted since keeps its link, named as such.
    m_account->setRecord(accountId, title.value_or(tr("(deleted account)")));
    m_filling = filling;
}

void ActivityEditor::onAccountChanged(const QString &accountId)
{
    if (m_filling)
        return;
    // Another account: its contacts, opportunities and cases; what belonged to
    // the previous one no longer applies.
    fillContacts(accountId, checkedContacts(), false);
    fillLinks(m_opportunity, QStringLiteral("opportunity"), accountId, m_opportunity->currentData().toString());
    fillLinks(m_case, QStringLiteral("case"), accountId, m_case->currentData().toString());
    validate();
}

void ActivityEditor::fillContacts(const QString &accountId, const QStringList &checked, bool keepOthers)
{
    const QSignalBlocker block(m_contacts);
    m_contacts->clear();
    auto add = [this](const QString &id, const QString &title, bool on) {
        auto *item = new QListWidgetItem(title, m_contacts);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    QStringList listed;
    if (const auto contacts = AccountLinksQuery(m_context.store()).contacts(accountId))
        for (const LinkChoice &c : *contacts) {
            add(c.id, c.title, checked.contains(c.id));
            listed << c.id;
        }
    if (keepOthers) {
        // Contacts linked already but not of this account (or of none): kept,
        // so that opening and saving an activity never drops a link.
        RecordTitleQuery titles(m_context.store());
        for (const QString &id : checked)
            if (!listed.contains(id)) {
                const auto title = titles.title(QStringLiteral("contact"), id);
                add(id, title.ok() && title->has_value() ? **title : tr("(deleted contact)"), true);
            }
    }
    const bool empty = m_contacts->count() == 0;
    m_contacts->setVisible(!empty);
    m_contactsHint->setVisible(empty);
    m_contactsHint->setText(accountId.isEmpty() ? tr("Choose an account to pick its contacts.") : tr("This account has no contacts yet."));
}

void ActivityEditor::fillLinks(QComboBox *box, const QString &entity, const QString &accountId, const QString &selected)
{
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("None"), QString());
    AccountLinksQuery links(m_context.store());
    const auto choices = entity == QLatin1String("case") ? links.cases(accountId) : links.opportunities(accountId);
    if (choices.ok())
        for (const LinkChoice &c : *choices)
            box->addItem(c.open ? c.title : tr("%1 (closed)").arg(c.title), c.id);
    if (!selected.isEmpty() && box->findData(selected) < 0 && m_filling) {
        // Linked already but not to this account: kept, as for contacts.
        const auto title = RecordTitleQuery(m_context.store()).title(entity, selected);
        box->addItem(title.ok() && title->has_value() ? **title : tr("(deleted)"), selected);
    }
    box->setCurrentIndex(qMax(0, box->findData(selected)));
    box->setEnabled(box->count() > 1);
}

QStringList ActivityEditor::checkedContacts() const
{
    QStringList ids;
    for (int i = 0; i < m_contacts->count(); ++i)
        if (m_contacts->item(i)->checkState() == Qt::Checked)
            ids << m_contacts->item(i)->data(Qt::UserRole).toString();
    return ids;
}

Activity ActivityEditor::collect() const
{
    Activity a = m_loaded; // keeps the id and the owner
    a.kind = m_kind->currentData().toString();
    a.subject = m_subject->text().trimmed();
    a.body = m_body->toPlainText();
    a.startAt = m_start->dateTime() == NotSet ? std::nullopt : std::optional<qint64>(toUtcMillis(m_start->dateTime()));
    a.durationMinutes = parseDuration(m_duration->text()).minutes;
    a.dueAt = m_hasDue->isChecked() ? std::optional<qint64>(toUtcMillis(m_due->dateTime())) : std::nullopt;
    a.doneAt = m_done->isChecked() ? std::optional<qint64>(toUtcMillis(m_doneAt->dateTime())) : std::nullopt;
    a.outcome = m_done->isChecked() ? outcomeFromText(a.kind, m_outcome->currentText()) : QString();
    a.location = m_location->text().trimmed();
    a.accountId = m_account->recordId();
    a.contactIds = checkedContacts();
    a.opportunityId = m_opportunity->currentData().toString();
    a.caseId = m_case->currentData().toString();
    return a;
}

QStringList ActivityEditor::snapshot() const
{
    const Activity a = collect();
    auto time = [](const std::optional<qint64> &t) { return t ? QString::number(*t) : QString(); };
    return {a.kind, a.subject, a.body, time(a.startAt), m_duration->text().trimmed(), time(a.dueAt), time(a.doneAt), a.outcome, a.location,
            a.accountId, m_account->lineEdit()->text(), a.contactIds.join(QLatin1Char(',')), a.opportunityId, a.caseId};
}

void ActivityEditor::markSaved()
{
    m_baseline = snapshot();
}

bool ActivityEditor::hasUnsavedChanges() const
{
    return snapshot() != m_baseline;
}

void ActivityEditor::validate()
{
    if (m_filling)
        return;
    auto show = [](QLabel *label, const QString &text) { FieldWidget::showError(label, text); };
    // A new, untouched form does not open red: the kind's "Choose…" says
    // enough until the user starts filling it in (Save is disabled anyway).
    const bool noKind = m_kind->currentData().toString().isEmpty();
    show(m_kindError, noKind && (hasUnsavedChanges() || m_triedKind) ? tr("Choose what kind of activity this is.") : QString());
    show(m_startError, m_start->dateTime() == NotSet ? tr("Enter when it starts (or started).") : QString());
    const Duration d = parseDuration(m_duration->text());
    show(m_durationError, !d.ok                              ? tr("Type minutes (45), hours and minutes (1:30) or hours (2h).")
                          : d.minutes && *d.minutes < 0      ? tr("The duration cannot be negative.")
                                                             : QString());
    // Anything the fields above do not cover is caught by the same rules the
    // store applies.
    QString rest;
    if (m_gone)
        rest = tr("This activity no longer exists: it was deleted.");
    else if (m_kindError->text().isEmpty() && m_startError->text().isEmpty() && m_durationError->text().isEmpty() && m_account->isValid())
        rest = ActivityRepository::validate(collect());
    show(m_saveError, rest);
    m_save->setEnabled(isValid());
    // A disabled Save says why, even before a message shows in the form.
    m_save->setToolTip(isValid() ? QString() : firstProblem());
}

QString ActivityEditor::firstProblem() const
{
    if (m_kind->currentData().toString().isEmpty())
        return tr("Choose what kind of activity this is.");
    for (const QLabel *label : {m_startError, m_durationError})
        if (!label->text().isEmpty())
            return label->text();
    if (!m_account->isValid())
        return m_account->problem();
    return m_saveError->text();
}

bool ActivityEditor::isValid() const
{
    return !m_kind->currentData().toString().isEmpty() && m_startError->text().isEmpty() && m_durationError->text().isEmpty()
        && m_account->isValid() && m_saveError->text().isEmpty();
}

bool ActivityEditor::save()
{
    validate();
    if (!isValid())
        return false;
    const Activity a = collect();
    ActivityRepository activities(m_context.store());
    QString problem;
    if (m_id.isEmpty()) {
        const Result<QString> created = activities.create(a);
        if (created.ok())
            m_id = *created;
        else
            problem = created.error().message;
    } else if (const Result<bool> updated = activities.update(a); !updated.ok()) {
        problem = updated.error().message;
    }
    if (!problem.isEmpty()) {
        FieldWidget::showError(m_saveError, tr("Not saved: %1").arg(problem));
        return false;
    }
    markSaved();
    emit saved(m_id);
    accept();
    return true;
}

void ActivityEditor::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Save your changes to this activity?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("unsavedChanges"));
    ask.setDefaultButton(QMessageBox::Save);
    if (!isValid()) {
        // Invalid data is never stored: fix it or discard it.
        ask.button(QMessageBox::Save)->setEnabled(false);
        ask.setInformativeText(tr("They cannot be saved as they are: see the messages in the form."));
        ask.setDefaultButton(QMessageBox::Cancel);
    }
    switch (ask.exec()) {
    case QMessageBox::Save:
        save();
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break;
    }
}

} // namespace rapport
