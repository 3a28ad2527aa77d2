#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Case.h"
#include "domain/ServiceLevels.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace rapport {

class RecordPicker;
class RequiredTextEdit;
class ValidatedLineEdit;

// Creates or edits a support case: subject, description, account and contact,
// priority, status, assignee, the due-by time (from the service level of the
// priority, counted from when the case was opened; the user may set it by
// hand), the resolution (required once resolved or closed) and the
// customer's satisfaction (1-5).
class CaseEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    // `id` empty: a new case, opened now.
    CaseEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    // A case about the record in view: an account, or a contact (and its account).
    void prefill(const RecordRef &related);

    Case value() const;
    bool hasUnsavedChanges() const override;

    ValidatedLineEdit *subjectField() const { return m_subject; }
    RecordPicker *accountPicker() const { return m_account; }
    RecordPicker *contactPicker() const { return m_contact; }
    QComboBox *priorityBox() const { return m_priority; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QCheckBox *dueByHand() const { return m_dueByHand; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    RequiredTextEdit *resolutionField() const { return m_resolution; }
    QComboBox *satisfactionBox() const { return m_satisfaction; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Case &kase);
    void updateDue();
    void onStatusChanged();
    qint64 computedDue() const;

    Case m_stored;
    ServiceLevels m_levels;
    qint64 m_openedAt = 0; // created_at of the case, or now for a new one
    std::optional<qint64> m_loadedDue; // as stored (or first computed) when the form was loaded
    QString m_loadedPriority;
    ValidatedLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    RecordPicker *m_account = nullptr;
    RecordPicker *m_contact = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_assignee = nullptr;
    QCheckBox *m_dueByHand = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QLabel *m_dueNote = nullptr;
    RequiredTextEdit *m_resolution = nullptr;
    QComboBox *m_satisfaction = nullptr;
};

} // namespace rapport
