#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Opportunity.h"

class QPlainTextEdit;
class QSpinBox;

namespace rapport {

class MoneyEdit;
class OptionalDateEdit;
class OwnerComboBox;
class PipelineStageField;
class RecordPicker;
class TagsEditor;
class ValidatedLineEdit;

// Creates or edits an opportunity: name, account, contact, amount in its
// currency, pipeline and stage, probability, expected close, campaign, tags
// and notes, each validated in place. Choosing a stage offers its default
// probability; moving into a won or lost stage asks for the reason and
// closes the deal now, as a move on the board does, and the write path
// records the stage change in the history.
class OpportunityEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    // `opportunityId` empty: a new opportunity.
    OpportunityEditor(AppContext &context, const QString &opportunityId, QWidget *parent = nullptr);

    // A new opportunity for the record in view: an account, or a contact
    // (with the contact's account).
    void prefill(const RecordRef &related);

    // The form as an opportunity (id, owner and close time included).
    Opportunity value() const;
    bool hasUnsavedChanges() const override;

    ValidatedLineEdit *nameField() const { return m_name; }
    RecordPicker *accountPicker() const { return m_account; }
    RecordPicker *contactPicker() const { return m_contact; }
    RecordPicker *campaignPicker() const { return m_campaign; }
    MoneyEdit *amountField() const { return m_amount; }
    PipelineStageField *stageField() const { return m_stage; }
    QSpinBox *probabilityBox() const { return m_probability; }
    OptionalDateEdit *expectedCloseField() const { return m_close; }
    ValidatedLineEdit *closeReasonField() const { return m_reason; }
    TagsEditor *tags() const { return m_tags; }
    QPlainTextEdit *notes() const { return m_notes; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Opportunity &opportunity);
    void onStageChosen();
    void updateCloseReason();
    QString titleOf(const QString &entity, const QString &id) const;

    Opportunity m_stored; // what the form started from
    ValidatedLineEdit *m_name = nullptr;
    RecordPicker *m_account = nullptr;
    RecordPicker *m_contact = nullptr;
    MoneyEdit *m_amount = nullptr;
    PipelineStageField *m_stage = nullptr;
    QSpinBox *m_probability = nullptr;
    OptionalDateEdit *m_close = nullptr;
    ValidatedLineEdit *m_reason = nullptr;
    RecordPicker *m_campaign = nullptr;
    OwnerComboBox *m_owner = nullptr;
    TagsEditor *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
