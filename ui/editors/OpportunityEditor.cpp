#include "OpportunityEditor.h"

#include "PipelineStageField.h"
#include "core/AppContext.h"
#include "domain/PersonName.h"
#include "fields/MoneyEdit.h"
#include "fields/OptionalDateEdit.h"
#include "fields/OwnerComboBox.h"
#include "fields/RecordPicker.h"
#include "fields/TagsEditor.h"
#include "fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/CampaignRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "store/Store.h"
#include "store/queries/TagNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int NoProbability = -1; // the spin box's "not set"

// A new deal's currency: the locale's, where it has one the store knows.
QString defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return isKnownCurrency(code) ? code : QStringLiteral("EUR");
}
} // namespace

OpportunityEditor::OpportunityEditor(AppContext &context, const QString &opportunityId, QWidget *parent)
    : RecordEditorDialog(context, opportunityId, parent)
{
    setObjectName(QStringLiteral("OpportunityEditor"));
    Store &store = context.store();

    m_name = new ValidatedLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setRequired(tr("An opportunity needs a name."));
    m_name->setPlaceholderText(tr("What is being sold, to whom"));
    m_account = new RecordPicker(store, QStringLiteral("account"), this);
    m_contact = new RecordPicker(store, QStringLiteral("contact"), this);
    m_amount = new MoneyEdit(this);
    m_stage = new PipelineStageField(this);
    if (const Result<QList<Pipeline>> pipelines = PipelineRepository(store).pipelines())
        m_stage->setPipelines(*pipelines);
    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("probability"));
    // The box cannot hold anything outside 0-100 %; below 0 is "not set".
    m_probability->setRange(NoProbability, 100);
    m_probability->setSpecialValueText(tr("Not set"));
    m_probability->setSuffix(tr(" %"));
    m_close = new OptionalDateEdit(this);
    m_close->setObjectName(QStringLiteral("expectedClose"));
    m_reason = new ValidatedLineEdit(this);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setPlaceholderText(tr("Why it was won or lost"));
    m_campaign = new RecordPicker(store, QStringLiteral("campaign"), this);
    m_owner = new OwnerComboBox(store, this);
    m_tags = new TagsEditor(this);
    if (const auto names = TagNames(store).all())
        m_tags->setSuggestions(*names);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setMaximumHeight(100);

    auto *left = new QFormLayout;
    left->setVerticalSpacing(5);
    left->addRow(tr("&Name"), m_name);
    left->addRow(tr("&Account"), m_account);
    left->addRow(tr("&Contact"), m_contact);
    left->addRow(tr("A&mount"), m_amount);
    left->addRow(tr("O&wner"), m_owner);
    left->addRow(tr("Ta&gs"), m_tags);
    auto *right = new QFormLayout;
    right->setVerticalSpacing(5);
    right->addRow(tr("&Pipeline, stage"), m_stage);
    right->addRow(tr("P&robability"), m_probability);
    right->addRow(tr("&Expected close"), m_close);
    right->addRow(tr("Won or lost &because"), m_reason);
    right->addRow(tr("Campa&ign"), m_campaign);
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
    watch(m_account, tr("Account"));
    watch(m_contact, tr("Contact"));
    watch(m_amount, tr("Amount"));
    watch(m_stage, tr("Stage"));
    watch(m_close, tr("Expected close"));
    watch(m_reason, tr("Reason"));
    watch(m_campaign, tr("Campaign"));
    watch(m_tags, tr("Tags"));
    connect(m_stage, &PipelineStageField::stageChosen, this, &OpportunityEditor::onStageChosen);
    connect(m_probability, &QSpinBox::valueChanged, this, &OpportunityEditor::updateSaveState);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &OpportunityEditor::updateSaveState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OpportunityEditor::updateSaveState);
    // A contact chosen first brings its account.
    connect(m_contact, &RecordPicker::recordChanged, this, [this](const QString &id) {
        if (id.isEmpty() || !m_account->recordId().isEmpty())
            return;
        if (const auto c = ContactRepository(this->context().store()).get(id); c && !c->accountId.isEmpty())
            m_account->setRecord(c->accountId, titleOf(QStringLiteral("account"), c->accountId));
    });

    if (opportunityId.isEmpty()) {
        setWindowTitle(tr("New Opportunity"));
        Opportunity fresh;
        fresh.ownerId = store.localUserId();
        if (const Result<QList<Pipeline>> pipelines = PipelineRepository(store).pipelines(); pipelines && !pipelines->isEmpty()) {
            const auto def = std::find_if(pipelines->cbegin(), pipelines->cend(), [](const Pipeline &p) { return p.isDefault; });
            const Pipeline &p = def != pipelines->cend() ? *def : pipelines->first();
            fresh.pipelineId = p.id;
            if (!p.stages.isEmpty()) {
                fresh.stageId = p.stages.first().id;
                fresh.probability = p.stages.first().probability;
            }
        }
        load(fresh);
        m_amount->setCurrency(defaultCurrency());
        m_stored = value();
        updateSaveState();
    } else {
        const std::optional<Opportunity> stored = OpportunityRepository(store).get(opportunityId);
        setWindowTitle(stored ? tr("Opportunity — %1").arg(stored->name) : tr("Opportunity"));
        load(stored.value_or(Opportunity{}));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(880, 0)));
}

