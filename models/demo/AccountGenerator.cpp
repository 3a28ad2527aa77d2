#include "AccountGenerator.h"

#include "JsonText.h"

#include <algorithm>
#include <cmath>

namespace rapport::demo {

namespace {

using Kind = PhraseBook::Kind;

// Orders per month relative to the year's average: a quiet summer and a Q4 peak.
constexpr double Season[12] = {0.85, 0.8, 0.9, 0.95, 0.95, 0.9, 0.85, 0.8, 1.0, 1.15, 1.4, 1.6};
constexpr double SeasonMax = 1.6;
constexpr qint64 YearMs = 365 * DayMs;
// A customer who has not ordered for this long counts as a former customer.
constexpr qint64 LapsedAfter = 540 * DayMs;

template <typename T>
const T &pickWeighted(Rng &rng, std::initializer_list<std::pair<T, double>> items)
{
    double total = 0;
    for (const auto &i : items)
        total += i.second;
    double x = rng.uniform() * total;
    for (const auto &i : items) {
        if (x < i.second)
            return i.first;
        x -= i.second;
    }
    return (items.end() - 1)->first;
}

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

} // namespace

AccountGenerator::AccountGenerator(GeneratorContext &ctx) : m_ctx(ctx)
{
    FieldLookup a(ctx.account);
    m_a = {a(u"owner_id"), a(u"name"),    a(u"type"),     a(u"industry"), a(u"source"),  a(u"website"),
           a(u"phones"),   a(u"emails"),  a(u"street"),   a(u"city"),     a(u"region"),  a(u"postcode"),
           a(u"country"),  a(u"parent_id"), a(u"tags"),   a(u"notes"),    a(u"visit_interval_days")};
    FieldLookup c(ctx.contact);
    m_c = {c(u"owner_id"), c(u"given_name"), c(u"family_name"), c(u"romanised_name"), c(u"title"), c(u"department"), c(u"account_id"),
           c(u"emails"),   c(u"phones"),     c(u"street"),      c(u"city"),           c(u"region"), c(u"postcode"),  c(u"country"),
           c(u"birthday"), c(u"preferred_channel"), c(u"consent"), c(u"tags"), c(u"notes")};
    FieldLookup o(ctx.opportunity);
    m_o = {o(u"owner_id"),   o(u"account_id"),  o(u"contact_id"),     o(u"name"),        o(u"amount"),
           o(u"currency"),   o(u"pipeline_id"), o(u"stage_id"),       o(u"probability"), o(u"expected_close"),
           o(u"campaign_id"), o(u"close_reason"), o(u"closed_at"),    o(u"tags"),        o(u"notes")};
    FieldLookup sc(ctx.stageChange);
    m_sc = {sc(u"owner_id"), sc(u"opportunity_id"), sc(u"from_stage_id"), sc(u"to_stage_id"), sc(u"changed_at"), sc(u"changed_by")};
    FieldLookup k(ctx.kase);
    m_k = {k(u"owner_id"), k(u"subject"), k(u"description"), k(u"account_id"), k(u"contact_id"), k(u"priority"), k(u"status"),
           k(u"assignee_id"), k(u"due_at"), k(u"resolved_at"), k(u"resolution"), k(u"satisfaction"), k(u"followup_activity_id")};
    FieldLookup act(ctx.activity);
    m_act = {act(u"owner_id"), act(u"kind"),       act(u"subject"),     act(u"body"),     act(u"start_at"),
             act(u"duration_min"), act(u"due_at"), act(u"done_at"),     act(u"outcome"),  act(u"location"),
             act(u"account_id"), act(u"contact_ids"), act(u"opportunity_id"), act(u"case_id")};
    FieldLookup ord(ctx.order);
    m_ord = {ord(u"owner_id"), ord(u"account_id"), ord(u"contact_id"), ord(u"ordered_at"), ord(u"currency"), ord(u"channel"),
             ord(u"campaign_id"), ord(u"number")};
    FieldLookup l(ctx.orderLine);
    m_line = {l(u"owner_id"), l(u"order_id"), l(u"product_id"), l(u"quantity"), l(u"unit_price"), l(u"discount")};
    for (const FieldLookup *f : {&a, &c, &o, &sc, &k, &act, &ord, &l})
        m_missing += f->missing();
}

Status AccountGenerator::generate()
{
    plan();
    Rng &rng = m_ctx.rng;
    int contacts = 0, opportunities = 0, cases = 0;
    double activities = 0;
    switch (m_type) {
    case Type::Prospect:
        contacts = 1 + rng.below(3);
        opportunities = rng.poisson(0.45);
        cases = rng.poisson(0.05);
        activities = 10;
        break;
    case Type::Customer:
        contacts = 2 + rng.below(4) + (m_rate > 20 ? 1 : 0);
        opportunities = rng.poisson(0.6);
        cases = rng.poisson(0.3);
        activities = 28;
        break;
    case Type::Former:
        contacts = 1 + rng.below(4);
        opportunities = rng.poisson(0.5);
        cases = rng.poisson(0.2);
        activities = 18;
        break;
    case Type::Partner:
        contacts = 3 + rng.below(4);
        opportunities = rng.poisson(0.8);
        cases = rng.poisson(0.3);
        activities = 35;
        break;
    }
    // Older accounts have more history. Creation times are spread as u^0.7 over
    // the span, so the mean age is (1 - 1/1.7) of it and this factor's mean is 1.
    const double age = double(m_ctx.now - m_created) / double(m_ctx.now - m_ctx.windowStart + 180 * DayMs);
    activities *= age / (1.0 - 1.0 / 1.7) * rng.logNormal(0.88, 0.5);
    Status st = writeAccount();
    if (st)
        st = writeContacts(contacts);
    if (st)
        st = writeOpportunities(opportunities);
    if (st)
        st = writeCases(cases);
    if (st)
        st = writeActivities(int(activities + 0.5));
    if (st)
        st = writeOrders();
    return st;
}

void AccountGenerator::plan()
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const QList<Region> &regions = c.names.regions();
    m_regionIndex = rng.weighted(c.names.regionWeights());
    m_region = &regions[m_regionIndex];
    m_city = &rng.pick(m_region->cities);
    m_lang = m_region->lang;
    // More accounts were acquired recently than four years ago: the business grows.
    const qint64 first = c.windowStart - 180 * DayMs;
    m_created = c.businessTime(first + qint64(std::pow(rng.uniform(), 0.7) * double(c.now - 2 * DayMs - first)), m_region->utcOffsetHours);
    m_created = qMin(m_created, c.now - DayMs);
    m_id = c.newId(m_created);
    const QList<int> &reps = c.repsByRegion[m_regionIndex];
    m_owner = c.users[reps[rng.below(int(reps.size()))]].id;
    m_contacts.clear();
    m_opportunities.clear();
    m_orders.clear();
    m_favourites = {rng.weighted(c.categoryWeights), rng.weighted(c.categoryWeights)};

