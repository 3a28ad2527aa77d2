#include "CampaignMemberBuilder.h"

#include "domain/PersonName.h"
#include "domain/PhoneDigits.h"
#include "store/CampaignMemberRepository.h"
#include "store/CampaignRepository.h"
#include "store/ChangeSet.h"
#include "store/ContactRepository.h"
#include "store/RecordWriter.h"
#include "store/SearchQuery.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace rapport {

namespace {

StoreError cancelled()
{
    return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled."));
}

QList<QPair<QString, QVariant>> pairsFromJson(const QJsonArray &a)
{
    QList<QPair<QString, QVariant>> out;
    for (const QJsonValue &p : a)
        if (p.isArray() && p.toArray().size() == 2)
            out << qMakePair(p.toArray().at(0).toString(), p.toArray().at(1).toVariant());
    return out;
}

// FROM, WHERE conditions and their bound values of a source. The listed
// contacts table is always aliased t, like the lists'.
struct SourceSql {
    QString from;
    QStringList conditions;
    QVariantList values;
};

Result<SourceSql> sourceSql(Store &store, const MemberSource &source)
{
    SourceSql s;
    s.conditions << QStringLiteral("t.deleted_at IS NULL");
    if (!source.accountIds.isEmpty()) {
        // The ids as one bound JSON array; each account's contacts through
        // contacts_by_account, in the order given.
        s.from = QStringLiteral("json_each(?) j CROSS JOIN accounts a ON a.id = j.value AND a.deleted_at IS NULL "
                                "CROSS JOIN contacts t ON t.account_id = a.id");
        s.values << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(source.accountIds)).toJson(QJsonDocument::Compact));
        return s;
    }
    if (!source.accountTag.isEmpty()) {
        // Tags have no index: every account is read once, in table order (NOT
        // INDEXED: walking accounts_by_sort fetched them at random), then its
        // contacts through contacts_by_account. Contacts first, looking up
        // each one's account, took 10 s on the 100k store.
        s.from = QStringLiteral("accounts a NOT INDEXED CROSS JOIN contacts t ON t.account_id = a.id AND a.deleted_at IS NULL");
        s.conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(a.tags) THEN a.tags END) WHERE json_each.value = ?)");
        s.values << source.accountTag;
        return s;
    }
    // The contacts list's own filter conditions: a saved view means here
    // exactly what it means on the Contacts page. Not its FROM: the list joins
    // accounts and users for its columns, which cost a random lookup per
    // contact (8 s for 300k contacts) and that no contact filter reads; a
    // filter on a joined table would fail loudly here, not silently.
    const ListSpec spec = source.contacts.value_or(ListSpec{ListKind::Contacts, std::nullopt, {}, std::nullopt});
    if (spec.kind != ListKind::Contacts)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Campaign members come from a list of contacts."));
    if (const QString unknown = spec.unknownFilter(); !unknown.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("The contacts list has no filter \"%1\".").arg(unknown));
    const ListDef &def = spec.def();
    s.from = QStringLiteral("contacts t");
    if (spec.ownerId) {
        s.conditions << QStringLiteral("t.owner_id = ?");
        s.values << *spec.ownerId;
    }
    for (const auto &[key, value] : spec.filters) {
        s.conditions << def.filter(key)->condition;
        s.values << value;
    }
    std::optional<QStringList> ids = spec.ids;
    if (!source.searchText.trimmed().isEmpty()) {
        SearchQuery search(store);
        search.setEntity(QStringLiteral("contact"));
        const auto hits = search.run(source.searchText.simplified(), CampaignMemberBuilder::SearchLimit);
        if (!hits)
            return hits.error();
        QStringList found;
        for (const SearchHit &h : *hits)
            found << h.id;
        ids = found;
    }
    if (ids) {
        s.conditions << QStringLiteral("t.id IN (SELECT value FROM json_each(?))");
        s.values << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact));
    }
    return s;
}

QList<ContactPoint> pointsFromJson(const QVariant &json)
{
    QList<ContactPoint> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QString value = o.value(QStringLiteral("value")).toString().trimmed();
        if (!value.isEmpty())
            out << ContactPoint{o.value(QStringLiteral("type")).toString(), value};
    }
    return out;
}

// One contact as the scan reads it.
// Emails and phones stay JSON text until a rule needs them: parsing both
// for every contact was most of a 300k-contact scan.
struct Candidate {
    QString id;
    QString name;
    QVariant emails, phones;
    QString street, postcode, city;
    QVariant consent;
    bool member = false;
};

