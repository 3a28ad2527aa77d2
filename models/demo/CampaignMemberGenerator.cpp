#include "CampaignMemberGenerator.h"

#include <QSet>

namespace rapport::demo {

CampaignMemberGenerator::CampaignMemberGenerator(GeneratorContext &ctx) : m_ctx(ctx)
{
    FieldLookup f(ctx.campaignMember);
    m_f = {f(u"owner_id"), f(u"campaign_id"), f(u"contact_id"), f(u"status"), f(u"targeted_at"), f(u"sent_at"), f(u"responded_at"),
           f(u"converted_at")};
    m_missing = f.missing();
}

Status CampaignMemberGenerator::generate(int index)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const CampaignRef &k = c.campaigns[size_t(index)];
    // About 1.5 members per account over all campaigns (aiming higher: early
    // campaigns find fewer contacts that existed already, consent filters others).
    const double mean = 2.0 * c.options.accounts / double(c.campaigns.size());
    const int wanted = qMax(5, int(rng.logNormal(mean * 0.88, 0.5)));
    const bool email = k.channel == QLatin1String("email");
    const bool sms = k.channel == QLatin1String("sms");
    double respond = 0.05;
    if (email)
        respond = 0.12;
    else if (k.channel == QLatin1String("event") || k.channel == QLatin1String("webinar"))
        respond = 0.3;
    else if (k.channel == QLatin1String("wechat"))
        respond = 0.1;
    const bool started = k.status == QLatin1String("active") || k.status == QLatin1String("completed");
    QSet<int> chosen;
    QList<int> members;
    const int regions = int(c.contactsByRegion.size());
    for (int attempt = 0; attempt < wanted * 10 && members.size() < wanted; ++attempt) {
        const int region = k.region >= 0 ? k.region : rng.below(regions);
        const std::vector<int> &pool = c.contactsByRegion[size_t(region)];
        if (pool.empty())
            continue;
        const int ci = pool[size_t(rng.below(int(pool.size())))];
        const ContactRef &who = c.contacts[size_t(ci)];
        if (who.createdAt >= k.start || (email && !who.emailIn) || (sms && !who.smsIn) || chosen.contains(ci))
            continue;
        chosen.insert(ci);
        members << ci;
    }
    for (int ci : std::as_const(members)) {
        const ContactRef &who = c.contacts[size_t(ci)];
        const qint64 targeted = qMax(who.createdAt + 1, qMin(c.now - HourMs, k.start - rng.range(1, 14) * DayMs));
        qint64 sent = -1, responded = -1, converted = -1;
        if (started && rng.chance(0.95)) {
            sent = k.start + rng.range(0, 3 * DayMs);
            if (rng.chance(respond))
                responded = sent + rng.range(HourMs, 10 * DayMs);
            if (responded > 0 && rng.chance(0.25))
                converted = responded + rng.range(DayMs, 20 * DayMs);
        }
        // Nothing happens after "now": later steps are simply not there yet.
        if (sent > c.now)
            sent = responded = converted = -1;
        if (responded > c.now)
            responded = converted = -1;
        if (converted > c.now)
            converted = -1;
        const qint64 last = qMax(qMax(targeted, sent), qMax(responded, converted));
        BulkRecord &r = c.campaignMember;
        r.start(c.newId(targeted), targeted, last);
        r.setText(m_f.owner, k.owner);
        r.setText(m_f.campaign, k.id);
        r.setText(m_f.contact, who.id);
        r.setText(m_f.status, converted > 0   ? QStringLiteral("converted")
                              : responded > 0 ? QStringLiteral("responded")
                              : sent > 0      ? QStringLiteral("sent")
                                              : QStringLiteral("targeted"));
        r.setInteger(m_f.targeted, targeted);
        if (sent > 0)
            r.setInteger(m_f.sent, sent);
        if (responded > 0)
            r.setInteger(m_f.responded, responded);
        if (converted > 0)
            r.setInteger(m_f.converted, converted);
        Status st = c.writer.insert(r);
        if (!st)
            return st;
    }
    return success();
}

} // namespace rapport::demo
