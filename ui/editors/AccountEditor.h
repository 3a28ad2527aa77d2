#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Account.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport {

class AddressEdit;
class EmailListEditor;
class OwnerComboBox;
class PhoneListEditor;
class RecordPicker;
class TagsEditor;
class ValidatedLineEdit;

// Creates or edits an account: every field of Account, validated in place.
// Phone numbers are read in the account's country (else the system's).
class AccountEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    // `id` empty: a new account.
    AccountEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    // A new account related to a record in view: under that account (parent).
    void prefill(const RecordRef &related);

    // The form as an account (id and owner included).
    Account value() const;
    bool hasUnsavedChanges() const override;

    ValidatedLineEdit *nameField() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    ValidatedLineEdit *websiteField() const { return m_website; }
    PhoneListEditor *phones() const { return m_phones; }
    EmailListEditor *emails() const { return m_emails; }
    AddressEdit *address() const { return m_address; }
    RecordPicker *parentPicker() const { return m_parent; }
    QSpinBox *visitInterval() const { return m_visitInterval; }
    TagsEditor *tags() const { return m_tags; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Account &account);
    void updateRegion();

    Account m_stored; // what the form started from: unsaved changes are differences from it
    ValidatedLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_source = nullptr;
    ValidatedLineEdit *m_website = nullptr;
    OwnerComboBox *m_owner = nullptr;
    RecordPicker *m_parent = nullptr;
    QSpinBox *m_visitInterval = nullptr;
    PhoneListEditor *m_phones = nullptr;
    QLabel *m_phoneRegion = nullptr;
    EmailListEditor *m_emails = nullptr;
    AddressEdit *m_address = nullptr;
    TagsEditor *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
