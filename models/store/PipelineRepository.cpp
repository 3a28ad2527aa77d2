#include "PipelineRepository.h"

#include "FieldCodec.h"
#include "Store.h"

#include <algorithm>

namespace rapport {

using namespace codec;

PipelineRepository::PipelineRepository(Store &store) : Repository(store), m_stages(store, stageEntity()) {}

const EntityDef &PipelineRepository::entity()
{
    return *entityByName(QStringLiteral("pipeline"));
}

const EntityDef &PipelineRepository::stageEntity()
{
    return *entityByName(QStringLiteral("stage"));
}

const QStringList &PipelineRepository::stageKinds()
{
    static const QStringList k = {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    return k;
}

QJsonObject PipelineRepository::toFields(const Pipeline &p)
{
    return {{QStringLiteral("owner_id"), text(p.ownerId)},
            {QStringLiteral("name"), text(p.name)},
            {QStringLiteral("position"), integer(p.position)},
            {QStringLiteral("is_default"), flag(p.isDefault)}};
}

Pipeline PipelineRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Pipeline p;
    p.id = id;
    p.ownerId = textOf(f, QStringLiteral("owner_id"));
    p.name = textOf(f, QStringLiteral("name"));
    p.position = intOf(f, QStringLiteral("position"));
    p.isDefault = flagOf(f, QStringLiteral("is_default"));
    return p;
}

QJsonObject PipelineRepository::stageToFields(const Stage &s)
{
    return {{QStringLiteral("owner_id"), text(s.ownerId)},
            {QStringLiteral("pipeline_id"), text(s.pipelineId)},
            {QStringLiteral("name"), text(s.name)},
            {QStringLiteral("position"), qint64(s.position)},
            {QStringLiteral("probability"), integer(s.probability)},
            {QStringLiteral("kind"), text(s.kind)}};
}

Stage PipelineRepository::stageFromFields(const QString &id, const QJsonObject &f)
{
    Stage s;
    s.id = id;
    s.ownerId = textOf(f, QStringLiteral("owner_id"));
    s.pipelineId = textOf(f, QStringLiteral("pipeline_id"));
    s.name = textOf(f, QStringLiteral("name"));
    s.position = intOf(f, QStringLiteral("position")).value_or(0);
    s.probability = intOf(f, QStringLiteral("probability"));
    s.kind = textOf(f, QStringLiteral("kind"));
    return s;
}

QString PipelineRepository::validate(const Pipeline &p)
{
    if (p.name.trimmed().isEmpty())
        return QObject::tr("A pipeline needs a name.");
    if (p.stages.isEmpty())
        return QObject::tr("The pipeline \"%1\" needs at least one stage.").arg(p.name);
    for (int i = 0; i < p.stages.size(); ++i) {
        const Stage &s = p.stages[i];
        if (s.name.trimmed().isEmpty())
            return QObject::tr("Stage %1 of \"%2\" needs a name.").arg(i + 1).arg(p.name);
        if (!stageKinds().contains(s.kind))
            return QObject::tr("\"%1\" is not a kind of stage (%2).").arg(s.kind, RecordRepository::alternatives(stageKinds()));
        if (s.probability && (*s.probability < 0 || *s.probability > 100))
            return QObject::tr("The probability of the stage \"%1\" must be between 0 and 100, not %2.").arg(s.name).arg(*s.probability);
        if (!p.id.isEmpty() && !s.pipelineId.isEmpty() && s.pipelineId != p.id)
            return QObject::tr("The stage \"%1\" belongs to another pipeline.").arg(s.name);
    }
    return {};
}

Status PipelineRepository::writeStages(const QString &pipelineId, const Pipeline &p)
{
    QList<std::pair<QString, QJsonObject>> children;
    for (int i = 0; i < p.stages.size(); ++i) {
        Stage s = p.stages[i];
        s.position = i;
        if (s.ownerId.isEmpty())
            s.ownerId = p.ownerId;
        children << std::pair{s.id, stageToFields(s)};
    }
    Result<QStringList> kept = m_stages.liveIdsWhere(QStringLiteral("pipeline_id"), pipelineId);
    if (!kept)
        return kept.error();
    for (const QString &id : *kept) {
        const bool listed = std::any_of(p.stages.cbegin(), p.stages.cend(), [&](const Stage &s) { return s.id == id; });
        if (listed)
            continue;
        if (Status s = checkStageUnused(id); !s)
            return s;
    }
    Result<QStringList> written = m_stages.writeChildren(QStringLiteral("pipeline_id"), pipelineId, children);
    if (!written)
        return written.error();
    return success();
}

Status PipelineRepository::checkStageUnused(const QString &stageId)
{
    QSqlQuery &q = store().prepared(QStringLiteral("SELECT count(*) FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec() || !q.next())
        return store().sqlError(q, QStringLiteral("count opportunities of a stage"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    if (n == 0)
        return success();
    const std::optional<Stage> s = stage(stageId);
    return RecordRepository::invalid(QObject::tr("The stage \"%1\" still holds %n opportunities; move them first.", nullptr, int(n))
                                         .arg(s ? s->name : stageId));
}

Result<QString> PipelineRepository::create(const Pipeline &p)
{
    ChangeSet cs(store(), QObject::tr("Create pipeline %1").arg(p.name));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<QString> id = Base::create(p);
    if (!id)
        return id;
    if (Status s = writeStages(*id, p); !s)
        return s.error();
    if (Status c = cs.commit(); !c)
        return c.error();
    return id;
}

std::optional<Pipeline> PipelineRepository::get(const QString &id)
{
    std::optional<Pipeline> p = Base::get(id);
    if (!p)
        return std::nullopt;
    Result<QList<Stage>> s = stages(id);
    if (!s)
        return std::nullopt;
    p->stages = *s;
    return p;
}

Result<bool> PipelineRepository::update(const Pipeline &p)
{
    ChangeSet cs(store(), QObject::tr("Edit pipeline %1").arg(p.name));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<bool> changed = Base::update(p);
    if (!changed)
        return changed;
    const std::optional<Pipeline> before = get(p.id);
    if (Status s = writeStages(p.id, p); !s)
        return s.error();
    const bool stagesChanged = !before || before->stages != get(p.id)->stages;
    if (Status c = cs.commit(); !c)
        return c.error();
    return *changed || stagesChanged;
}

Status PipelineRepository::remove(const QString &id)
{
    ChangeSet cs(store(), QObject::tr("Delete pipeline"));
    if (!cs.isActive())
        return RecordRepository::notStarted();
    Result<QStringList> ids = m_stages.liveIdsWhere(QStringLiteral("pipeline_id"), id);
    if (!ids)
        return ids.error();
    for (const QString &stageId : *ids) {
        if (Status s = checkStageUnused(stageId); !s)
            return s;
        if (Status s = m_stages.remove(stageId); !s)
            return s;
    }
    if (Status s = Base::remove(id); !s)
        return s;
    return cs.commit();
}

Result<QList<Pipeline>> PipelineRepository::pipelines()
{
    QSqlQuery &q = store().prepared(QStringLiteral("SELECT id FROM pipelines WHERE deleted_at IS NULL ORDER BY position IS NULL, position, name, id"));
    if (!q.exec())
        return store().sqlError(q, QStringLiteral("list pipelines"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QList<Pipeline> out;
    for (const QString &id : std::as_const(ids))
        if (std::optional<Pipeline> p = get(id))
            out << *p;
    return out;
}

Result<QList<Stage>> PipelineRepository::stages(const QString &pipelineId)
{
    Result<QStringList> ids = m_stages.liveIdsWhere(QStringLiteral("pipeline_id"), pipelineId, QStringLiteral("position, id"));
    if (!ids)
        return ids.error();
    QList<Stage> out;
    for (const QString &id : *ids)
        if (std::optional<Stage> s = stage(id))
            out << *s;
    return out;
}

std::optional<Stage> PipelineRepository::stage(const QString &stageId)
{
    const std::optional<StoredRecord> r = m_stages.readLive(stageId);
    if (!r)
        return std::nullopt;
    return stageFromFields(stageId, r->fields);
}

} // namespace rapport
