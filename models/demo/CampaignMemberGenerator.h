#pragma once
#include "GeneratorContext.h"

namespace rapport::demo {

// Who each campaign targeted and how far they got: targeted, sent,
// responded, converted. Runs after all contacts exist; a campaign picks
// contacts of its region who were already known when it started and, for
// email and SMS, who consented to that channel.
class CampaignMemberGenerator {
public:
    explicit CampaignMemberGenerator(GeneratorContext &ctx);
    QStringList missingFields() const { return m_missing; }
    // Writes the members of campaign i.
    Status generate(int campaign);

private:
    GeneratorContext &m_ctx;
    QStringList m_missing;
    struct {
        int owner, campaign, contact, status, targeted, sent, responded, converted;
    } m_f;
};

} // namespace rapport::demo
