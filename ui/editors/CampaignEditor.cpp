#include "CampaignEditor.h"

#include "core/AppContext.h"
#include "domain/Vocabulary.h"
#include "fields/MoneyEdit.h"
#include "fields/OptionalDateEdit.h"
#include "fields/OwnerComboBox.h"
#include "fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/CampaignRepository.h"
#include "store/ChangeSet.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport {

namespace {

// The end date, which may not come before the start date: the rule spans two
// fields, so its error is shown beside the end, where the user fixes it.
class CampaignEndEdit : public OptionalDateEdit {
public:
    CampaignEndEdit(const OptionalDateEdit *start, QWidget *parent) : OptionalDateEdit(parent), m_start(start) {}

    QString problem() const override
    {
        if (const QString p = OptionalDateEdit::problem(); !p.isEmpty())
            return p;
        const QDate start = m_start->value();
        if (start.isValid() && value().isValid() && value() < start)
            return CampaignEditor::tr("The campaign cannot end before it starts (%1).").arg(QLocale().toString(start, QLocale::ShortFormat));
        return {};
    }

private:
    const OptionalDateEdit *m_start;
};

} // namespace

CampaignEditor::CampaignEditor(AppContext &context, const QString &id, QWidget *parent) : RecordEditorDialog(context, id, parent)
{
    setObjectName(QStringLiteral("CampaignEditor"));
    Store &store = context.store();

    m_name = new ValidatedLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setRequired(tr("A campaign needs a name."));
    m_name->setPlaceholderText(tr("Spring trade fair, newsletter 04/2025 …"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(QString(), QString());
    for (const QString &c : CampaignRepository::channels())
        m_channel->addItem(vocabularyLabel(c), c);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &s : CampaignRepository::statuses())
        m_status->addItem(vocabularyLabel(s), s);
    m_owner = new OwnerComboBox(store, this);
    m_budget = new MoneyEdit(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_actualCost = new MoneyEdit(this);
    m_actualCost->setObjectName(QStringLiteral("actualCost"));
    // One currency for both: the cost is compared with the budget.
    m_actualCost->currencyBox()->setEnabled(false);
    m_actualCost->currencyBox()->setToolTip(tr("The actual cost is in the budget's currency."));
    m_start = new OptionalDateEdit(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_end = new CampaignEndEdit(m_start, this);
    m_end->setObjectName(QStringLiteral("end"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Goal, audience, message"));
    m_notes->setMaximumHeight(100);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(5);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("O&wner"), m_owner);
    form->addRow(tr("&Budget"), m_budget);
    form->addRow(tr("A&ctual cost"), m_actualCost);
    form->addRow(tr("S&tarts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    form->addRow(tr("N&otes"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(footer());
    layout->addWidget(buttons());

    watch(m_name, tr("Name"));
    watch(m_budget, tr("Budget"));
    watch(m_actualCost, tr("Actual cost"));
    watch(m_start, tr("Starts"));
    watch(m_end, tr("Ends"));
    connect(m_budget, &FieldWidget::changed, this, &CampaignEditor::keepCostInBudgetCurrency);
    connect(m_start, &FieldWidget::changed, this, [this] {
        m_end->setTouched(m_end->isTouched()); // re-checks the end against the new start
        updateSaveState();
    });
    for (QComboBox *box : {m_channel, m_status, static_cast<QComboBox *>(m_owner)})
        connect(box, &QComboBox::currentIndexChanged, this, &CampaignEditor::updateSaveState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CampaignEditor::updateSaveState);

    if (id.isEmpty()) {
        setWindowTitle(tr("New Campaign"));
        Campaign fresh;
        fresh.ownerId = store.localUserId();
        fresh.status = QStringLiteral("planned");
        // Amounts are typed in the user's own currency unless they pick another.
        fresh.currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        load(fresh);
    } else {
        const std::optional<Campaign> stored = CampaignRepository(store).get(id);
        setWindowTitle(stored ? tr("Campaign — %1").arg(stored->name) : tr("Campaign"));
        load(stored.value_or(Campaign{}));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void CampaignEditor::load(const Campaign &c)
{
    m_stored = c;
    m_name->setText(c.name);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(c.channel)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.status)));
    m_owner->setOwnerId(c.ownerId);
    m_budget->setValue(c.budget ? std::optional<Money>(Money{*c.budget, c.currency}) : std::nullopt);
    m_budget->setCurrency(c.currency);
    m_actualCost->setValue(c.actualCost ? std::optional<Money>(Money{*c.actualCost, c.currency}) : std::nullopt);
    keepCostInBudgetCurrency();
    m_start->setValue(c.startDate);
    m_end->setValue(c.endDate);
    m_notes->setPlainText(c.notes);
    // The form as shown is the baseline: opening never counts as a change.
    m_stored = value();
    updateSaveState();
}

void CampaignEditor::keepCostInBudgetCurrency()
{
    if (m_actualCost->currency() != m_budget->currency())
        m_actualCost->setCurrency(m_budget->currency());
}

void CampaignEditor::prefill(const RecordRef &related)
{
    if (related.entity != QLatin1String("account") || !recordId().isEmpty())
        return;
    if (const auto account = AccountRepository(context().store()).get(related.id)) {
        m_owner->setOwnerId(account->ownerId);
        m_stored = value();
        updateSaveState();
    }
}

Campaign CampaignEditor::value() const
{
    Campaign c;
    c.id = recordId();
    c.ownerId = m_owner->ownerId();
    c.name = m_name->text().trimmed();
    c.channel = m_channel->currentData().toString();
    c.status = m_status->currentData().toString();
    const std::optional<Money> budget = m_budget->value();
    const std::optional<Money> cost = m_actualCost->value();
    if (budget)
        c.budget = budget->minor;
    if (cost)
        c.actualCost = cost->minor;
    // A currency only with an amount: an empty form stores no currency.
    if (budget || cost)
        c.currency = m_budget->currency();
    c.startDate = m_start->value();
    c.endDate = m_end->value();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

bool CampaignEditor::hasUnsavedChanges() const
{
    return value() != m_stored;
}

Result<QString> CampaignEditor::write()
{
    const Campaign c = value();
    Store &store = context().store();
    return CampaignRepository(store).save(c, c.id.isEmpty() ? tr("Create campaign %1").arg(c.name) : tr("Edit campaign %1").arg(c.name));
}

void CampaignEditor::loadSaved(const QString &id)
{
    if (const auto stored = CampaignRepository(context().store()).get(id))
        load(*stored);
}

} // namespace rapport