// The address the campaign would reach the contact at, normalised so that two
// spellings of one mailbox or number compare equal; empty if there is none.
QString addressFor(const Candidate &c, ChannelRule::Address need)
{
    switch (need) {
    case ChannelRule::Address::None:
        return QStringLiteral("-");
    case ChannelRule::Address::Email:
    {
        const QList<ContactPoint> emails = pointsFromJson(c.emails);
        return emails.isEmpty() ? QString() : emails.first().value.toLower();
    }
    case ChannelRule::Address::Phone:
    case ChannelRule::Address::Mobile:
        for (const ContactPoint &p : pointsFromJson(c.phones)) {
            // A fax takes no calls; an SMS to a desk line is lost, so SMS
            // needs a number labelled mobile (or not labelled at all).
            if (p.type == QLatin1String("fax"))
                continue;
            if (need == ChannelRule::Address::Mobile && !p.type.isEmpty() && p.type != QLatin1String("mobile"))
                continue;
            const QString digits = phoneDigits(p.value);
            if (!digits.isEmpty())
                return digits;
        }
        return {};
    case ChannelRule::Address::Postal:
        // Post needs a street and a town; a postcode alone does not deliver.
        if (c.street.trimmed().isEmpty() || c.city.trimmed().isEmpty())
            return {};
        return (c.street.simplified() + QLatin1Char('|') + c.postcode.simplified() + QLatin1Char('|') + c.city.simplified()).toLower();
    }
    return {};
}

bool optedOut(const QVariant &consentJson, const QString &channel)
{
    if (channel.isEmpty() || consentJson.isNull())
        return false;
    const Consent consent = ContactRepository::consentFromJson(QJsonDocument::fromJson(consentJson.toString().toUtf8()).object());
    const std::optional<ChannelConsent> *c = nullptr;
    if (channel == QLatin1String("email"))
        c = &consent.email;
    else if (channel == QLatin1String("sms"))
        c = &consent.sms;
    else if (channel == QLatin1String("phone"))
        c = &consent.phone;
    else if (channel == QLatin1String("post"))
        c = &consent.post;
    // Never asked is not an objection: only an explicit "out" leaves them out.
    return c && c->has_value() && (*c)->state == ConsentState::OptedOut;
}

const char *const CandidateColumns =
    "t.id, t.sort_key, t.given_name, t.family_name, t.emails, t.phones, t.street, t.postcode, t.city, t.consent";

Candidate candidateFrom(const QSqlQuery &q)
{
    Candidate c;
    c.id = q.value(0).toString();
    c.name = personDisplayName(q.value(2).toString(), q.value(3).toString());
    c.emails = q.value(4);
    c.phones = q.value(5);
    c.street = q.value(6).toString();
    c.postcode = q.value(7).toString();
    c.city = q.value(8).toString();
    c.consent = q.value(9);
    return c;
}

} // namespace

MemberSource MemberSource::fromSavedView(const SavedView &view)
{
    MemberSource s;
    ListSpec spec{ListKind::Contacts, std::nullopt, pairsFromJson(view.definition.value(QStringLiteral("filters")).toArray()), std::nullopt};
    if (const QString owner = view.definition.value(QStringLiteral("owner")).toString(); !owner.isEmpty())
        spec.ownerId = owner;
    s.contacts = spec;
    s.searchText = view.definition.value(QStringLiteral("search")).toString();
    return s;
}

MemberSource MemberSource::allContacts()
{
    MemberSource s;
    s.contacts = ListSpec{ListKind::Contacts, std::nullopt, {}, std::nullopt};
    return s;
}

MemberSource MemberSource::contactsOfAccounts(const QStringList &accountIds)
{
    MemberSource s;
    s.accountIds = accountIds;
    return s;
}

MemberSource MemberSource::accountsTagged(const QString &tag)
{
    MemberSource s;
    s.accountTag = tag.trimmed();
    return s;
}