    const double archetype = rng.uniform();
    m_rate = 0;
    if (archetype < 0.30) {
        m_type = Type::Prospect;
        return;
    }
    const bool partner = archetype > 0.95;
    // Heterogeneous buyers: the order rate is log-normal, and after each order
    // a customer may stop for good. Many buy once; a few order every week.
    m_rate = rng.logNormal(20.0, 0.9) * (partner ? 2.5 : 1.0);
    const int churnClass = rng.weighted(std::initializer_list<double>{0.3, 0.4, 0.3});
    const double churn = partner ? 0.01 : churnClass == 0 ? 0.6 : churnClass == 1 ? 0.1 : 0.02;
    planOrders(m_rate, churn);
    if (partner)
        m_type = Type::Partner;
    else if (m_orders.empty())
        m_type = Type::Prospect;
    else
        m_type = m_orders.back() >= c.now - LapsedAfter ? Type::Customer : Type::Former;
}

void AccountGenerator::planOrders(double rate, double churn)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    // A Poisson process thinned by the season; the first order a few weeks after acquisition.
    const double meanGap = double(YearMs) / (rate * SeasonMax);
    qint64 t = m_created + qint64(rng.exponential(20.0 * DayMs));
    if (t < c.windowStart)
        t = c.windowStart + qint64(rng.exponential(meanGap));
    while (t <= c.now) {
        const CivilDate d = civilFromMillis(t);
        if (rng.uniform() * SeasonMax < Season[d.month - 1]) {
            const qint64 at = c.businessTime(t, m_region->utcOffsetHours);
            if (at <= c.now && at > m_created)
                m_orders.push_back(at);
            if (rng.chance(churn))
                break;
        }
        t += qint64(rng.exponential(meanGap)) + HourMs;
    }
    std::sort(m_orders.begin(), m_orders.end());
}

