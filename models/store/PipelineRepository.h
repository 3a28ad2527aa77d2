#pragma once
#include "Repository.h"
#include "domain/Pipeline.h"

#include <QJsonObject>

namespace rapport {

// Pipelines with their stages, written and read as one: create(Pipeline) writes
// the pipeline and its stages (positions from the list order) in one change
// set; update(Pipeline) also adds, edits, reorders and removes stages; get(id)
// and pipelines() return them with their stages in position order.
class PipelineRepository : public Repository<PipelineRepository, Pipeline> {
public:
    explicit PipelineRepository(Store &store);

    static const EntityDef &entity();
    static const EntityDef &stageEntity();
    static const QStringList &stageKinds();
    // The pipeline's own fields; stages are written separately.
    static QJsonObject toFields(const Pipeline &pipeline);
    static Pipeline fromFields(const QString &id, const QJsonObject &fields);
    static QJsonObject stageToFields(const Stage &stage);
    static Stage stageFromFields(const QString &id, const QJsonObject &fields);
    // Checks the pipeline and each of its stages.
    static QString validate(const Pipeline &pipeline);

    Result<QString> create(const Pipeline &pipeline);
    std::optional<Pipeline> get(const QString &id);
    Result<bool> update(const Pipeline &pipeline);
    // Removes the pipeline with its stages; refused while live opportunities use it.
    Status remove(const QString &id);

    // Live pipelines by position, then name, each with its stages.
    Result<QList<Pipeline>> pipelines();
    Result<QList<Stage>> stages(const QString &pipelineId);
    std::optional<Stage> stage(const QString &stageId);

private:
    using Base = Repository<PipelineRepository, Pipeline>;
    Status writeStages(const QString &pipelineId, const Pipeline &pipeline);
    // Refuses to drop a stage that live opportunities are in.
    Status checkStageUnused(const QString &stageId);

    RecordRepository m_stages;
};

} // namespace rapport
