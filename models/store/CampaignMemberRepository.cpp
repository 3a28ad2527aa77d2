#include "CampaignMemberRepository.h"

#include "CampaignRepository.h"
#include "ContactRepository.h"
#include "FieldCodec.h"
#include "Store.h"

namespace rapport {

using namespace codec;

namespace {
// The time member for each status, in the order of statuses().
std::optional<qint64> CampaignMember::*const TimeOf[] = {&CampaignMember::targetedAt, &CampaignMember::sentAt, &CampaignMember::respondedAt,
                                                        &CampaignMember::convertedAt};
} // namespace

const EntityDef &CampaignMemberRepository::entity()
{
    return *entityByName(QStringLiteral("campaign_member"));
}

const QStringList &CampaignMemberRepository::statuses()
{
    static const QStringList s = {QStringLiteral("targeted"), QStringLiteral("sent"), QStringLiteral("responded"),
                                  QStringLiteral("converted")};
    return s;
}

QJsonObject CampaignMemberRepository::toFields(const CampaignMember &m)
{
    return {{QStringLiteral("owner_id"), text(m.ownerId)},
            {QStringLiteral("campaign_id"), text(m.campaignId)},
            {QStringLiteral("contact_id"), text(m.contactId)},
            {QStringLiteral("status"), text(m.status)},
            {QStringLiteral("targeted_at"), integer(m.targetedAt)},
            {QStringLiteral("sent_at"), integer(m.sentAt)},
            {QStringLiteral("responded_at"), integer(m.respondedAt)},
            {QStringLiteral("converted_at"), integer(m.convertedAt)}};
}

CampaignMember CampaignMemberRepository::fromFields(const QString &id, const QJsonObject &f)
{
    CampaignMember m;
    m.id = id;
    m.ownerId = textOf(f, QStringLiteral("owner_id"));
    m.campaignId = textOf(f, QStringLiteral("campaign_id"));
    m.contactId = textOf(f, QStringLiteral("contact_id"));
    m.status = textOf(f, QStringLiteral("status"));
    m.targetedAt = integerOf(f, QStringLiteral("targeted_at"));
    m.sentAt = integerOf(f, QStringLiteral("sent_at"));
    m.respondedAt = integerOf(f, QStringLiteral("responded_at"));
    m.convertedAt = integerOf(f, QStringLiteral("converted_at"));
    return m;
}

QString CampaignMemberRepository::validate(const CampaignMember &m)
{
    if (m.campaignId.isEmpty())
        return QObject::tr("A campaign member needs its campaign.");
    if (m.contactId.isEmpty())
        return QObject::tr("A campaign member needs a contact.");
    const qsizetype status = statuses().indexOf(m.status);
    if (status < 0)
        return QObject::tr("\"%1\" is not a member status (%2).").arg(m.status, RecordRepository::alternatives(statuses()));
    if (!(m.*TimeOf[status]))
        return QObject::tr("A member who is \"%1\" needs the time that happened.").arg(m.status);
    std::optional<qint64> previous;
    qsizetype previousStatus = 0;
    for (qsizetype i = 0; i < statuses().size(); ++i) {
        const std::optional<qint64> t = m.*TimeOf[i];
        if (!t)
            continue;
        if (previous && *t < *previous)
            return QObject::tr("The member was \"%1\" before being \"%2\".").arg(statuses().at(i), statuses().at(previousStatus));
        previous = t;
        previousStatus = i;
    }
    return {};
}

Result<QString> CampaignMemberRepository::memberIdOf(const QString &campaignId, const QString &contactId, const QString &except)
{
    QSqlQuery &q = store().prepared(QStringLiteral(
        "SELECT id FROM campaign_members WHERE campaign_id = ? AND contact_id = ? AND id IS NOT ? AND deleted_at IS NULL ORDER BY id LIMIT 1"));
    q.addBindValue(campaignId);
    q.addBindValue(contactId);
    q.addBindValue(except);
    if (!q.exec())
        return store().sqlError(q, QStringLiteral("find campaign member"));
    const QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return id;
}

Status CampaignMemberRepository::checkInStore(const CampaignMember &m, const QJsonObject &stored)
{
    if (m.campaignId == stored.value(QStringLiteral("campaign_id")).toString()
        && m.contactId == stored.value(QStringLiteral("contact_id")).toString())
        return success();
    const Result<QString> other = memberIdOf(m.campaignId, m.contactId, m.id);
    if (!other)
        return other.error();
    if (other->isEmpty())
        return success();
    const std::optional<Contact> contact = ContactRepository(store()).get(m.contactId);
    const std::optional<Campaign> campaign = CampaignRepository(store()).get(m.campaignId);
    return RecordRepository::invalid(QObject::tr("%1 is already a member of the campaign \"%2\".")
                                         .arg(contact ? contact->displayName() : m.contactId, campaign ? campaign->name : m.campaignId));
}

Result<bool> CampaignMemberRepository::advance(const QString &id, const QString &status, qint64 at)
{
    return modify(id, QObject::tr("Update campaign member"), [&](CampaignMember &m) -> Status {
        const qsizetype i = statuses().indexOf(status);
        if (i < 0)
            return RecordRepository::invalid(QObject::tr("\"%1\" is not a member status (%2).").arg(status, RecordRepository::alternatives(statuses())));
        m.status = status;
        m.*TimeOf[i] = at;
        return success();
    });
}

std::optional<CampaignMember> CampaignMemberRepository::memberOf(const QString &campaignId, const QString &contactId)
{
    const Result<QString> id = memberIdOf(campaignId, contactId, QString());
    if (!id || id->isEmpty())
        return std::nullopt;
    return get(*id);
}

} // namespace rapport