Status AccountGenerator::writeAccount()
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const CompanyName company = c.names.company(rng, *m_region, *m_city);
    m_name = company.name;
    m_domain = company.slug + QLatin1Char('.') + m_region->tld;
    static const QString types[] = {QStringLiteral("prospect"), QStringLiteral("customer"), QStringLiteral("former customer"),
                                    QStringLiteral("partner")};
    qint64 updated = m_orders.empty() ? m_created + qint64(rng.uniform() * 0.3 * double(c.now - m_created)) : m_orders.back();
    BulkRecord &r = c.account;
    r.start(m_id, m_created, qMax(m_created, updated));
    r.setText(m_a.owner, m_owner);
    r.setText(m_a.name, m_name);
    r.setText(m_a.type, types[int(m_type)]);
    r.setText(m_a.industry, pickWeighted<QString>(rng, {{s("Cafés & coffee bars"), 25}, {s("Restaurants"), 18}, {s("Hotels"), 12},
                                                         {s("Bakeries"), 10}, {s("Catering"), 8}, {s("Offices"), 12},
                                                         {s("Retail"), 8}, {s("Healthcare"), 4}, {s("Education"), 3}}));
    r.setText(m_a.source, pickWeighted<QString>(rng, {{s("web"), 30}, {s("trade fair"), 15}, {s("referral"), 15}, {s("cold call"), 10},
                                                       {s("partner"), 8}, {s("advertising"), 7}, {s("import"), 10}, {s("social media"), 5}}));
    if (rng.chance(0.7))
        r.setText(m_a.website, QStringLiteral("www.") + m_domain);
    if (rng.chance(0.9)) {
        TypedValues phones;
        phones.add(QStringLiteral("work"), c.names.phone(rng, *m_region, *m_city, false));
        r.setJson(m_a.phones, phones.text());
    }
    if (rng.chance(0.6)) {
        static const QStringList boxes = {QStringLiteral("info"), QStringLiteral("office"), QStringLiteral("sales"), QStringLiteral("orders")};
        TypedValues emails;
        emails.add(QStringLiteral("work"), rng.pick(boxes) + QLatin1Char('@') + m_domain);
        r.setJson(m_a.emails, emails.text());
    }
    if (rng.chance(0.95)) {
        r.setText(m_a.street, c.names.street(rng, *m_region));
        r.setText(m_a.postcode, c.names.postcode(rng, *m_region, *m_city));
    }
    r.setText(m_a.city, m_city->name);
    r.setText(m_a.region, m_city->region);
    r.setText(m_a.country, m_region->country);
    std::vector<AccountRef> &peers = c.accountsByRegion[m_regionIndex];
    if (!peers.empty() && rng.chance(0.03)) {
        // A branch of an account that existed before it.
        const AccountRef &parent = peers[rng.below(int(peers.size()))];
        if (parent.createdAt < m_created)
            r.setText(m_a.parent, parent.id);
    }
    peers.push_back({m_id, m_created});
    if (m_type != Type::Prospect && rng.chance(0.35)) {
        QStringList tags;
        if (m_rate > 20)
            tags << QStringLiteral("key account");
        if (m_type == Type::Partner)
            tags << QStringLiteral("reseller");
        tags << pickWeighted<QString>(rng, {{s("newsletter"), 3}, {s("wholesale"), 2}, {s("VIP"), 1}, {s("trade fair"), 2}});
        if (m_region->code == QLatin1String("CN") && rng.chance(0.3))
            tags << s("重点客户");
        tags.removeDuplicates();
        r.setJson(m_a.tags, jsonStringArray(tags));
    }
    if (rng.chance(0.15))
        r.setText(m_a.notes, c.phrases.accountNote(rng, m_lang));
    if (m_type == Type::Customer)
        r.setInteger(m_a.visitInterval, m_rate > 20 ? 30 : m_rate > 8 ? 60 : rng.chance(0.5) ? 90 : 180);
    else if (m_type == Type::Partner)
        r.setInteger(m_a.visitInterval, 90);
    else if (m_type == Type::Prospect && rng.chance(0.15))
        r.setInteger(m_a.visitInterval, 180);
    return c.writer.insert(r);
}

