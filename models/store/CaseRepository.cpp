#include "CaseRepository.h"

#include "FieldCodec.h"
#include "Store.h"

namespace rapport {

using namespace codec;

const EntityDef &CaseRepository::entity()
{
    return *entityByName(QStringLiteral("case"));
}

const QStringList &CaseRepository::priorities()
{
    static const QStringList p = {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};
    return p;
}

const QStringList &CaseRepository::statuses()
{
    static const QStringList s = {QStringLiteral("new"),     QStringLiteral("assigned"), QStringLiteral("in progress"),
                                  QStringLiteral("waiting"), QStringLiteral("resolved"), QStringLiteral("closed")};
    return s;
}

bool CaseRepository::isResolvedStatus(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

QJsonObject CaseRepository::toFields(const Case &c)
{
    return {{QStringLiteral("owner_id"), text(c.ownerId)},
            {QStringLiteral("subject"), text(c.subject)},
            {QStringLiteral("description"), text(c.description)},
            {QStringLiteral("account_id"), text(c.accountId)},
            {QStringLiteral("contact_id"), text(c.contactId)},
            {QStringLiteral("priority"), text(c.priority)},
            {QStringLiteral("status"), text(c.status)},
            {QStringLiteral("assignee_id"), text(c.assigneeId)},
            {QStringLiteral("due_at"), integer(c.dueAt)},
            {QStringLiteral("resolved_at"), integer(c.resolvedAt)},
            {QStringLiteral("resolution"), text(c.resolution)},
            {QStringLiteral("satisfaction"), integer(c.satisfaction)},
            {QStringLiteral("followup_activity_id"), text(c.followupActivityId)}};
}

Case CaseRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Case c;
    c.id = id;
    c.ownerId = textOf(f, QStringLiteral("owner_id"));
    c.subject = textOf(f, QStringLiteral("subject"));
    c.description = textOf(f, QStringLiteral("description"));
    c.accountId = textOf(f, QStringLiteral("account_id"));
    c.contactId = textOf(f, QStringLiteral("contact_id"));
    c.priority = textOf(f, QStringLiteral("priority"));
    c.status = textOf(f, QStringLiteral("status"));
    c.assigneeId = textOf(f, QStringLiteral("assignee_id"));
    c.dueAt = integerOf(f, QStringLiteral("due_at"));
    c.resolvedAt = integerOf(f, QStringLiteral("resolved_at"));
    c.resolution = textOf(f, QStringLiteral("resolution"));
    c.satisfaction = intOf(f, QStringLiteral("satisfaction"));
    c.followupActivityId = textOf(f, QStringLiteral("followup_activity_id"));
    return c;
}

QString CaseRepository::validate(const Case &c)
{
    if (c.subject.trimmed().isEmpty())
        return QObject::tr("A case needs a subject.");
    if (!c.priority.isEmpty() && !priorities().contains(c.priority))
        return QObject::tr("\"%1\" is not a priority (%2).").arg(c.priority, RecordRepository::alternatives(priorities()));
    if (!c.status.isEmpty() && !statuses().contains(c.status))
        return QObject::tr("\"%1\" is not a case status (%2).").arg(c.status, RecordRepository::alternatives(statuses()));
    if (isResolvedStatus(c.status) && c.resolution.trimmed().isEmpty())
        return QObject::tr("A %1 case needs a resolution: what was done.").arg(c.status);
    if (c.satisfaction && (*c.satisfaction < 1 || *c.satisfaction > 5))
        return QObject::tr("Satisfaction is rated from 1 to 5, not %1.").arg(*c.satisfaction);
    return {};
}

Status CaseRepository::checkInStore(const Case &c, const QJsonObject &stored)
{
    if (c.followupActivityId.isEmpty() || c.followupActivityId == stored.value(QStringLiteral("followup_activity_id")).toString())
        return success();
    return m_records.requireLive(QStringLiteral("activity"), c.followupActivityId);
}

Result<bool> CaseRepository::resolve(const QString &id, const QString &resolution)
{
    return modify(id, QObject::tr("Resolve case"), [&](Case &c) -> Status {
        // Resolving again corrects the resolution, not when it happened.
        if (!isResolvedStatus(c.status) || !c.resolvedAt)
            c.resolvedAt = store().now();
        c.status = QStringLiteral("resolved");
        c.resolution = resolution;
        return success();
    });
}

} // namespace rapport
