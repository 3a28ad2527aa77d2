#pragma once
#include "GeneratorContext.h"

namespace rapport::demo {

// The records everything else refers to: the sales, marketing and support
// team (users), tags, the two pipelines with their stages, the product
// catalogue and the campaigns (their members come last, see
// CampaignMemberGenerator, once all contacts exist).
class CatalogueGenerator {
public:
    explicit CatalogueGenerator(GeneratorContext &ctx);
    QStringList missingFields() const { return m_missing; }
    Status run();

private:
    Status users();
    Status tags();
    Status pipelines();
    Status products();
    Status campaigns();
    Result<StageRef> addStage(const QString &pipelineId, int position, const char *name, int probability, const char *kind, qint64 t);

    GeneratorContext &m_ctx;
    QStringList m_missing;
    struct {
        int owner, name, display, email, role, team, active;
    } m_user;
    struct {
        int owner, name, color;
    } m_tag;
    struct {
        int owner, name, position, isDefault;
    } m_pipeline;
    struct {
        int owner, pipeline, name, position, probability, kind;
    } m_stage;
    struct {
        int owner, code, name, category, listPrice, unitCost, currency;
    } m_product;
    struct {
        int owner, name, channel, budget, actualCost, currency, start, end, status, notes;
    } m_campaign;
};

} // namespace rapport::demo
