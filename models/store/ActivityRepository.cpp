#include "ActivityRepository.h"

#include "FieldCodec.h"

namespace rapport {

using namespace codec;

const EntityDef &ActivityRepository::entity()
{
    return *entityByName(QStringLiteral("activity"));
}

const QStringList &ActivityRepository::kinds()
{
    static const QStringList k = {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("visit"),
                                  QStringLiteral("task"), QStringLiteral("note"),    QStringLiteral("email")};
    return k;
}

QJsonObject ActivityRepository::toFields(const Activity &a)
{
    return {{QStringLiteral("owner_id"), text(a.ownerId)},
            {QStringLiteral("kind"), text(a.kind)},
            {QStringLiteral("subject"), text(a.subject)},
            {QStringLiteral("body"), text(a.body)},
            {QStringLiteral("start_at"), integer(a.startAt)},
            {QStringLiteral("duration_min"), integer(a.durationMinutes)},
            {QStringLiteral("due_at"), integer(a.dueAt)},
            {QStringLiteral("done_at"), integer(a.doneAt)},
            {QStringLiteral("outcome"), text(a.outcome)},
            {QStringLiteral("location"), text(a.location)},
            {QStringLiteral("account_id"), text(a.accountId)},
            {QStringLiteral("contact_ids"), strings(a.contactIds)},
            {QStringLiteral("opportunity_id"), text(a.opportunityId)},
            {QStringLiteral("case_id"), text(a.caseId)}};
}

Activity ActivityRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Activity a;
    a.id = id;
    a.ownerId = textOf(f, QStringLiteral("owner_id"));
    a.kind = textOf(f, QStringLiteral("kind"));
    a.subject = textOf(f, QStringLiteral("subject"));
    a.body = textOf(f, QStringLiteral("body"));
    a.startAt = integerOf(f, QStringLiteral("start_at"));
    a.durationMinutes = intOf(f, QStringLiteral("duration_min"));
    a.dueAt = integerOf(f, QStringLiteral("due_at"));
    a.doneAt = integerOf(f, QStringLiteral("done_at"));
    a.outcome = textOf(f, QStringLiteral("outcome"));
    a.location = textOf(f, QStringLiteral("location"));
    a.accountId = textOf(f, QStringLiteral("account_id"));
    a.contactIds = stringsOf(f, QStringLiteral("contact_ids"));
    a.opportunityId = textOf(f, QStringLiteral("opportunity_id"));
    a.caseId = textOf(f, QStringLiteral("case_id"));
    return a;
}

QString ActivityRepository::validate(const Activity &a)
{
    if (!kinds().contains(a.kind))
        return QObject::tr("\"%1\" is not a kind of activity (%2).").arg(a.kind, RecordRepository::alternatives(kinds()));
    if (!a.startAt)
        return QObject::tr("An activity needs a start time.");
    if (a.durationMinutes && *a.durationMinutes < 0)
        return QObject::tr("The duration cannot be negative (%1 minutes).").arg(*a.durationMinutes);
    QStringList seen;
    for (const QString &c : a.contactIds) {
        if (c.isEmpty())
            return QObject::tr("An activity's contact list has an empty entry.");
        if (seen.contains(c))
            return QObject::tr("The contact %1 is listed twice.").arg(c);
        seen << c;
    }
    return {};
}

Status ActivityRepository::checkInStore(const Activity &a, const QJsonObject &stored)
{
    // contact_ids is a list, so the generic reference check does not see it.
    const QStringList before = stringsOf(stored, QStringLiteral("contact_ids"));
    for (const QString &c : a.contactIds) {
        if (before.contains(c))
            continue;
        if (Status s = m_records.requireLive(QStringLiteral("contact"), c); !s)
            return s;
    }
    return success();
}

Result<bool> ActivityRepository::complete(const QString &id, const QString &outcome, qint64 doneAt)
{
    return modify(id, QObject::tr("Complete activity"), [&](Activity &a) -> Status {
        a.doneAt = doneAt;
        a.outcome = outcome;
        return success();
    });
}

Result<bool> ActivityRepository::reschedule(const QString &id, std::optional<qint64> newStart, std::optional<qint64> newDue)
{
    return modify(id, QObject::tr("Reschedule activity"), [&](Activity &a) -> Status {
        if (a.isDone())
            return RecordRepository::invalid(
                QObject::tr("\"%1\" is done already and cannot be moved.").arg(a.subject.isEmpty() ? a.kind : a.subject));
        if (newStart)
            a.startAt = newStart;
        if (newDue)
            a.dueAt = newDue;
        return success();
    });
}

} // namespace rapport
