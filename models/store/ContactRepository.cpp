#include "ContactRepository.h"

#include "FieldCodec.h"

#include <array>

namespace rapport {

using namespace codec;

namespace {

// The members of Consent in the order of consentChannels().
template <typename C>
auto channelsOf(C &c)
{
    return std::array{&c.email, &c.phone, &c.sms, &c.post};
}

bool plausibleEmail(const QString &s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    return at > 0 && at == s.lastIndexOf(QLatin1Char('@')) && at < s.size() - 1 && !s.contains(QLatin1Char(' '));
}

bool hasDigit(const QString &s)
{
    for (QChar c : s)
        if (c.isDigit())
            return true;
    return false;
}

} // namespace

const EntityDef &ContactRepository::entity()
{
    return *entityByName(QStringLiteral("contact"));
}

const QStringList &ContactRepository::channels()
{
    static const QStringList c = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("post"),
                                  QStringLiteral("wechat"), QStringLiteral("line"), QStringLiteral("whatsapp")};
    return c;
}

const QStringList &ContactRepository::consentChannels()
{
    static const QStringList c = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("post")};
    return c;
}

QJsonValue ContactRepository::consentToJson(const Consent &consent)
{
    QJsonObject out;
    const auto members = channelsOf(consent);
    for (int i = 0; i < int(members.size()); ++i) {
        const std::optional<ChannelConsent> &c = *members[size_t(i)];
        if (!c)
            continue;
        QJsonObject o{{QStringLiteral("status"), c->state == ConsentState::OptedIn ? QStringLiteral("in") : QStringLiteral("out")}};
        if (c->at)
            o.insert(QStringLiteral("at"), *c->at);
        if (!c->source.isEmpty())
            o.insert(QStringLiteral("source"), c->source);
        out.insert(consentChannels().at(i), o);
    }
    return out.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(out);
}

Consent ContactRepository::consentFromJson(const QJsonValue &value)
{
    Consent consent;
    const QJsonObject o = value.toObject();
    const auto members = channelsOf(consent);
    for (int i = 0; i < int(members.size()); ++i) {
        const QJsonValue v = o.value(consentChannels().at(i));
        if (v.isBool()) {
            // Early stores kept a bare yes/no per channel, without time or source.
            *members[size_t(i)] = ChannelConsent{v.toBool() ? ConsentState::OptedIn : ConsentState::OptedOut, std::nullopt, {}};
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject c = v.toObject();
        ChannelConsent cc;
        cc.state = c.value(QStringLiteral("status")).toString() == QLatin1String("in") ? ConsentState::OptedIn : ConsentState::OptedOut;
        if (c.value(QStringLiteral("at")).isDouble())
            cc.at = c.value(QStringLiteral("at")).toInteger();
        cc.source = c.value(QStringLiteral("source")).toString();
        *members[size_t(i)] = cc;
    }
    return consent;
}

QJsonObject ContactRepository::toFields(const Contact &c)
{
    QJsonObject f{{QStringLiteral("owner_id"), text(c.ownerId)},
                  {QStringLiteral("given_name"), text(c.givenName)},
                  {QStringLiteral("family_name"), text(c.familyName)},
                  {QStringLiteral("romanised_name"), text(c.romanisedName)},
                  {QStringLiteral("title"), text(c.title)},
                  {QStringLiteral("department"), text(c.department)},
                  {QStringLiteral("account_id"), text(c.accountId)},
                  {QStringLiteral("emails"), points(c.emails)},
                  {QStringLiteral("phones"), points(c.phones)},
                  {QStringLiteral("birthday"), date(c.birthday)},
                  {QStringLiteral("preferred_channel"), text(c.preferredChannel)},
                  {QStringLiteral("consent"), consentToJson(c.consent)},
                  {QStringLiteral("tags"), strings(c.tags)},
                  {QStringLiteral("notes"), text(c.notes)}};
    putAddress(f, c.address);
    return f;
}

Contact ContactRepository::fromFields(const QString &id, const QJsonObject &f)
{
    Contact c;
    c.id = id;
    c.ownerId = textOf(f, QStringLiteral("owner_id"));
    c.givenName = textOf(f, QStringLiteral("given_name"));
    c.familyName = textOf(f, QStringLiteral("family_name"));
    c.romanisedName = textOf(f, QStringLiteral("romanised_name"));
    c.title = textOf(f, QStringLiteral("title"));
    c.department = textOf(f, QStringLiteral("department"));
    c.accountId = textOf(f, QStringLiteral("account_id"));
    c.emails = pointsOf(f, QStringLiteral("emails"));
    c.phones = pointsOf(f, QStringLiteral("phones"));
    c.address = addressOf(f);
    c.birthday = dateOf(f, QStringLiteral("birthday"));
    c.preferredChannel = textOf(f, QStringLiteral("preferred_channel"));
    c.consent = consentFromJson(f.value(QStringLiteral("consent")));
    c.tags = stringsOf(f, QStringLiteral("tags"));
    c.notes = textOf(f, QStringLiteral("notes"));
    return c;
}

QString ContactRepository::validate(const Contact &c)
{
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty() && c.romanisedName.trimmed().isEmpty())
        return QObject::tr("A contact needs a name.");
    for (const ContactPoint &e : c.emails)
        if (!plausibleEmail(e.value.trimmed()))
            return QObject::tr("\"%1\" is not an email address.").arg(e.value);
    for (const ContactPoint &p : c.phones)
        if (!hasDigit(p.value))
            return QObject::tr("\"%1\" is not a phone number.").arg(p.value);
    if (!c.preferredChannel.isEmpty() && !channels().contains(c.preferredChannel))
        return QObject::tr("\"%1\" is not a channel (%2).").arg(c.preferredChannel, RecordRepository::alternatives(channels()));
    const auto members = channelsOf(c.consent);
    for (int i = 0; i < int(members.size()); ++i) {
        const std::optional<ChannelConsent> &cc = *members[size_t(i)];
        if (cc && cc->at && *cc->at <= 0)
            return QObject::tr("The time of the %1 consent is not a valid time (%2).").arg(consentChannels().at(i)).arg(*cc->at);
    }
    return {};
}

} // namespace rapport
