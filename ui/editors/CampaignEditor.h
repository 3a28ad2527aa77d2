#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Campaign.h"

class QComboBox;
class QPlainTextEdit;

namespace rapport {

class MoneyEdit;
class OptionalDateEdit;
class OwnerComboBox;
class ValidatedLineEdit;

// Creates or edits a campaign: name, channel, budget and actual cost in one
// currency, start and end (the end not before the start), status, owner and
// notes, each checked in place.
class CampaignEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    // `id` empty: a new campaign.
    CampaignEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    // Campaigns stand on their own: nothing to take from a related record,
    // except that one made from an account's page is owned like the account.
    void prefill(const RecordRef &related);

    Campaign value() const;
    bool hasUnsavedChanges() const override;

    ValidatedLineEdit *nameField() const { return m_name; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *statusBox() const { return m_status; }
    MoneyEdit *budgetField() const { return m_budget; }
    MoneyEdit *actualCostField() const { return m_actualCost; }
    OptionalDateEdit *startField() const { return m_start; }
    OptionalDateEdit *endField() const { return m_end; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Campaign &campaign);
    void keepCostInBudgetCurrency();

    Campaign m_stored;
    ValidatedLineEdit *m_name = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    OwnerComboBox *m_owner = nullptr;
    MoneyEdit *m_budget = nullptr;
    MoneyEdit *m_actualCost = nullptr;
    OptionalDateEdit *m_start = nullptr;
    OptionalDateEdit *m_end = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace rapport