Status AccountGenerator::writeContacts(int count)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    static const QStringList consentSources = {QStringLiteral("web form"), QStringLiteral("trade fair"), QStringLiteral("phone call"),
                                               QStringLiteral("order checkout"), QStringLiteral("business card"), QStringLiteral("import")};
    for (int i = 0; i < count; ++i) {
        // The first contact comes with the account, others join later.
        qint64 created = m_created + rng.range(0, 2 * DayMs);
        if (i > 0) {
            const double u = rng.uniform();
            created = m_created + qint64(u * rng.uniform() * 0.8 * double(c.now - m_created));
        }
        const PersonName p = c.names.person(rng, *m_region);
        const QString id = c.newId(created);
        const qint64 edited = rng.chance(0.3) ? qMin(c.now, created + rng.range(0, 30 * DayMs)) : created;
        BulkRecord &r = c.contact;
        r.start(id, created, edited);
        r.setText(m_c.owner, m_owner);
        r.setText(m_c.given, p.given);
        r.setText(m_c.family, p.family);
        r.setText(m_c.romanised, p.romanised);
        if (rng.chance(0.8))
            r.setText(m_c.title, c.phrases.jobTitle(rng, m_lang));
        if (rng.chance(0.5))
            r.setText(m_c.department, c.phrases.department(rng, m_lang));
        r.setText(m_c.account, m_id);
        const bool hasEmail = rng.chance(0.9);
        if (hasEmail) {
            TypedValues emails;
            emails.add(QStringLiteral("work"), p.emailLocal + QLatin1Char('@') + m_domain);
            if (rng.chance(0.15)) {
                const QString number = QString::number(rng.range(1, 99));
                emails.add(QStringLiteral("personal"), p.emailLocal + number + QLatin1Char('@') + c.names.freeMailDomain(rng, *m_region));
            }
            r.setJson(m_c.emails, emails.text());
        }
        const bool hasMobile = rng.chance(0.85);
        TypedValues phones;
        if (hasMobile)
            phones.add(QStringLiteral("mobile"), c.names.phone(rng, *m_region, *m_city, true));
        if (rng.chance(0.45))
            phones.add(QStringLiteral("work"), c.names.phone(rng, *m_region, *m_city, false));
        r.setJson(m_c.phones, phones.text());
        if (rng.chance(0.35)) {
            if (rng.chance(0.4)) {
                r.setText(m_c.street, c.names.street(rng, *m_region));
                r.setText(m_c.postcode, c.names.postcode(rng, *m_region, *m_city));
            }
            r.setText(m_c.city, m_city->name);
            r.setText(m_c.region, m_city->region);
            r.setText(m_c.country, m_region->country);
        }
        if (rng.chance(0.3)) {
            const int year = int(rng.range(1955, 2000));
            const int month = int(rng.range(1, 12));
            r.setText(m_c.birthday, isoDay(CivilDate{year, month, int(rng.range(1, 28))}));
        }
        QString channel;
        if (m_region->code == QLatin1String("CN"))
            channel = pickWeighted<QString>(rng, {{s("wechat"), 40}, {s("phone"), 30}, {s("email"), 20}, {s("sms"), 10}});
        else if (m_region->code == QLatin1String("TW"))
            channel = pickWeighted<QString>(rng, {{s("line"), 35}, {s("phone"), 30}, {s("email"), 35}});
        else
            channel = pickWeighted<QString>(rng, {{s("email"), 50}, {s("phone"), 35}, {s("whatsapp"), 10}, {s("sms"), 5}});
        r.setText(m_c.channel, channel);
        // Consent per channel, as the law asks: status, when and how it was given.
        bool emailIn = false, smsIn = false;
        QString consent;
        auto channelConsent = [&](const char *name, bool in) {
            const qint64 at = created + rng.range(0, 90) * DayMs;
            consent += consent.isEmpty() ? QLatin1String("{\"") : QLatin1String(",\"");
            consent += QLatin1String(name);
            consent += QLatin1String("\":{\"at\":") + QString::number(qMin(at, c.now)) + QLatin1String(",\"source\":");
            appendJsonString(consent, rng.pick(consentSources));
            consent += in ? QLatin1String(",\"status\":\"in\"}") : QLatin1String(",\"status\":\"out\"}");
        };
        if (hasEmail) {
            emailIn = rng.chance(0.65);
            channelConsent("email", emailIn);
        }
        if (hasMobile) {
            smsIn = rng.chance(0.35);
            channelConsent("sms", smsIn);
        }
        if (!consent.isEmpty())
            r.setJson(m_c.consent, consent + QLatin1Char('}'));
        if (rng.chance(0.2))
            r.setJson(m_c.tags, jsonStringArray({pickWeighted<QString>(rng, {{s("decision maker"), 3}, {s("newsletter"), 3}, {s("trade fair"), 2}, {s("VIP"), 1}})}));
        if (rng.chance(0.1))
            r.setText(m_c.notes, c.phrases.contactNote(rng, m_lang));
        Status st = c.writer.insert(r);
        if (!st)
            return st;
        m_contacts << ContactInfo{id, created, p.display()};
        c.contactsByRegion[m_regionIndex].push_back(int(c.contacts.size()));
        c.contacts.push_back({id, created, emailIn, smsIn});
    }
    return success();
}

const AccountGenerator::ContactInfo &AccountGenerator::contactAt(qint64 t)
{
    // Someone who already worked there; the first contact exists from the account's start.
    const ContactInfo &x = m_contacts[m_ctx.rng.below(int(m_contacts.size()))];
    return x.created <= t ? x : m_contacts.first();
}

QString AccountGenerator::contactList(qint64 t, bool maybeTwo)
{
    const ContactInfo &a = contactAt(t);
    QStringList ids{a.id};
    if (maybeTwo && m_contacts.size() > 1 && m_ctx.rng.chance(0.15)) {
        const ContactInfo &b = contactAt(t);
        if (b.id != a.id)
            ids << b.id;
    }
    return jsonStringArray(ids);
}

