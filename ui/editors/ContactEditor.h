#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Contact.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rapport {

class AddressEdit;
class ConsentEditor;
class EmailListEditor;
class OptionalDateEdit;
class OwnerComboBox;
class PersonNameEdit;
class PhoneListEditor;
class RecordPicker;
class TagsEditor;

// Creates or edits a contact: every field of Contact, validated in place,
// with the consent per channel and the Chinese name order. Phone numbers are
// read in the contact's country, else the account's, else the system's.
class ContactEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    // `id` empty: a new contact.
    ContactEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    // A new contact of the account in view, or a colleague of the contact in view.
    void prefill(const RecordRef &related);

    Contact value() const;
    bool hasUnsavedChanges() const override;

    PersonNameEdit *name() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }
    RecordPicker *accountPicker() const { return m_account; }
    EmailListEditor *emails() const { return m_emails; }
    PhoneListEditor *phones() const { return m_phones; }
    AddressEdit *address() const { return m_address; }
    OptionalDateEdit *birthday() const { return m_birthday; }
    QComboBox *preferredChannel() const { return m_channel; }
    ConsentEditor *consent() const { return m_consent; }
    TagsEditor *tags() const { return m_tags; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Contact &contact);
    void onAccountChanged(const QString &accountId);
    void updateRegion();

    Contact m_stored;
    QString m_accountCountry; // the chosen account's country: the phones' fallback region
    PersonNameEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_department = nullptr;
    RecordPicker *m_account = nullptr;
    OwnerComboBox *m_owner = nullptr;
    EmailListEditor *m_emails = nullptr;
    PhoneListEditor *m_phones = nullptr;
    AddressEdit *m_address = nullptr;
    OptionalDateEdit *m_birthday = nullptr;
    QComboBox *m_channel = nullptr;
    ConsentEditor *m_consent = nullptr;
    TagsEditor *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
