#include "OpportunityRepository.h"

#include "FieldCodec.h"
#include "PipelineRepository.h"
#include "Store.h"

namespace rapport {

using namespace codec;

const EntityDef &OpportunityRepository::entity()
{
    return *entityByName(QStringLiteral("opportunity"));
}

QJsonObject OpportunityRepository::toFields(const Opportunity &o)
{
    return {{QStringLiteral("owner_id"), text(o.ownerId)},
            {QStringLiteral("account_id"), text(o.accountId)},
            {QStringLiteral("contact_id"), text(o.contactId)},
            {QStringLiteral("name"), text(o.name)},
            {QStringLiteral("amount"), o.amount ? QJsonValue(o.amount->minor) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("currency"), o.amount ? text(o.amount->currency) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pipeline_id"), text(o.pipelineId)},
            {QStringLiteral("stage_id"), text(o.stageId)},
            {QStringLiteral("probability"), integer(o.probability)},
            {QStringLiteral("expected_close"), date(o.expectedClose)},
            {QStringLiteral("campaign_id"), text(o.campaignId)},
            {QStringLiteral("close_reason"), text(o.closeReason)},
            {QStringLiteral("closed_at"), integer(o.closedAt)},
            {QStringLiteral("tags"), strings(o.tags)},
            {QStringLiteral("notes"), text(o.notes)}};
}

Opportunity OpportunityRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Opportunity o;
    o.id = id;
    o.ownerId = textOf(f, QStringLiteral("owner_id"));
    o.accountId = textOf(f, QStringLiteral("account_id"));
    o.contactId = textOf(f, QStringLiteral("contact_id"));
    o.name = textOf(f, QStringLiteral("name"));
    if (const std::optional<qint64> amount = integerOf(f, QStringLiteral("amount")))
        o.amount = Money{*amount, textOf(f, QStringLiteral("currency"))};
    o.pipelineId = textOf(f, QStringLiteral("pipeline_id"));
    o.stageId = textOf(f, QStringLiteral("stage_id"));
    o.probability = intOf(f, QStringLiteral("probability"));
    o.expectedClose = dateOf(f, QStringLiteral("expected_close"));
    o.campaignId = textOf(f, QStringLiteral("campaign_id"));
    o.closeReason = textOf(f, QStringLiteral("close_reason"));
    o.closedAt = integerOf(f, QStringLiteral("closed_at"));
    o.tags = stringsOf(f, QStringLiteral("tags"));
    o.notes = textOf(f, QStringLiteral("notes"));
    return o;
}

QString OpportunityRepository::validate(const Opportunity &o)
{
    if (o.name.trimmed().isEmpty())
        return QObject::tr("An opportunity needs a name.");
    if (o.amount) {
        if (!isKnownCurrency(o.amount->currency))
            return QObject::tr("\"%1\" is not a currency code (three capital letters, such as EUR).").arg(o.amount->currency);
        if (o.amount->minor < 0)
            return QObject::tr("The amount cannot be negative (%1 %2).").arg(formatMinorUnits(o.amount->minor, o.amount->currency), o.amount->currency);
    }
    if (o.probability && (*o.probability < 0 || *o.probability > 100))
        return QObject::tr("The probability must be between 0 and 100, not %1.").arg(*o.probability);
    if (!o.stageId.isEmpty() && o.pipelineId.isEmpty())
        return QObject::tr("An opportunity in a stage needs the stage's pipeline.");
    return {};
}

Status OpportunityRepository::checkInStore(const Opportunity &o, const QJsonObject &stored)
{
    if (o.stageId.isEmpty())
        return success();
    if (o.stageId == stored.value(QStringLiteral("stage_id")).toString()
        && o.pipelineId == stored.value(QStringLiteral("pipeline_id")).toString())
        return success();
    PipelineRepository pipelines(store());
    const std::optional<Stage> stage = pipelines.stage(o.stageId);
    if (!stage) {
        const Status gone = m_records.requireLive(QStringLiteral("stage"), o.stageId);
        return gone.ok() ? RecordRepository::invalid(QObject::tr("The stage %1 does not exist.").arg(o.stageId)) : gone;
    }
    if (stage->pipelineId == o.pipelineId)
        return success();
    const std::optional<Pipeline> its = pipelines.get(stage->pipelineId);
    const std::optional<Pipeline> wanted = pipelines.get(o.pipelineId);
    return RecordRepository::invalid(QObject::tr("The stage \"%1\" belongs to the pipeline \"%2\", not to \"%3\".")
                                         .arg(stage->name, its ? its->name : stage->pipelineId, wanted ? wanted->name : o.pipelineId));
}

Result<bool> OpportunityRepository::moveToStage(const QString &id, const QString &stageId, const QString &reason)
{
    return modify(id, QObject::tr("Move opportunity to another stage"), [&](Opportunity &o) -> Status {
        const std::optional<Stage> stage = PipelineRepository(store()).stage(stageId);
        if (!stage) {
            const Status gone = m_records.requireLive(QStringLiteral("stage"), stageId);
            return gone.ok() ? RecordRepository::invalid(QObject::tr("The stage %1 does not exist.").arg(stageId)) : gone;
        }
        if (o.pipelineId.isEmpty())
            o.pipelineId = stage->pipelineId;
        const bool sameStage = o.stageId == stageId;
        o.stageId = stageId;
        o.probability = stage->probability;
        if (stage->isClosed()) {
            if (!sameStage || !o.closedAt)
                o.closedAt = store().now();
            if (!sameStage || !reason.isEmpty())
                o.closeReason = reason;
        } else {
            o.closedAt.reset();
            o.closeReason.clear();
        }
        return success();
    });
}

} // namespace rapport