QString AccountGenerator::campaignAt(qint64 t, double chance)
{
    GeneratorContext &c = m_ctx;
    if (c.campaigns.empty() || !c.rng.chance(chance))
        return {};
    for (int attempt = 0; attempt < 3; ++attempt) {
        const CampaignRef &k = c.campaigns[c.rng.below(int(c.campaigns.size()))];
        if ((k.region < 0 || k.region == m_regionIndex) && t >= k.start && t <= k.end + 30 * DayMs && k.status != QLatin1String("cancelled"))
            return k.id;
    }
    return {};
}

int AccountGenerator::pickProduct()
{
    GeneratorContext &c = m_ctx;
    const int category = c.rng.chance(0.7) ? m_favourites[c.rng.below(int(m_favourites.size()))] : c.rng.weighted(c.categoryWeights);
    const QList<int> &items = c.productsByCategory[category];
    // Within a category a few products sell most: rank r has weight 1/(r+1).
    const double u = c.rng.uniform();
    const int n = int(items.size());
    const int rank = qMin(n - 1, int(std::exp(u * std::log(double(n + 1)))) - 1);
    return items[qMax(0, rank)];
}

qint64 AccountGenerator::pastTime(qint64 from, qint64 to)
{
    GeneratorContext &c = m_ctx;
    const qint64 t = c.businessTime(from + qint64(c.rng.uniform() * double(qMax<qint64>(0, to - from))), m_region->utcOffsetHours);
    return qBound(from, t, c.now - HourMs);
}

Status AccountGenerator::writeOpportunities(int count)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    static const QStringList wonReasons = {QStringLiteral("Best price"), QStringLiteral("Product quality"), QStringLiteral("Existing relationship"),
                                           QStringLiteral("Fast delivery"), QStringLiteral("Service offer")};
    static const QStringList lostReasons = {QStringLiteral("Price too high"), QStringLiteral("Chose competitor"), QStringLiteral("No budget"),
                                            QStringLiteral("No decision"), QStringLiteral("Timing")};
    const bool buyer = m_type != Type::Prospect;
    for (int i = 0; i < count; ++i) {
        const bool renewal = buyer && rng.chance(0.25);
        const PipelineRef &pipe = renewal ? c.renewals : c.sales;
        const qint64 from = qMax(m_created, c.windowStart - 90 * DayMs);
        const qint64 to = m_type == Type::Former ? qMin(c.now - DayMs, m_orders.back() + 90 * DayMs) : c.now - DayMs;
        const qint64 created = pastTime(from, to);
        // Walk the stages: advance, stall (stays open, however old) or lose.
        static const double advanceSales[] = {0.55, 0.6, 0.6, 0.6};
        static const double advanceRenewal[] = {0.8, 0.75};
        struct Change {
            int from, to; // stage indexes in pipe.open, or -1 none, -2 won, -3 lost
            qint64 at;
        };
        QList<Change> changes{{-1, 0, created}};
        int stage = 0;
        qint64 t = created;
        for (;;) {
            t += qint64(rng.exponential(12.0 * DayMs)) + DayMs;
            if (t > c.now)
                break;
            const double r = rng.uniform();
            const double advance = renewal ? advanceRenewal[stage] : advanceSales[stage];
            if (r < advance) {
                const bool last = stage == int(pipe.open.size()) - 1;
                // A prospect that wins a deal would be a customer: prospects' deals end otherwise.
                const int next = last ? (buyer ? -2 : -3) : stage + 1;
                changes << Change{stage, next, t};
                if (next < 0)
                    break;
                stage = next;
            } else if (r < advance + 0.08) {
                break; // stalled
            } else {
                changes << Change{stage, -3, t};
                break;
            }
        }
        const Change &last = changes.last();
        const bool won = last.to == -2, lost = last.to == -3;
        const StageRef &current = won ? pipe.won : lost ? pipe.lost : pipe.open[last.to];
        const qint64 updated = last.at;
        const QString id = c.newId(created);
        const QString currency = m_region->currency;
        const double eur = renewal ? rng.logNormal(800, 0.5) : rng.logNormal(2500, 1.0);
        BulkRecord &r = c.opportunity;
        r.start(id, created, updated);
        r.setText(m_o.owner, m_owner);
        r.setText(m_o.account, m_id);
        r.setText(m_o.contact, contactAt(created).id);
        const CivilDate cd = civilFromMillis(created);
        r.setText(m_o.name, c.phrases.opportunityName(m_lang, m_name, c.categories[m_favourites.first()], renewal, cd.year + (renewal ? 1 : 0)));
        r.setInteger(m_o.amount, qMax<qint64>(1, qint64(eur * c.eurRate(currency) / 10.0 + 0.5)) * 1000);
        r.setText(m_o.currency, currency);
        r.setText(m_o.pipeline, pipe.id);
        r.setText(m_o.stage, current.id);
        r.setInteger(m_o.probability, current.probability);
        if (won || lost) {
            r.setText(m_o.expectedClose, isoDay(last.at));
            r.setText(m_o.closeReason, rng.pick(won ? wonReasons : lostReasons));
            r.setInteger(m_o.closedAt, last.at);
        } else {
            r.setText(m_o.expectedClose, isoDay(created + rng.range(30, 120) * DayMs));
        }
        r.setText(m_o.campaign, campaignAt(created, 0.15));
        if (rng.chance(0.1))
            r.setJson(m_o.tags, jsonStringArray({renewal ? QStringLiteral("upsell") : buyer ? QStringLiteral("strategic") : QStringLiteral("new business")}));
        if (rng.chance(0.2))
            r.setText(m_o.notes, c.phrases.opportunityNote(rng, m_lang));
        Status st = c.writer.insert(r);
        if (!st)
            return st;
        for (const Change &ch : changes) {
            auto stageId = [&](int s) -> QString { return s == -1 ? QString() : s == -2 ? pipe.won.id : s == -3 ? pipe.lost.id : pipe.open[s].id; };
            BulkRecord &x = c.stageChange;
            x.start(c.newId(ch.at), ch.at, ch.at);
            x.setText(m_sc.owner, m_owner);
            x.setText(m_sc.opportunity, id);
            x.setText(m_sc.from, stageId(ch.from));
            x.setText(m_sc.to, stageId(ch.to));
            x.setInteger(m_sc.changedAt, ch.at);
            x.setText(m_sc.changedBy, m_owner);
            st = c.writer.insert(x);
            if (!st)
                return st;
        }
        m_opportunities << Span{id, created, (won || lost) ? last.at : c.now - HourMs};
    }
    return success();
}

