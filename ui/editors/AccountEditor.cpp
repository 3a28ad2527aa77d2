#include "AccountEditor.h"

#include "core/AppContext.h"
#include "domain/PhoneNumbers.h"
#include "domain/Vocabulary.h"
#include "fields/AddressEdit.h"
#include "fields/EmailListEditor.h"
#include "fields/OwnerComboBox.h"
#include "fields/PhoneListEditor.h"
#include "fields/RecordPicker.h"
#include "fields/TagsEditor.h"
#include "fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/ChangeSet.h"
#include "store/Store.h"
#include "store/queries/TagNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport {

namespace {
// A web address as people write it: "example.com", "https://www.example.de/shop".
QString websiteProblem(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return AccountEditor::tr("A web address has no spaces.");
    const QUrl url = QUrl::fromUserInput(text);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || !url.host().contains(QLatin1Char('.')))
        return AccountEditor::tr("This is not a web address (example.com).");
    return {};
}
} // namespace

AccountEditor::AccountEditor(AppContext &context, const QString &id, QWidget *parent) : RecordEditorDialog(context, id, parent)
{
    setObjectName(QStringLiteral("AccountEditor"));
    Store &store = context.store();

    m_name = new ValidatedLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setRequired(tr("An account needs a name."));
    m_name->setPlaceholderText(tr("Company or person"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(QString(), QString());
    for (const QString &t : AccountRepository::types())
        m_type->addItem(vocabularyLabel(t), t);
    m_industry = new QLineEdit(this);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Trade fair, referral, web …"));
    m_website = new ValidatedLineEdit(this);
    m_website->setObjectName(QStringLiteral("website"));
    m_website->setCheck(websiteProblem);
    m_website->setPlaceholderText(tr("example.com"));
    m_owner = new OwnerComboBox(store, this);
    m_parent = new RecordPicker(store, QStringLiteral("account"), this);
    m_visitInterval = new QSpinBox(this);
    m_visitInterval->setObjectName(QStringLiteral("visitInterval"));
    m_visitInterval->setRange(0, 3650);
    m_visitInterval->setSpecialValueText(tr("No target"));
    m_visitInterval->setSuffix(tr(" days"));
    m_visitInterval->setToolTip(tr("How often a rep should visit; Today lists the account once a visit is due."));
    m_phones = new PhoneListEditor(this);
    m_emails = new EmailListEditor(this);
    m_address = new AddressEdit(this);
    m_tags = new TagsEditor(this);
    if (const auto names = TagNames(store).all())
        m_tags->setSuggestions(*names);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setMaximumHeight(90);

    auto *left = new QFormLayout;
    left->setVerticalSpacing(5);
    left->addRow(tr("&Name"), m_name);
    left->addRow(tr("&Type"), m_type);
    left->addRow(tr("&Industry"), m_industry);
    left->addRow(tr("S&ource"), m_source);
    left->addRow(tr("&Website"), m_website);
    left->addRow(tr("Owne&r"), m_owner);
    left->addRow(tr("&Parent account"), m_parent);
    left->addRow(tr("&Visit every"), m_visitInterval);
    left->addRow(tr("T&ags"), m_tags);

    auto *contact = new QGroupBox(tr("Phone and email"), this);
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("P&hones"), m_phones);
    contactForm->addRow(tr("&Emails"), m_emails);
    auto *address = new QGroupBox(tr("Address"), this);
    auto *addressLayout = new QVBoxLayout(address);
    addressLayout->addWidget(m_address);
    auto *right = new QVBoxLayout;
    right->addWidget(contact);
    right->addWidget(address);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_notes);
    layout->addWidget(footer());
    layout->addWidget(buttons());

    watch(m_name, tr("Name"));
    watch(m_website, tr("Website"));
    watch(m_parent, tr("Parent account"));
    watch(m_phones, {});
    watch(m_emails, {});
    watch(m_tags, tr("Tags"));
    connect(m_address, &AddressEdit::countryChanged, this, &AccountEditor::updateRegion);

    if (id.isEmpty()) {
        setWindowTitle(tr("New Account"));
        Account fresh;
        fresh.ownerId = store.localUserId();
        load(fresh);
    } else {
        const std::optional<Account> stored = AccountRepository(store).get(id);
        setWindowTitle(stored ? tr("Account — %1").arg(stored->name) : tr("Account"));
        load(stored.value_or(Account{}));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(860, 0)));
}

void AccountEditor::load(const Account &a)
{
    m_stored = a;
    m_name->setText(a.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(a.type)));
    m_industry->setText(a.industry);
    m_source->setText(a.source);
    m_website->setText(a.website);
    m_owner->setOwnerId(a.ownerId);
    QString parentName;
    if (!a.parentId.isEmpty())
        if (const auto parent = AccountRepository(context().store()).get(a.parentId))
            parentName = parent->name;
    m_parent->setRecord(a.parentId, parentName.isEmpty() ? a.parentId : parentName);
    m_parent->setExcluded(a.id, tr("An account cannot be its own parent."));
    m_visitInterval->setValue(a.visitIntervalDays.value_or(0));
    m_address->setValue(a.address);
    updateRegion(); // before the phones, so they are read in the account's country
    m_phones->setValue(a.phones);
    m_emails->setValue(a.emails);
    m_tags->setValue(a.tags);
    m_notes->setPlainText(a.notes);
    // What the form shows is the baseline, normalised the way the fields
    // normalise, so merely opening a record never counts as a change.
    m_stored = value();
    updateSaveState();
}

void AccountEditor::prefill(const RecordRef &related)
{
    if (related.entity != QLatin1String("account") || !recordId().isEmpty())
        return;
    if (const auto parent = AccountRepository(context().store()).get(related.id)) {
        m_parent->setRecord(parent->id, parent->name);
        // A subsidiary is usually in its parent's country.
        m_address->setValue(PostalAddress{{}, {}, {}, {}, parent->address.country});
        m_stored = value();
        updateSaveState();
    }
}

void AccountEditor::updateRegion()
{
    m_phones->setRegion(phoneRegionFor(m_address->value().country));
}

Account AccountEditor::value() const
{
    Account a;
    a.id = recordId();
    a.ownerId = m_owner->ownerId();
    a.name = m_name->text();
    a.type = m_type->currentData().toString();
    a.industry = m_industry->text().trimmed();
    a.source = m_source->text().trimmed();
    a.website = m_website->text();
    a.phones = m_phones->value();
    a.emails = m_emails->value();
    a.address = m_address->value();
    a.parentId = m_parent->recordId();
    a.tags = m_tags->value();
    a.notes = m_notes->toPlainText().trimmed();
    if (m_visitInterval->value() > 0)
        a.visitIntervalDays = m_visitInterval->value();
    return a;
}

bool AccountEditor::hasUnsavedChanges() const
{
    return value() != m_stored;
}

Result<QString> AccountEditor::write()
{
    const Account a = value();
    Store &store = context().store();
    // One change set, labelled for the undo menu.
    return AccountRepository(store).save(a, a.id.isEmpty() ? tr("Create account %1").arg(a.name) : tr("Edit account %1").arg(a.name));
}

void AccountEditor::loadSaved(const QString &id)
{
    if (const auto stored = AccountRepository(context().store()).get(id))
        load(*stored);
}

} // namespace rapport