ChannelRule CampaignMemberBuilder::ruleFor(const QString &channel)
{
    using A = ChannelRule::Address;
    if (channel == QLatin1String("email"))
        return {QStringLiteral("email"), A::Email};
    if (channel == QLatin1String("sms"))
        return {QStringLiteral("sms"), A::Mobile};
    if (channel == QLatin1String("phone"))
        return {QStringLiteral("phone"), A::Phone};
    if (channel == QLatin1String("direct mail"))
        return {QStringLiteral("post"), A::Postal};
    // Events and webinars are marketed by invitations sent by email, so the
    // email consent and an email address decide who is invited.
    if (channel == QLatin1String("event") || channel == QLatin1String("webinar"))
        return {QStringLiteral("email"), A::Email};
    // WeChat reaches people who follow the company's official account (that
    // follow is their consent, and no per-contact WeChat consent is kept);
    // WeChat accounts are found by mobile number, so one is needed.
    if (channel == QLatin1String("wechat"))
        return {QString(), A::Mobile};
    // Social campaigns publish to an audience; nobody is messaged one by one,
    // so members (kept for response and attribution) need no consent or address.
    return {};
}

QString CampaignMemberBuilder::reasonText(LeftOutReason reason, const QString &channel)
{
    const ChannelRule rule = ruleFor(channel);
    switch (reason) {
    case LeftOutReason::AlreadyMember:
        return QObject::tr("already a member");
    case LeftOutReason::OptedOut:
        if (rule.consentChannel == QLatin1String("email"))
            return QObject::tr("opted out of email");
        if (rule.consentChannel == QLatin1String("sms"))
            return QObject::tr("opted out of SMS");
        if (rule.consentChannel == QLatin1String("phone"))
            return QObject::tr("opted out of phone calls");
        return QObject::tr("opted out of post");
    case LeftOutReason::NoAddress:
        switch (rule.address) {
        case ChannelRule::Address::Email: return QObject::tr("no email address");
        case ChannelRule::Address::Mobile: return QObject::tr("no mobile number");
        case ChannelRule::Address::Phone: return QObject::tr("no phone number");
        case ChannelRule::Address::Postal: return QObject::tr("no postal address (street and city)");
        case ChannelRule::Address::None: break;
        }
        return QObject::tr("no address");
    case LeftOutReason::SharedAddress:
        return QObject::tr("same address as another member");
    }
    return {};
}

Result<MemberPlan> CampaignMemberBuilder::plan(const QString &campaignId, const MemberSource &source, const BulkProgress &progress)
{
    const std::optional<Campaign> campaign = CampaignRepository(m_store).get(campaignId);
    if (!campaign)
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("The campaign no longer exists."));
    const ChannelRule rule = ruleFor(campaign->channel);
    Result<SourceSql> src = sourceSql(m_store, source);
    if (!src)
        return src.error();
    const QString where = src->conditions.join(QStringLiteral(" AND "));

    // The total, for the progress bar only (this runs on a worker).
    qint64 total = 0;
    {
        QSqlQuery count(m_store.db());
        count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(src->from, where));
        for (const QVariant &v : src->values)
            count.addBindValue(v);
        if (!count.exec())
            return m_store.sqlError(count, QStringLiteral("count the contacts of the source"));
        if (count.next())
            total = count.value(0).toLongLong();
    }

    MemberPlan plan;
    QSet<QString> taken; // addresses already reached: current members' and earlier contacts'
    if (rule.address != ChannelRule::Address::None) {
        QSqlQuery &members = m_store.prepared(QStringLiteral(
            "SELECT %1 FROM campaign_members m JOIN contacts t ON t.id = m.contact_id "
            "WHERE m.campaign_id = ? AND m.deleted_at IS NULL")
                                                  .arg(QLatin1String(CandidateColumns)));
        members.addBindValue(campaignId);
        if (!members.exec())
            return m_store.sqlError(members, QStringLiteral("read the campaign's members"));
        while (members.next()) {
            const QString address = addressFor(candidateFrom(members), rule.address);
            if (!address.isEmpty())
                taken.insert(address);
        }
        members.finish();
    }

    auto leaveOut = [&plan](const Candidate &c, LeftOutReason reason, int &counter) {
        ++counter;
        int shown = 0;
        for (const LeftOutContact &e : std::as_const(plan.examples))
            shown += e.reason == reason ? 1 : 0;
        if (shown < MemberPlan::ExamplesPerReason)
            plan.examples << LeftOutContact{c.id, c.name, reason};
    };

    // One statement, read to the end: SQLite picks the cheap order (a
    // sequential scan of contacts for a broad source, the tagged accounts'
    // contacts through contacts_by_account for a tag). Paging by name instead
    // walked contacts_by_sort and fetched every row at random: 40 s for the
    // 300k contacts of the 100k-account store. WAL keeps writers going while
    // this reads; rowid order makes the result (and who keeps a shared
    // address) the same each time.
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT %1, EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = ? AND m.contact_id = t.id AND m.deleted_at IS NULL) "
        "FROM %2 WHERE %3 ORDER BY t.rowid")
                                        .arg(QLatin1String(CandidateColumns), src->from, where));
    q.setForwardOnly(true);
    q.addBindValue(campaignId);
    for (const QVariant &v : src->values)
        q.addBindValue(v);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the contacts of the source"));
    QSet<QString> seen;
    while (q.next()) {
        if (plan.considered % ProgressEvery == 0 && progress && !progress(plan.considered, total)) {
            q.finish();
            return cancelled();
        }
        Candidate c = candidateFrom(q);
        c.member = q.value(10).toBool();
        if (seen.contains(c.id))
            continue; // a join can list a contact twice; it counts once
        seen.insert(c.id);
        ++plan.considered;
        if (c.member) {
            leaveOut(c, LeftOutReason::AlreadyMember, plan.alreadyMembers);
            continue;
        }
        if (optedOut(c.consent, rule.consentChannel)) {
            leaveOut(c, LeftOutReason::OptedOut, plan.optedOut);
            continue;
        }
        const QString address = addressFor(c, rule.address);
        if (address.isEmpty()) {
            leaveOut(c, LeftOutReason::NoAddress, plan.noAddress);
            continue;
        }
        if (rule.address != ChannelRule::Address::None) {
            if (taken.contains(address)) {
                leaveOut(c, LeftOutReason::SharedAddress, plan.sharedAddress);
                continue;
            }
            taken.insert(address);
        }
        plan.toAdd << c.id;
    }
    q.finish();
    if (progress)
        progress(plan.considered, total);
    return plan;
}