Status AccountGenerator::writeCases(int count)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    QList<ActivitySpec> related;
    for (int i = 0; i < count; ++i) {
        qint64 created = m_orders.empty() ? pastTime(m_created, c.now)
                                          : m_orders[size_t(rng.below(int(m_orders.size())))] + rng.range(1, 10) * DayMs;
        created = qMin(c.businessTime(created, m_region->utcOffsetHours), c.now - HourMs);
        const int priority = rng.weighted(std::initializer_list<double>{0.2, 0.55, 0.2, 0.05});
        static const QString priorities[] = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
        static const qint64 slaDays[] = {14, 7, 3, 1};
        static const double fixDays[] = {10, 6, 3, 1};
        const qint64 resolvedAt = created + qint64(rng.exponential(fixDays[priority] * DayMs)) + HourMs;
        const bool resolved = resolvedAt <= c.now && !rng.chance(0.03); // a small backlog never gets done
        QString status;
        if (resolved)
            status = c.now - resolvedAt < 14 * DayMs ? QStringLiteral("resolved") : QStringLiteral("closed");
        else
            // Every unresolved case has an assignee; "new" ones were assigned by a
            // rule but not yet acknowledged.
            status = pickWeighted<QString>(rng, {{s("new"), 10}, {s("assigned"), 30}, {s("in progress"), 35}, {s("waiting"), 25}});
        const QString id = c.newId(created);
        const ContactInfo &who = contactAt(created);
        const QString subject = c.phrases.caseSubject(rng, m_lang);
        BulkRecord &r = c.kase;
        r.start(id, created, resolved ? resolvedAt : created);
        r.setText(m_k.owner, m_owner);
        r.setText(m_k.subject, subject);
        r.setText(m_k.description, c.phrases.caseDescription(rng, m_lang));
        r.setText(m_k.account, m_id);
        r.setText(m_k.contact, who.id);
        r.setText(m_k.priority, priorities[priority]);
        r.setText(m_k.status, status);
        r.setText(m_k.assignee, c.users[c.support[rng.below(int(c.support.size()))]].id);
        r.setInteger(m_k.due, created + slaDays[priority] * DayMs);
        if (resolved) {
            r.setInteger(m_k.resolved, resolvedAt);
            r.setText(m_k.resolution, c.phrases.caseResolution(rng, m_lang));
            if (rng.chance(0.6))
                r.setInteger(m_k.satisfaction, 1 + rng.weighted(std::initializer_list<double>{5, 7, 15, 35, 38}));
            if (rng.chance(0.3)) {
                // A follow-up call planned when the case was resolved; its id is known now.
                ActivitySpec f;
                f.kind = Kind::Call;
                f.created = resolvedAt;
                f.start = c.businessTime(resolvedAt + rng.range(2, 7) * DayMs, m_region->utcOffsetHours);
                f.id = c.newId(f.created);
                f.subject = c.phrases.caseFollowUpSubject(m_lang, subject);
                f.contactIds = jsonStringArray({who.id});
                f.kase = id;
                if (f.start <= c.now) {
                    f.done = f.start + rng.range(5, 15) * MinuteMs;
                } else {
                    f.kind = Kind::Task;
                    f.due = f.start;
                }
                r.setText(m_k.followup, f.id);
                related << f;
            }
        }
        Status st = c.writer.insert(r);
        if (!st)
            return st;
        // The emails and calls while it was open.
        const int n = 1 + rng.below(2);
        for (int j = 0; j < n; ++j) {
            ActivitySpec a;
            a.kind = rng.chance(0.6) ? Kind::Email : Kind::Call;
            a.start = qMin(c.now - HourMs, created + qint64(rng.uniform() * double((resolved ? resolvedAt : c.now) - created)));
            a.created = a.start;
            a.done = a.start;
            a.subject = subject;
            a.contactIds = jsonStringArray({who.id});
            a.kase = id;
            related << a;
        }
    }
    for (const ActivitySpec &a : std::as_const(related)) {
        Status st = writeActivity(a);
        if (!st)
            return st;
    }
    return success();
}

