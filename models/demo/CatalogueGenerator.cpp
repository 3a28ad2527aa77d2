#include "CatalogueGenerator.h"

#include "JsonText.h"

namespace rapport::demo {

namespace {

struct CategoryDef {
    const char *name;
    const char *code;
    double weight;    // share of order lines
    double costRatio; // unit cost / list price
    int qtyLo, qtyHi;
    std::vector<std::pair<const char *, int>> items; // name, list price in EUR cents
};

// ~100 products of a coffee equipment and supplies wholesaler.
const std::vector<CategoryDef> &catalogue()
{
    static const std::vector<CategoryDef> c = {
        {"Espresso machines", "ESP", 0.5, 0.62, 1, 2,
         {{"Barista Pro 1", 189000}, {"Barista Pro 2", 345000}, {"Barista Pro 3", 690000}, {"Café Crème One", 129000},
          {"Café Crème Duo", 239000}, {"Volta Compact", 99000}, {"Volta Office", 159000}, {"Milano Lever", 420000},
          {"Milano Lever Twin", 780000}, {"Superautomatic S8", 540000}}},
        {"Grinders", "GRN", 0.8, 0.6, 1, 2,
         {{"Macina 54", 39000}, {"Macina 64", 69000}, {"Macina 75", 129000}, {"Macina Flat 83", 189000}, {"Home Grind", 15900},
          {"Cold Brew Mill", 24900}, {"Decaf Doser", 45000}, {"Macina Pro On-Demand", 159000}}},
        {"Coffee beans", "BEA", 10, 0.45, 2, 30,
         {{"Espresso Roma 1 kg", 2490}, {"Espresso Napoli 1 kg", 2290}, {"Crema Classica 1 kg", 1990}, {"Single Origin Ethiopia 1 kg", 3490},
          {"Single Origin Colombia 1 kg", 2990}, {"Single Origin Brazil 1 kg", 2690}, {"Decaf Swiss Water 1 kg", 2790},
          {"Organic Fairtrade Blend 1 kg", 2890}, {"Filter Blend 1 kg", 1890}, {"Espresso Roma 6 kg", 13900}, {"Crema Classica 6 kg", 10900},
          {"Yunnan Arabica 1 kg", 3190}, {"Guatemala Huehuetenango 1 kg", 3390}, {"Kenya AA 1 kg", 3690}, {"Sumatra Mandheling 1 kg", 3090},
          {"House Blend 500 g", 1190}, {"Espresso Roma 250 g", 750}, {"Cold Brew Blend 1 kg", 2390}}},
        {"Tea", "TEA", 3, 0.4, 2, 20,
         {{"Darjeeling First Flush 500 g", 2800}, {"Assam Breakfast 500 g", 1600}, {"Sencha 250 g", 1900}, {"Jasmine Pearls 250 g", 2900},
          {"Oolong Dong Ding 250 g", 3200}, {"Earl Grey 500 g", 1700}, {"Chamomile 250 g", 1100}, {"Rooibos Vanilla 500 g", 1400},
          {"Pu-erh 357 g Cake", 3900}, {"Tea Bags Assortment 100", 2100}}},
        {"Syrups & sauces", "SYR", 4, 0.5, 2, 24,
         {{"Syrup Vanilla 1 l", 890}, {"Syrup Caramel 1 l", 890}, {"Syrup Hazelnut 1 l", 890}, {"Chocolate Sauce 1.9 kg", 1490},
          {"Syrup Gingerbread 1 l", 950}, {"Syrup Sugar-free Vanilla 1 l", 1050}}},
        {"Cups & glassware", "CUP", 4, 0.45, 1, 20,
         {{"Espresso Cups (6)", 2900}, {"Cappuccino Cups (6)", 3900}, {"Latte Glasses (6)", 3400}, {"To-go Cups 8 oz (1000)", 7900},
          {"To-go Cups 12 oz (1000)", 9500}, {"Lids 8/12 oz (1000)", 4200}, {"Double-wall Glasses (2)", 2400},
          {"Barista Pitcher 600 ml", 1900}, {"Tasting Cups (12)", 4500}}},
        {"Accessories", "ACC", 3, 0.4, 1, 10,
         {{"Tamper 58 mm", 4900}, {"Knock Box", 3500}, {"Milk Thermometer", 1200}, {"Scale with Timer", 5900}, {"Bottomless Portafilter", 8900},
          {"Cleaning Brush Set", 1800}, {"Tamping Mat", 2200}, {"Dosing Funnel", 2500}, {"Water Filter Cartridge", 6500},
          {"Milk Jug 1 l", 2700}, {"Barista Apron", 3900}, {"Coffee Canister", 2900}}},
        {"Cleaning & care", "CLN", 4, 0.35, 1, 12,
         {{"Descaler 1 l", 1490}, {"Cleaning Tablets (100)", 2490}, {"Milk System Cleaner 1 l", 1690}, {"Grinder Cleaner 430 g", 1990},
          {"Microfibre Cloths (10)", 1290}, {"Backflush Disc", 690}}},
        {"Spare parts", "SPR", 2, 0.3, 1, 4,
         {{"Group Gasket (5)", 1900}, {"Shower Screen", 1500}, {"Heating Element 230 V", 18900}, {"Vibration Pump", 12900},
          {"Steam Wand Tip", 2400}, {"Burr Set 64 mm", 11900}, {"Pressure Gauge", 6900}, {"Solenoid Valve", 9900}}},
        {"Service", "SRV", 0.7, 0.25, 1, 1,
         {{"Annual Maintenance Basic", 39000}, {"Annual Maintenance Premium", 89000}, {"Barista Training (1 day)", 45000},
          {"Installation & Setup", 25000}, {"Extended Warranty 2 Years", 59000}}},
    };
    return c;
}

} // namespace

CatalogueGenerator::CatalogueGenerator(GeneratorContext &ctx) : m_ctx(ctx)
{
    FieldLookup u(ctx.user);
    m_user = {u(u"owner_id"), u(u"name"), u(u"display_name"), u(u"email"), u(u"role"), u(u"team"), u(u"active")};
    FieldLookup t(ctx.tag);
    m_tag = {t(u"owner_id"), t(u"name"), t(u"color")};
    FieldLookup p(ctx.pipeline);
    m_pipeline = {p(u"owner_id"), p(u"name"), p(u"position"), p(u"is_default")};
    FieldLookup s(ctx.stage);
    m_stage = {s(u"owner_id"), s(u"pipeline_id"), s(u"name"), s(u"position"), s(u"probability"), s(u"kind")};
    FieldLookup pr(ctx.product);
    m_product = {pr(u"owner_id"), pr(u"code"), pr(u"name"), pr(u"category"), pr(u"list_price"), pr(u"unit_cost"), pr(u"currency")};
    FieldLookup c(ctx.campaign);
    m_campaign = {c(u"owner_id"), c(u"name"), c(u"channel"), c(u"budget"), c(u"actual_cost"), c(u"currency"), c(u"start_date"),
                  c(u"end_date"), c(u"status"), c(u"notes")};
    for (const FieldLookup *l : {&u, &t, &p, &s, &pr, &c})
        m_missing += l->missing();
}

Status CatalogueGenerator::run()
{
    for (auto step : {&CatalogueGenerator::users, &CatalogueGenerator::tags, &CatalogueGenerator::pipelines, &CatalogueGenerator::products,
                      &CatalogueGenerator::campaigns}) {
        Status s = (this->*step)();
        if (!s)
            return s;
    }
    return success();
}

Status CatalogueGenerator::users()
{
    GeneratorContext &c = m_ctx;
    const QList<Region> &regions = c.names.regions();
    const int n = c.options.accounts;
    qint64 t = c.windowStart - 400 * DayMs;
    auto add = [&](const Region &home, const QString &role, const QString &team) -> Result<int> {
        const PersonName p = c.names.person(c.rng, home);
        t += c.rng.range(1, 20) * DayMs;
        const QString id = c.newId(t);
        BulkRecord &r = c.user;
        r.start(id, t, t);
        r.setText(m_user.name, p.emailLocal);
        r.setText(m_user.display, p.display());
        r.setText(m_user.email, p.emailLocal + QStringLiteral("@kaffeekontor.example"));
        r.setText(m_user.role, role);
        r.setText(m_user.team, team);
        r.setInteger(m_user.active, 1);
        Status s = c.writer.insert(r);
        if (!s)
            return s.error();
        c.users << UserRef{id, team, role};
        return int(c.users.size() - 1);
    };
    // One sales team per group of regions; the team's size grows with the data.
    QStringList teams;
    for (const Region &r : regions)
        if (!teams.contains(r.team))
            teams << r.team;
    for (const QString &team : teams) {
        double share = 0;
        const Region *home = nullptr;
        for (const Region &r : regions)
            if (r.team == team) {
                share += r.weight;
                if (!home)
                    home = &r;
            }
        const int reps = qBound(1, int(n * share / 5000.0 + 0.5), 12);
        Result<int> manager = add(*home, QStringLiteral("manager"), team);
        if (!manager)
            return manager.error();
        QList<int> members{*manager};
        for (int i = 0; i < reps; ++i) {
            Result<int> u = add(*home, QStringLiteral("rep"), team);
            if (!u)
                return u.error();
            members << *u;
        }
        for (int ri = 0; ri < regions.size(); ++ri)
            if (regions[ri].team == team)
                c.repsByRegion[ri] = members;
    }
    // The store's own user sells in the German-speaking region, so "my
    // accounts" is not empty. Its record exists already (Store::initialise).
    QString localTeam = regions.first().team;
    for (const Region &r : regions)
        if (r.code == QLatin1String("DE"))
            localTeam = r.team;
    c.users << UserRef{c.localUserId, localTeam, QStringLiteral("rep")};
    for (int ri = 0; ri < regions.size(); ++ri)
        if (regions[ri].team == localTeam)
            c.repsByRegion[ri] << int(c.users.size() - 1);
    for (int i = 0; i < qBound(1, n / 50000 + 1, 3); ++i) {
        Result<int> u = add(regions[c.rng.below(int(regions.size()))], QStringLiteral("marketing"), QStringLiteral("Marketing"));
        if (!u)
            return u.error();
        c.marketing << *u;
    }
    for (int i = 0; i < qBound(1, n / 20000, 6); ++i) {
        Result<int> u = add(regions[c.rng.below(int(regions.size()))], QStringLiteral("support"), QStringLiteral("Support"));
        if (!u)
            return u.error();
        c.support << *u;
    }
    return success();
}

Status CatalogueGenerator::tags()
{
    static const std::pair<const char *, const char *> tags[] = {
        {"key account", "#d32f2f"}, {"wholesale", "#1976d2"}, {"reseller", "#388e3c"}, {"newsletter", "#fbc02d"},
        {"VIP", "#7b1fa2"},         {"trade fair", "#0097a7"}, {"decision maker", "#5d4037"}, {"重点客户", "#e64a19"},
        {"upsell", "#455a64"},      {"new business", "#689f38"}, {"strategic", "#c2185b"}};
    GeneratorContext &c = m_ctx;
    const qint64 t = c.windowStart - 300 * DayMs;
    for (const auto &tag : tags) {
        c.tag.start(c.newId(t), t, t);
        c.tag.setText(m_tag.owner, c.localUserId);
        c.tag.setText(m_tag.name, QString::fromUtf8(tag.first));
        c.tag.setText(m_tag.color, QString::fromUtf8(tag.second));
        Status s = c.writer.insert(c.tag);
        if (!s)
            return s;
    }
    return success();
}

Result<StageRef> CatalogueGenerator::addStage(const QString &pipelineId, int position, const char *name, int probability, const char *kind,
                                              qint64 t)
{
    GeneratorContext &c = m_ctx;
    StageRef st{c.newId(t), QString::fromUtf8(name), probability, QString::fromLatin1(kind)};
    c.stage.start(st.id, t, t);
    c.stage.setText(m_stage.owner, c.localUserId);
    c.stage.setText(m_stage.pipeline, pipelineId);
    c.stage.setText(m_stage.name, st.name);
    c.stage.setInteger(m_stage.position, position);
    c.stage.setInteger(m_stage.probability, probability);
    c.stage.setText(m_stage.kind, st.kind);
    Status s = c.writer.insert(c.stage);
    if (!s)
        return s.error();
    return st;
}

Status CatalogueGenerator::pipelines()
{
    GeneratorContext &c = m_ctx;
    const qint64 t = c.windowStart - 390 * DayMs;
    struct StageDef {
        const char *name;
        int probability;
        const char *kind;
    };
    auto pipeline = [&](PipelineRef &ref, const char *name, int position, std::initializer_list<StageDef> stages) -> Status {
        ref.id = c.newId(t);
        c.pipeline.start(ref.id, t, t);
        c.pipeline.setText(m_pipeline.owner, c.localUserId);
        c.pipeline.setText(m_pipeline.name, QString::fromUtf8(name));
        c.pipeline.setInteger(m_pipeline.position, position);
        c.pipeline.setInteger(m_pipeline.isDefault, position == 0 ? 1 : 0);
        Status s = c.writer.insert(c.pipeline);
        if (!s)
            return s;
        int i = 0;
        for (const StageDef &d : stages) {
            Result<StageRef> st = addStage(ref.id, i++, d.name, d.probability, d.kind, t);
            if (!st)
                return st.error();
            if (st->kind == QLatin1String("won"))
                ref.won = *st;
            else if (st->kind == QLatin1String("lost"))
                ref.lost = *st;
            else
                ref.open << *st;
        }
        return success();
    };
    Status s = pipeline(c.sales, "Sales", 0,
                        {{"Lead", 10, "open"}, {"Qualified", 25, "open"}, {"Proposal", 50, "open"}, {"Negotiation", 75, "open"},
                         {"Won", 100, "won"}, {"Lost", 0, "lost"}});
    if (!s)
        return s;
    return pipeline(c.renewals, "Renewals", 1, {{"Upcoming", 30, "open"}, {"Quote sent", 60, "open"}, {"Renewed", 100, "won"}, {"Not renewed", 0, "lost"}});
}

Status CatalogueGenerator::products()
{
    GeneratorContext &c = m_ctx;
    qint64 t = c.windowStart - 380 * DayMs;
    int ci = 0;
    for (const CategoryDef &cat : catalogue()) {
        const QString category = QString::fromUtf8(cat.name);
        c.categories << category;
        c.categoryWeights << cat.weight;
        c.productsByCategory << QList<int>();
        int no = 101;
        for (const auto &item : cat.items) {
            t += c.rng.range(1, 3) * DayMs;
            ProductRef p{c.newId(t), QString::fromUtf8(item.first), ci, item.second, cat.qtyLo, cat.qtyHi};
            c.product.start(p.id, t, t);
            c.product.setText(m_product.owner, c.localUserId);
            c.product.setText(m_product.code, QString::fromLatin1(cat.code) + QLatin1Char('-') + QString::number(no++));
            c.product.setText(m_product.name, p.name);
            c.product.setText(m_product.category, category);
            c.product.setInteger(m_product.listPrice, item.second);
            c.product.setInteger(m_product.unitCost, qint64(item.second * cat.costRatio + 0.5));
            c.product.setText(m_product.currency, QStringLiteral("EUR"));
            Status s = c.writer.insert(c.product);
            if (!s)
                return s;
            c.productsByCategory.last() << int(c.products.size());
            c.products.push_back(p);
        }
        ++ci;
    }
    return success();
}

Status CatalogueGenerator::campaigns()
{
    GeneratorContext &c = m_ctx;
    const QList<Region> &regions = c.names.regions();
    // Eight at least: a small company still runs a few campaigns a year, and
    // the campaign pages need some in every period to show anything.
    const int count = qMax(8, int(qint64(c.options.accounts) * 200 / 100000));
    static const char *const channels[] = {"email", "sms", "event", "webinar", "social", "direct mail", "wechat"};
    for (int i = 0; i < count; ++i) {
        // Spread over the four years, a few still to come; some for one region only.
        const qint64 start = c.businessTime(c.windowStart + qint64(c.rng.uniform() * double(c.now + 60 * DayMs - c.windowStart)), 0);
        const qint64 end = start + c.rng.range(7, 60) * DayMs;
        const int region = c.rng.chance(0.6) ? c.rng.weighted(c.names.regionWeights()) : -1;
        const Lang lang = region < 0 ? Lang::En : regions[region].lang;
        const QString currency = region < 0 ? QStringLiteral("EUR") : regions[region].currency;
        QString channel = QString::fromLatin1(channels[c.rng.below(6)]);
        if (region >= 0 && regions[region].code == QLatin1String("CN") && c.rng.chance(0.5))
            channel = QStringLiteral("wechat");
        QString status = start > c.now ? QStringLiteral("planned") : end >= c.now ? QStringLiteral("active") : QStringLiteral("completed");
        if (c.rng.chance(0.03))
            status = QStringLiteral("cancelled");
        const qint64 budget = qint64(c.rng.logNormal(5000, 0.8) * c.eurRate(currency)) / 10 * 1000;
        const double spent = status == QLatin1String("completed") ? c.rng.range(70, 110) / 100.0
                             : status == QLatin1String("active")  ? c.rng.range(20, 70) / 100.0
                                                                  : 0.0;
        const QString owner = c.users[c.rng.pick(c.marketing)].id;
        const CivilDate sd = civilFromMillis(start);
        const qint64 created = qMin(c.now - DayMs, start - c.rng.range(10, 60) * DayMs);
        const qint64 updated = qMin(c.now, status == QLatin1String("completed") ? end + c.rng.range(1, 20) * DayMs : qMax(created, qMin(start, c.now)));
        CampaignRef ref{c.newId(created), start, end, region, channel, status, owner};
        BulkRecord &r = c.campaign;
        r.start(ref.id, created, qMax(created, updated));
        r.setText(m_campaign.owner, owner);
        r.setText(m_campaign.name, c.phrases.campaignName(c.rng, lang, sd.year, sd.month) + (region >= 0 ? QStringLiteral(" ") + regions[region].code : QString()));
        r.setText(m_campaign.channel, channel);
        r.setInteger(m_campaign.budget, budget);
        if (spent > 0)
            r.setInteger(m_campaign.actualCost, qint64(double(budget) * spent) / 100 * 100);
        r.setText(m_campaign.currency, currency);
        r.setText(m_campaign.start, isoDay(start));
        r.setText(m_campaign.end, isoDay(end));
        r.setText(m_campaign.status, status);
        if (c.rng.chance(0.3))
            r.setText(m_campaign.notes, status == QLatin1String("cancelled") ? QStringLiteral("Cancelled: budget moved to the trade fair.")
                                                                             : QStringLiteral("Target: existing customers and warm leads."));
        Status s = c.writer.insert(r);
        if (!s)
            return s;
        c.campaigns.push_back(ref);
    }
    return success();
}

} // namespace rapport::demo
