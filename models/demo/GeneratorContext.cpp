#include "GeneratorContext.h"

#include "store/Store.h"

#include <cmath>

namespace rapport::demo {

namespace {
const EntityDef &entity(const char *name)
{
    const EntityDef *e = entityByName(QString::fromLatin1(name));
    Q_ASSERT(e);
    return *e;
}

} // namespace

GeneratorContext::GeneratorContext(Store &s, const GeneratorOptions &o)
    : store(s),
      options(o),
      now(o.nowMillis),
      windowStart(o.nowMillis - 4 * 365 * DayMs - DayMs),
      rng(o.seed),
      writer(s),
      localUserId(s.localUserId()),
      user(entity("user")),
      tag(entity("tag")),
      pipeline(entity("pipeline")),
      stage(entity("stage")),
      account(entity("account")),
      contact(entity("contact")),
      campaign(entity("campaign")),
      opportunity(entity("opportunity")),
      stageChange(entity("stage_change")),
      kase(entity("case")),
      activity(entity("activity")),
      campaignMember(entity("campaign_member")),
      product(entity("product")),
      order(entity("order")),
      orderLine(entity("order_line")),
      m_ids(o.seed), m_idClock(o.nowMillis - 4 * 3600 * 1000)
{
    const int regions = int(names.regions().size());
    repsByRegion.resize(regions);
    contactsByRegion.resize(regions);
    accountsByRegion.resize(regions);
}

qint64 GeneratorContext::businessTime(qint64 t, int utcOffsetHours)
{
    qint64 day = floorDiv(t, DayMs) * DayMs;
    const int wd = weekday(day);
    if (wd >= 5) // the weekend: most business moves to Monday
        day += (7 - wd) * DayMs;
    const qint64 localMinute = 8 * 60 + rng.below(10 * 60);
    return day + localMinute * MinuteMs - utcOffsetHours * HourMs + rng.below(60) * 1000;
}

double GeneratorContext::eurRate(const QString &currency) const
{
    // Round figures, fixed: the demo has no exchange-rate history.
    if (currency == QLatin1String("CNY"))
        return 7.8;
    if (currency == QLatin1String("USD"))
        return 1.08;
    if (currency == QLatin1String("GBP"))
        return 0.86;
    if (currency == QLatin1String("TWD"))
        return 34.5;
    if (currency == QLatin1String("HKD"))
        return 8.4;
    if (currency == QLatin1String("CHF"))
        return 0.96;
    return 1.0;
}

qint64 GeneratorContext::price(qint64 eurMinor, const QString &currency, qint64 t) const
{
    const double years = double(t - windowStart) / (365.0 * DayMs);
    const double major = double(eurMinor) / 100.0 * eurRate(currency) * (0.90 + 0.025 * years);
    // Price points as shops set them: whole yuan / dollars in Asia, x.90 elsewhere.
    if (currency == QLatin1String("CNY") || currency == QLatin1String("TWD") || currency == QLatin1String("HKD"))
        return qint64(std::llround(major)) * 100;
    if (major < 5)
        return qint64(std::llround(major * 10)) * 10;
    return qint64(std::llround(major)) * 100 - 10;
}

} // namespace rapport::demo
