#pragma once
#include "AnalyticsRowsQuery.h"

namespace rapport {

// The pipeline, campaign and service side of the analytics' input: stages,
// opportunities and their stage moves, campaigns and their members (with the
// member contact's account), cases. Same contract as AnalyticsRowsQuery:
// forward-only, row by row to a sink, deleted records left out (a stage of a
// deleted pipeline, a move of a deleted opportunity, a member of a deleted
// campaign or contact too), meant to run inside a ReadSnapshot. Amounts stay
// in their own currency: choosing one is the loader's job.
class AnalyticsRecordsQuery {
public:
    template <typename Row>
    using Sink = AnalyticsRowsQuery::Sink<Row>;

    explicit AnalyticsRecordsQuery(Store &store) : m_store(store) {}

    // By pipeline position, then stage position.
    Status stages(const Sink<AnalyticsStageRow> &sink);
    Status opportunities(const Sink<AnalyticsOpportunityRow> &sink);
    // By opportunity, then time.
    Status stageChanges(const Sink<AnalyticsStageChangeRow> &sink);
    Status campaigns(const Sink<AnalyticsCampaignRow> &sink);
    Status campaignMembers(const Sink<AnalyticsCampaignMemberRow> &sink);
    Status cases(const Sink<AnalyticsCaseRow> &sink);

private:
    Store &m_store;
};

} // namespace rapport