Status AccountGenerator::writeActivities(int count)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const bool active = m_type != Type::Former;
    for (int i = 0; i < count; ++i) {
        ActivitySpec a;
        if (active && rng.chance(0.04)) {
            // Planned: a meeting or a task in the coming weeks.
            a.kind = rng.chance(0.6) ? Kind::Meeting : Kind::Task;
            a.start = c.businessTime(c.now + rng.range(0, 45) * DayMs, m_region->utcOffsetHours);
            a.created = qMax(m_created, c.now - rng.range(1, 30) * DayMs);
            if (a.kind == Kind::Task)
                a.due = a.start;
        } else {
            a.kind = pickWeighted<Kind>(rng, {{Kind::Email, 35}, {Kind::Call, 30}, {Kind::Meeting, 12}, {Kind::Task, 15}, {Kind::Note, 8}});
            if (!m_opportunities.isEmpty() && rng.chance(0.25)) {
                const Span &o = m_opportunities[rng.below(int(m_opportunities.size()))];
                a.opportunity = o.id;
                a.start = pastTime(o.start, o.end);
            } else {
                a.start = pastTime(m_created, m_type == Type::Former ? qMin(c.now, m_orders.back() + 180 * DayMs) : c.now);
            }
            a.created = a.start;
            if (a.kind == Kind::Task) {
                a.due = a.start + rng.range(1, 10) * DayMs;
                // Done on time mostly; a few overdue ones stay open.
                if (a.due > c.now ? rng.chance(0.4) : !rng.chance(0.04))
                    a.done = qMin(c.now - MinuteMs, a.start + qint64(rng.uniform() * double(a.due - a.start + 2 * DayMs)));
            } else {
                a.done = a.start;
            }
        }
        const bool withContact = a.kind != Kind::Note || rng.chance(0.5);
        if (withContact)
            a.contactIds = contactList(a.start, a.kind == Kind::Meeting || a.kind == Kind::Email);
        Status st = writeActivity(a);
        if (!st)
            return st;
    }
    return success();
}

Status AccountGenerator::writeActivity(const ActivitySpec &a)
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const ProductRef &product = c.products[size_t(pickProduct())];
    QString person = m_contacts.first().display;
    if (m_contacts.size() > 1)
        person = m_contacts[rng.below(int(m_contacts.size()))].display;
    int duration = 0;
    if (a.kind == Kind::Call)
        duration = int(rng.range(1, 6)) * 5;
    else if (a.kind == Kind::Meeting)
        duration = int(rng.range(2, 8)) * 15;
    const qint64 done = a.done >= 0 && duration > 0 ? qMin(c.now, a.done + duration * MinuteMs) : a.done;
    BulkRecord &r = c.activity;
    r.start(a.id.isEmpty() ? c.newId(a.created) : a.id, a.created, qMax(a.created, done));
    r.setText(m_act.owner, m_owner);
    // A meeting at the customer's premises is a visit (the field rep's round
    // and the account's "last visit" read them); the others are online.
    const bool onSite = a.kind == Kind::Meeting && rng.chance(0.6);
    r.setText(m_act.kind, onSite ? QStringLiteral("visit") : PhraseBook::kindName(a.kind));
    r.setText(m_act.subject, a.subject.isEmpty() ? c.phrases.activitySubject(rng, m_lang, a.kind, person, m_name, product.name) : a.subject);
    if (rng.chance(0.25))
        r.setText(m_act.body, c.phrases.activityBody(rng, m_lang, a.kind));
    r.setInteger(m_act.start, a.start);
    if (duration > 0)
        r.setInteger(m_act.duration, duration);
    if (a.due >= 0)
        r.setInteger(m_act.due, a.due);
    if (done >= 0)
        r.setInteger(m_act.done, done);
    if (done >= 0 && a.kind == Kind::Call)
        r.setText(m_act.outcome, pickWeighted<QString>(rng, {{s("connected"), 55}, {s("left voicemail"), 20}, {s("no answer"), 15}, {s("call back"), 10}}));
    else if (done >= 0 && a.kind == Kind::Meeting)
        r.setText(m_act.outcome, pickWeighted<QString>(rng, {{s("positive"), 50}, {s("neutral"), 35}, {s("negative"), 15}}));
    if (a.kind == Kind::Meeting)
        r.setText(m_act.location, onSite ? m_name + QStringLiteral(", ") + m_city->name : c.phrases.onlineMeeting(m_lang));
    r.setText(m_act.account, m_id);
    r.setJson(m_act.contacts, a.contactIds);
    r.setText(m_act.opportunity, a.opportunity);
    r.setText(m_act.kase, a.kase);
    return c.writer.insert(r);
}