QString OpportunityEditor::titleOf(const QString &entity, const QString &id) const
{
    if (id.isEmpty())
        return {};
    Store &store = context().store();
    if (entity == QLatin1String("account")) {
        if (const auto a = AccountRepository(store).get(id))
            return a->name;
    } else if (entity == QLatin1String("contact")) {
        if (const auto c = ContactRepository(store).get(id))
            return personDisplayName(c->givenName, c->familyName);
    } else if (entity == QLatin1String("campaign")) {
        if (const auto c = CampaignRepository(store).get(id))
            return c->name;
    }
    return id; // gone: the id still tells the user which record it was
}

void OpportunityEditor::load(const Opportunity &o)
{
    m_stored = o;
    m_name->setText(o.name);
    m_account->setRecord(o.accountId, titleOf(QStringLiteral("account"), o.accountId));
    m_contact->setRecord(o.contactId, titleOf(QStringLiteral("contact"), o.contactId));
    m_amount->setValue(o.amount);
    m_stage->setValue(o.pipelineId, o.stageId);
    m_probability->setValue(o.probability.value_or(NoProbability));
    m_close->setValue(o.expectedClose);
    m_reason->setText(o.closeReason);
    m_campaign->setRecord(o.campaignId, titleOf(QStringLiteral("campaign"), o.campaignId));
    m_owner->setOwnerId(o.ownerId);
    m_tags->setValue(o.tags);
    m_notes->setPlainText(o.notes);
    updateCloseReason();
    // The form as the fields normalise it is the baseline: opening is no change.
    m_stored = value();
    m_stored.closedAt = o.closedAt;
    updateSaveState();
}

void OpportunityEditor::prefill(const RecordRef &related)
{
    if (!recordId().isEmpty())
        return;
    if (related.entity == QLatin1String("account")) {
        m_account->setRecord(related.id, titleOf(related.entity, related.id));
    } else if (related.entity == QLatin1String("contact")) {
        m_contact->setRecord(related.id, titleOf(related.entity, related.id));
        if (const auto c = ContactRepository(context().store()).get(related.id); c && !c->accountId.isEmpty())
            m_account->setRecord(c->accountId, titleOf(QStringLiteral("account"), c->accountId));
    } else {
        return;
    }
    m_stored = value();
    updateSaveState();
}

void OpportunityEditor::onStageChosen()
{
    // The stage's default probability, as a move on the board gives it.
    if (const std::optional<Stage> s = m_stage->stage())
        m_probability->setValue(s->probability.value_or(NoProbability));
    updateCloseReason();
}

void OpportunityEditor::updateCloseReason()
{
    const std::optional<Stage> s = m_stage->stage();
    const bool closed = s && s->isClosed();
    m_reason->setEnabled(closed);
    // Moving into a won or lost stage needs the reason; a deal that was
    // already closed keeps whatever it had.
    const bool entering = closed && s->id != m_stored.stageId;
    m_reason->setRequired(entering ? (s->kind == QLatin1String("won") ? tr("Say why it was won.") : tr("Say why it was lost."))
                                   : QString());
    m_reason->setTouched(m_reason->isTouched());
    updateSaveState();
}

Opportunity OpportunityEditor::value() const
{
    Opportunity o;
    o.id = recordId();
    o.ownerId = m_owner->ownerId();
    o.name = m_name->text();
    o.accountId = m_account->recordId();
    o.contactId = m_contact->recordId();
    o.amount = m_amount->value();
    o.pipelineId = m_stage->pipelineId();
    o.stageId = m_stage->stageId();
    if (m_probability->value() != NoProbability)
        o.probability = m_probability->value();
    o.expectedClose = m_close->value();
    o.campaignId = m_campaign->recordId();
    const std::optional<Stage> s = m_stage->stage();
    if (s && s->isClosed()) {
        o.closeReason = m_reason->text();
        // Closed now when it enters a closed stage; else when it was.
        o.closedAt = s->id == m_stored.stageId ? m_stored.closedAt : std::nullopt;
    }
    o.tags = m_tags->value();
    o.notes = m_notes->toPlainText().trimmed();
    return o;
}

bool OpportunityEditor::hasUnsavedChanges() const
{
    return value() != m_stored;
}

Result<QString> OpportunityEditor::write()
{
    Opportunity o = value();
    Store &store = context().store();
    if (const std::optional<Stage> s = m_stage->stage(); s && s->isClosed() && !o.closedAt)
        o.closedAt = store.now();
    return OpportunityRepository(store).save(o, o.id.isEmpty() ? tr("Create opportunity %1").arg(o.name) : tr("Edit opportunity %1").arg(o.name));
}

void OpportunityEditor::loadSaved(const QString &id)
{
    if (const auto stored = OpportunityRepository(context().store()).get(id))
        load(*stored);
}

} // namespace rapport
