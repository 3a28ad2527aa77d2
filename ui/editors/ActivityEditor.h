#pragma once
#include "core/Page.h"
#include "domain/Activity.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rapport {

class AppContext;
class RecordPicker;

// Creates or edits one activity: kind, subject, notes, start, duration, due,
// done with its outcome, location, and what it is about (an account, contacts
// of that account, an opportunity or a case of it). Validates as the user
// types, with the problem shown beside its field, and Save stays disabled while
// anything is invalid, so nothing invalid is stored. Closing with unsaved
// changes asks whether to save them. Saving writes through
// ActivityRepository: one journaled, undoable change set.
class ActivityEditor : public QDialog {
    Q_OBJECT
public:
    ActivityEditor(AppContext &context, const QString &activityId /* empty = new */, QWidget *parent = nullptr);

    // Starts a new activity of `kind` (empty: the user picks) about `related`:
    // an account, a contact (and its account), an opportunity or a case (and
    // their account and contact), or another activity (a follow-up: the same
    // links). Calls, visits, notes and emails are logged as done now; meetings
    // and tasks are planned.
    void prefill(const QString &kind, const RecordRef &related);

    // The activity's id: empty for a new one until it is saved.
    const QString &activityId() const { return m_id; }
    bool isValid() const;
    // Why Save is disabled, empty when it is not.
    QString firstProblem() const;
    bool hasUnsavedChanges() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QLineEdit *durationEdit() const { return m_duration; }
    QCheckBox *doneBox() const { return m_done; }
    QComboBox *outcomeBox() const { return m_outcome; }
    RecordPicker *accountPicker() const { return m_account; }
    QListWidget *contactList() const { return m_contacts; }
    QPushButton *saveButton() const { return m_save; }

    // Parses a duration as typed: minutes ("45", "45 min"), hours and minutes
    // ("1:30", "1h 30m") or hours ("2h"). Empty is no duration. Negative
    // amounts are parsed (and then refused by validation).
    struct Duration {
        bool ok = true;
        std::optional<int> minutes;
    };
    static Duration parseDuration(const QString &text);

public slots:
    // Saves if valid; closes on success. On a store error the dialog stays open
    // with the error shown.
    bool save();
    // Cancel, Escape and the window's close button: asks first when there are
    // unsaved changes (Save, Discard or Cancel).
    void reject() override;

signals:
    void saved(const QString &activityId);

private:
    void buildForm();
    void load();
    void markSaved();
    QStringList snapshot() const;
    Activity collect() const;
    void validate();
    void onKindChanged();
    void onAccountChanged(const QString &accountId);
    void fillContacts(const QString &accountId, const QStringList &checked, bool keepOthers);
    void fillLinks(QComboBox *box, const QString &entity, const QString &accountId, const QString &selected);
    void setAccount(const QString &accountId);
    QStringList checkedContacts() const;

    AppContext &m_context;
    QString m_id;
    Activity m_loaded;
    QStringList m_baseline;
    bool m_filling = false;
    bool m_gone = false; // the activity to edit was deleted
    bool m_triedKind = false;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QLineEdit *m_duration = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QCheckBox *m_done = nullptr;
    QDateTimeEdit *m_doneAt = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_location = nullptr;
    RecordPicker *m_account = nullptr;
    QListWidget *m_contacts = nullptr;
    QLabel *m_contactsHint = nullptr;
    QComboBox *m_opportunity = nullptr;
    QComboBox *m_case = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_kindError = nullptr;
    QLabel *m_startError = nullptr;
    QLabel *m_durationError = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace rapport