Status AccountGenerator::writeOrders()
{
    GeneratorContext &c = m_ctx;
    Rng &rng = c.rng;
    const QString &currency = m_region->currency;
    const bool china = m_region->code == QLatin1String("CN");
    for (const qint64 t : m_orders) {
        const CivilDate d = civilFromMillis(t);
        const QString id = c.newId(t);
        // Lines first, so the order's updated_at can include a later refund.
        struct Line {
            int product;
            qint64 quantity, price, discount;
            qint64 at;
        };
        QList<Line> lines;
        const int n = 1 + rng.weighted(std::initializer_list<double>{45, 30, 15, 10});
        for (int i = 0; i < n; ++i) {
            const int p = pickProduct();
            bool repeated = false;
            for (const Line &l : std::as_const(lines))
                repeated = repeated || l.product == p;
            if (repeated)
                continue;
            const ProductRef &pr = c.products[size_t(p)];
            qint64 qty = rng.range(pr.qtyLo, pr.qtyHi);
            if (m_type == Type::Partner && pr.qtyHi > 2)
                qty *= 3;
            const qint64 price = c.price(pr.priceEur, currency, t);
            qint64 discount = 0;
            if (rng.chance(0.12))
                discount = qty * price * (5 * rng.range(1, 4)) / 100;
            lines << Line{p, qty, price, discount, t};
        }
        qint64 updated = t;
        if (rng.chance(0.03)) {
            // A return: the same product at the same price, negative quantity, some days later.
            const Line &back = lines[rng.below(int(lines.size()))];
            const qint64 at = t + rng.range(3, 30) * DayMs;
            if (at <= c.now) {
                lines << Line{back.product, -rng.range(1, back.quantity), back.price, 0, at};
                updated = at;
            }
        }
        BulkRecord &r = c.order;
        r.start(id, t, updated);
        r.setText(m_ord.owner, m_owner);
        r.setText(m_ord.account, m_id);
        r.setText(m_ord.contact, contactAt(t).id);
        r.setInteger(m_ord.orderedAt, t);
        r.setText(m_ord.currency, currency);
        r.setText(m_ord.channel, china ? pickWeighted<QString>(rng, {{s("web shop"), 25}, {s("WeChat"), 25}, {s("Tmall"), 15}, {s("phone"), 15}, {s("sales rep"), 20}})
                                       : pickWeighted<QString>(rng, {{s("web shop"), 35}, {s("phone"), 20}, {s("email"), 20}, {s("sales rep"), 20}, {s("marketplace"), 5}}));
        r.setText(m_ord.campaign, campaignAt(t, 0.08));
        r.setText(m_ord.number, QStringLiteral("SO-%1-%2").arg(d.year).arg(++c.orderNumber, 7, 10, QLatin1Char('0')));
        Status st = c.writer.insert(r);
        if (!st)
            return st;
        for (const Line &l : std::as_const(lines)) {
            BulkRecord &x = c.orderLine;
            x.start(c.newId(l.at), l.at, l.at);
            x.setText(m_line.owner, m_owner);
            x.setText(m_line.order, id);
            x.setText(m_line.product, c.products[size_t(l.product)].id);
            x.setInteger(m_line.quantity, l.quantity);
            x.setInteger(m_line.unitPrice, l.price);
            if (l.discount > 0)
                x.setInteger(m_line.discount, l.discount);
            st = c.writer.insert(x);
            if (!st)
                return st;
        }
    }
    return success();
}

} // namespace rapport::demo
