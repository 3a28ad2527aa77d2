#include "CampaignRepository.h"

#include "FieldCodec.h"
#include "domain/Money.h"
#include "domain/UtcTime.h"

namespace rapport {

using namespace codec;

const EntityDef &CampaignRepository::entity()
{
    return *entityByName(QStringLiteral("campaign"));
}

const QStringList &CampaignRepository::channels()
{
    static const QStringList c = {QStringLiteral("email"),  QStringLiteral("sms"),    QStringLiteral("phone"),
                                  QStringLiteral("event"),  QStringLiteral("webinar"), QStringLiteral("social"),
                                  QStringLiteral("direct mail"), QStringLiteral("wechat")};
    return c;
}

const QStringList &CampaignRepository::statuses()
{
    static const QStringList s = {QStringLiteral("planned"), QStringLiteral("active"), QStringLiteral("completed"),
                                  QStringLiteral("cancelled")};
    return s;
}

QJsonObject CampaignRepository::toFields(const Campaign &c)
{
    return {{QStringLiteral("owner_id"), text(c.ownerId)},
            {QStringLiteral("name"), text(c.name)},
            {QStringLiteral("channel"), text(c.channel)},
            {QStringLiteral("budget"), integer(c.budget)},
            {QStringLiteral("actual_cost"), integer(c.actualCost)},
            {QStringLiteral("currency"), text(c.currency)},
            {QStringLiteral("start_date"), date(c.startDate)},
            {QStringLiteral("end_date"), date(c.endDate)},
            {QStringLiteral("status"), text(c.status)},
            {QStringLiteral("notes"), text(c.notes)}};
}

Campaign CampaignRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Campaign c;
    c.id = id;
    c.ownerId = textOf(f, QStringLiteral("owner_id"));
    c.name = textOf(f, QStringLiteral("name"));
    c.channel = textOf(f, QStringLiteral("channel"));
    c.budget = integerOf(f, QStringLiteral("budget"));
    c.actualCost = integerOf(f, QStringLiteral("actual_cost"));
    c.currency = textOf(f, QStringLiteral("currency"));
    c.startDate = dateOf(f, QStringLiteral("start_date"));
    c.endDate = dateOf(f, QStringLiteral("end_date"));
    c.status = textOf(f, QStringLiteral("status"));
    c.notes = textOf(f, QStringLiteral("notes"));
    return c;
}

QString CampaignRepository::validate(const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        return QObject::tr("A campaign needs a name.");
    if (!c.channel.isEmpty() && !channels().contains(c.channel))
        return QObject::tr("\"%1\" is not a campaign channel (%2).").arg(c.channel, RecordRepository::alternatives(channels()));
    if (!c.status.isEmpty() && !statuses().contains(c.status))
        return QObject::tr("\"%1\" is not a campaign status (%2).").arg(c.status, RecordRepository::alternatives(statuses()));
    if (!c.currency.isEmpty() && !isKnownCurrency(c.currency))
        return QObject::tr("\"%1\" is not a currency code (three capital letters, such as EUR).").arg(c.currency);
    if ((c.budget || c.actualCost) && c.currency.isEmpty())
        return QObject::tr("A budget or cost needs a currency.");
    if (c.budget && *c.budget < 0)
        return QObject::tr("The budget cannot be negative (%1).").arg(formatMinorUnits(*c.budget, c.currency));
    if (c.actualCost && *c.actualCost < 0)
        return QObject::tr("The actual cost cannot be negative (%1).").arg(formatMinorUnits(*c.actualCost, c.currency));
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return QObject::tr("The campaign ends (%1) before it starts (%2).").arg(isoDate(c.endDate), isoDate(c.startDate));
    return {};
}

} // namespace rapport