Result<MembersAdded> CampaignMemberBuilder::add(const QString &campaignId, const QStringList &contactIds, qint64 targetedAt,
                                                const QString &label, const BulkProgress &progress)
{
    ChangeSet cs(m_store, label);
    if (!cs.isActive())
        return StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the change."));
    if (!CampaignRepository(m_store).get(campaignId))
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("The campaign no longer exists."));
    // The rules CampaignMemberRepository::create checks per record (live
    // campaign and contact, one membership per contact) are checked here
    // once per statement instead of three, and each member is written by
    // RecordWriter, the one write path: journaled, in this change set.
    // Through the repository, 5,000 members took 8 s on the 100k store.
    QSqlQuery &eligible = m_store.prepared(QStringLiteral(
        "SELECT NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = ? AND m.contact_id = c.id AND m.deleted_at IS NULL) "
        "FROM contacts c WHERE c.id = ? AND c.deleted_at IS NULL"));
    RecordWriter writer(m_store);
    const EntityDef &entity = CampaignMemberRepository::entity();
    MembersAdded result;
    qint64 done = 0;
    for (const QString &contactId : contactIds) {
        if (progress && done % 100 == 0 && !progress(done, contactIds.size()))
            return cancelled();
        ++done;
        eligible.addBindValue(campaignId);
        eligible.addBindValue(contactId);
        if (!eligible.exec())
            return m_store.sqlError(eligible, QStringLiteral("check a contact"));
        // No row: the contact was deleted; false: it is a member already.
        const bool add = eligible.next() && eligible.value(0).toBool();
        eligible.finish();
        if (!add) {
            ++result.skipped;
            continue;
        }
        CampaignMember m;
        m.campaignId = campaignId;
        m.contactId = contactId;
        m.status = QStringLiteral("targeted");
        m.targetedAt = targetedAt;
        if (const QString problem = CampaignMemberRepository::validate(m); !problem.isEmpty())
            return StoreError::make(StoreError::Kind::Invalid, problem);
        QJsonObject fields = CampaignMemberRepository::toFields(m);
        fields.remove(QStringLiteral("owner_id")); // the writer makes the local user the owner
        if (Result<QString> created = writer.create(entity, fields); !created)
            return StoreError::make(created.error().kind,
                                    QObject::tr("%1 (contact %2 of %3)").arg(created.error().message).arg(done).arg(contactIds.size()));
        ++result.added;
    }
    if (progress)
        progress(done, contactIds.size());
    if (result.added == 0)
        return result;
    const Result<qint64> id = cs.id();
    if (!id)
        return id.error();
    if (Status s = cs.commit(); !s)
        return s.error();
    result.changeId = *id;
    return result;
}

} // namespace rapport
