#include "ContactEditor.h"

#include "core/AppContext.h"
#include "domain/PhoneNumbers.h"
#include "domain/Vocabulary.h"
#include "fields/AddressEdit.h"
#include "fields/ConsentEditor.h"
#include "fields/EmailListEditor.h"
#include "fields/OptionalDateEdit.h"
#include "fields/OwnerComboBox.h"
#include "fields/PersonNameEdit.h"
#include "fields/PhoneListEditor.h"
#include "fields/RecordPicker.h"
#include "fields/TagsEditor.h"
#include "store/AccountRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "store/queries/TagNames.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

ContactEditor::ContactEditor(AppContext &context, const QString &id, QWidget *parent) : RecordEditorDialog(context, id, parent)
{
    setObjectName(QStringLiteral("ContactEditor"));
    Store &store = context.store();

    m_name = new PersonNameEdit(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_department = new QLineEdit(this);
    m_account = new RecordPicker(store, QStringLiteral("account"), this);
    m_owner = new OwnerComboBox(store, this);
    m_emails = new EmailListEditor(this);
    m_phones = new PhoneListEditor(this);
    m_address = new AddressEdit(this);
    m_birthday = new OptionalDateEdit(this);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setRange(QDate(1900, 1, 1), QDate::currentDate());
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("preferredChannel"));
    m_channel->addItem(QString(), QString());
    for (const QString &c : ContactRepository::channels())
        m_channel->addItem(vocabularyLabel(c), c);
    m_consent = new ConsentEditor(this);
    // Consent answers are stamped with the store's clock, like every write.
    m_consent->setClock([&store] { return store.now(); });
    m_tags = new TagsEditor(this);
    if (const auto names = TagNames(store).all())
        m_tags->setSuggestions(*names);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setMaximumHeight(80);

    auto *left = new QFormLayout;
    left->setVerticalSpacing(5);
    left->addRow(tr("&Name"), m_name);
    left->addRow(tr("&Title"), m_title);
    left->addRow(tr("&Department"), m_department);
    left->addRow(tr("&Account"), m_account);
    left->addRow(tr("O&wner"), m_owner);
    left->addRow(tr("&Birthday"), m_birthday);
    left->addRow(tr("Prefers"), m_channel);
    left->addRow(tr("Ta&gs"), m_tags);

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

    auto *consent = new QGroupBox(tr("Consent to be contacted"), this);
    auto *consentLayout = new QVBoxLayout(consent);
    consentLayout->addWidget(m_consent);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(consent);
    layout->addWidget(m_notes);
    layout->addWidget(footer());
    layout->addWidget(buttons());

    watch(m_name, tr("Name"));
    watch(m_account, tr("Account"));
    watch(m_phones, {});
    watch(m_emails, {});
    watch(m_birthday, tr("Birthday"));
    watch(m_consent, tr("Consent"));
    watch(m_tags, tr("Tags"));
    connect(m_address, &AddressEdit::countryChanged, this, &ContactEditor::updateRegion);
    connect(m_account, &RecordPicker::recordChanged, this, &ContactEditor::onAccountChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactEditor::updateSaveState);

    if (id.isEmpty()) {
        setWindowTitle(tr("New Contact"));
        Contact fresh;
        fresh.ownerId = store.localUserId();
        load(fresh);
    } else {
        const std::optional<Contact> stored = ContactRepository(store).get(id);
        setWindowTitle(stored ? tr("Contact — %1").arg(stored->displayName()) : tr("Contact"));
        load(stored.value_or(Contact{}));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(900, 0)));
}

void ContactEditor::load(const Contact &c)
{
    m_name->setName(c.givenName, c.familyName, c.romanisedName);
    m_title->setText(c.title);
    m_department->setText(c.department);
    QString accountName;
    if (!c.accountId.isEmpty())
        if (const auto account = AccountRepository(context().store()).get(c.accountId))
            accountName = account->name;
    m_account->setRecord(c.accountId, accountName.isEmpty() ? c.accountId : accountName);
    onAccountChanged(c.accountId);
    m_owner->setOwnerId(c.ownerId);
    m_address->setValue(c.address);
    updateRegion(); // before the phones, so they are read in the right country
    m_emails->setValue(c.emails);
    m_phones->setValue(c.phones);
    m_birthday->setValue(c.birthday);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(c.preferredChannel)));
    m_consent->setValue(c.consent);
    m_tags->setValue(c.tags);
    m_notes->setPlainText(c.notes);
    m_stored = c;
    m_stored = value(); // the form's own normalisation is the baseline
    updateSaveState();
}

void ContactEditor::prefill(const RecordRef &related)
{
    if (!recordId().isEmpty() || !related.isValid())
        return;
    QString accountId;
    if (related.entity == QLatin1String("account"))
        accountId = related.id;
    else if (related.entity == QLatin1String("contact"))
        if (const auto colleague = ContactRepository(context().store()).get(related.id))
            accountId = colleague->accountId;
    const auto account = accountId.isEmpty() ? std::nullopt : AccountRepository(context().store()).get(accountId);
    if (!account)
        return;
    m_account->setRecord(account->id, account->name);
    m_stored = value();
    updateSaveState();
}

void ContactEditor::onAccountChanged(const QString &accountId)
{
    m_accountCountry.clear();
    if (!accountId.isEmpty())
        if (const auto account = AccountRepository(context().store()).get(accountId))
            m_accountCountry = account->address.country;
    updateRegion();
}

void ContactEditor::updateRegion()
{
    const QString own = regionCodeOfCountry(m_address->value().country);
    m_phones->setRegion(own.isEmpty() ? phoneRegionFor(m_accountCountry) : own);
}

Contact ContactEditor::value() const
{
    Contact c;
    c.id = recordId();
    c.ownerId = m_owner->ownerId();
    c.givenName = m_name->givenName();
    c.familyName = m_name->familyName();
    c.romanisedName = m_name->romanisedName();
    c.title = m_title->text().trimmed();
    c.department = m_department->text().trimmed();
    c.accountId = m_account->recordId();
    c.emails = m_emails->value();
    c.phones = m_phones->value();
    c.address = m_address->value();
    c.birthday = m_birthday->value();
    c.preferredChannel = m_channel->currentData().toString();
    c.consent = m_consent->value();
    c.tags = m_tags->value();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

bool ContactEditor::hasUnsavedChanges() const
{
    return value() != m_stored;
}

Result<QString> ContactEditor::write()
{
    const Contact c = value();
    Store &store = context().store();
    return ContactRepository(store).save(c, c.id.isEmpty() ? tr("Create contact %1").arg(c.displayName()) : tr("Edit contact %1").arg(c.displayName()));
}

void ContactEditor::loadSaved(const QString &id)
{
    if (const auto stored = ContactRepository(context().store()).get(id))
        load(*stored);
}

} // namespace rapport
