#include "AnalyticsRecordsQuery.h"

#include "AnalyticsRowStream.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rapport {

namespace {

using analyticsrows::integer;
using analyticsrows::stream;
using analyticsrows::text;

} // namespace

Status AnalyticsRecordsQuery::stages(const Sink<AnalyticsStageRow> &sink)
{
    return stream<AnalyticsStageRow>(
        m_store,
        QStringLiteral("SELECT s.id, s.pipeline_id, s.name, s.position, ifnull(s.probability, 0), s.kind, p.name "
                       "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id AND p.deleted_at IS NULL "
                       "WHERE s.deleted_at IS NULL ORDER BY ifnull(p.position, 0), p.id, s.position, s.id"),
        QStringLiteral("read pipeline stages"),
        [](const QSqlQuery &r) {
            return AnalyticsStageRow{text(r, 0), text(r, 1), text(r, 2), int(integer(r, 3)), int(integer(r, 4)), text(r, 5), text(r, 6)};
        },
        sink);
}

Status AnalyticsRecordsQuery::opportunities(const Sink<AnalyticsOpportunityRow> &sink)
{
    return stream<AnalyticsOpportunityRow>(
        m_store,
        QStringLiteral("SELECT id, name, account_id, owner_id, pipeline_id, stage_id, campaign_id, amount, currency, ifnull(probability, 0), "
                       "expected_close, created_at, ifnull(closed_at, 0), close_reason FROM opportunities WHERE deleted_at IS NULL ORDER BY id"),
        QStringLiteral("read opportunities"),
        [](const QSqlQuery &r) {
            AnalyticsOpportunityRow o{text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), text(r, 6), {},
                                      text(r, 8), int(integer(r, 9)), text(r, 10), integer(r, 11), integer(r, 12), text(r, 13)};
            if (!r.value(7).isNull())
                o.amountMinor = integer(r, 7);
            return o;
        },
        sink);
}

Status AnalyticsRecordsQuery::stageChanges(const Sink<AnalyticsStageChangeRow> &sink)
{
    return stream<AnalyticsStageChangeRow>(
        m_store,
        QStringLiteral("SELECT c.opportunity_id, c.from_stage_id, c.to_stage_id, c.changed_at FROM stage_changes c "
                       "JOIN opportunities o ON o.id = c.opportunity_id AND o.deleted_at IS NULL "
                       "WHERE c.deleted_at IS NULL ORDER BY c.opportunity_id, c.changed_at"),
        QStringLiteral("read stage changes"),
        [](const QSqlQuery &r) { return AnalyticsStageChangeRow{text(r, 0), text(r, 1), text(r, 2), integer(r, 3)}; }, sink);
}

Status AnalyticsRecordsQuery::campaigns(const Sink<AnalyticsCampaignRow> &sink)
{
    return stream<AnalyticsCampaignRow>(
        m_store,
        QStringLiteral("SELECT id, name, channel, status, owner_id, ifnull(budget, 0), ifnull(actual_cost, 0), currency, start_date, end_date "
                       "FROM campaigns WHERE deleted_at IS NULL ORDER BY sort_key, id"),
        QStringLiteral("read campaigns"),
        [](const QSqlQuery &r) {
            return AnalyticsCampaignRow{text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), integer(r, 5), integer(r, 6),
                                        text(r, 7), text(r, 8), text(r, 9)};
        },
        sink);
}

Status AnalyticsRecordsQuery::campaignMembers(const Sink<AnalyticsCampaignMemberRow> &sink)
{
    return stream<AnalyticsCampaignMemberRow>(
        m_store,
        QStringLiteral("SELECT m.campaign_id, m.contact_id, c.account_id, m.status, ifnull(m.targeted_at, 0), ifnull(m.sent_at, 0), "
                       "ifnull(m.responded_at, 0), ifnull(m.converted_at, 0) FROM campaign_members m "
                       "JOIN campaigns k ON k.id = m.campaign_id AND k.deleted_at IS NULL "
                       "JOIN contacts c ON c.id = m.contact_id AND c.deleted_at IS NULL "
                       "WHERE m.deleted_at IS NULL ORDER BY m.campaign_id, m.contact_id"),
        QStringLiteral("read campaign members"),
        [](const QSqlQuery &r) {
            return AnalyticsCampaignMemberRow{text(r, 0), text(r, 1), text(r, 2), text(r, 3), integer(r, 4), integer(r, 5), integer(r, 6),
                                              integer(r, 7)};
        },
        sink);
}

Status AnalyticsRecordsQuery::cases(const Sink<AnalyticsCaseRow> &sink)
{
    return stream<AnalyticsCaseRow>(
        m_store,
        QStringLiteral("SELECT id, subject, account_id, owner_id, assignee_id, priority, status, created_at, ifnull(due_at, 0), "
                       "ifnull(resolved_at, 0), ifnull(satisfaction, 0) FROM cases WHERE deleted_at IS NULL ORDER BY id"),
        QStringLiteral("read cases"),
        [](const QSqlQuery &r) {
            return AnalyticsCaseRow{text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), text(r, 6), integer(r, 7),
                                    integer(r, 8), integer(r, 9), int(integer(r, 10))};
        },
        sink);
}

} // namespace rapport
