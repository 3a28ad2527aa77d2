#pragma once
// Hand-made campaigns and contacts for the campaign query tests, written
// through the typed repositories the way the app writes them.
#include "store/AccountRepository.h"
#include "store/CampaignMemberRepository.h"
#include "store/CampaignRepository.h"
#include "store/ContactRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace rapport::test {

template <typename T>
T created(Result<T> r, const char *what)
{
    EXPECT_TRUE(r.ok()) << what << ": " << r.error().message.toStdString();
    return r.ok() ? *r : T();
}

struct CampaignData {
    TempStore &ts;
    explicit CampaignData(TempStore &t) : ts(t) {}

    QString campaign(const QString &name, const QString &channel)
    {
        Campaign c;
        c.name = name;
        c.channel = channel;
        return created(CampaignRepository(*ts).create(c), "campaign");
    }
    QString account(const QString &name, const QStringList &tags = {})
    {
        Account a;
        a.name = name;
        a.tags = tags;
        return created(AccountRepository(*ts).create(a), "account");
    }
    // A contact with the given email (empty: none), phones and consent.
    QString contact(const QString &name, const QString &email, const Consent &consent = {}, const QList<ContactPoint> &phones = {},
                    const QString &accountId = {}, const QStringList &tags = {}, const PostalAddress &address = {})
    {
        Contact c;
        c.givenName = name;
        c.familyName = QStringLiteral("Test");
        if (!email.isEmpty())
            c.emails = {ContactPoint{QStringLiteral("work"), email}};
        c.phones = phones;
        c.consent = consent;
        c.accountId = accountId;
        c.tags = tags;
        c.address = address;
        return created(ContactRepository(*ts).create(c), "contact");
    }
    QString member(const QString &campaignId, const QString &contactId, const QString &status = QStringLiteral("targeted"))
    {
        CampaignMember m;
        m.campaignId = campaignId;
        m.contactId = contactId;
        m.status = status;
        m.targetedAt = 1000;
        if (status != QLatin1String("targeted"))
            m.sentAt = 2000;
        if (status == QLatin1String("responded") || status == QLatin1String("converted"))
            m.respondedAt = 3000;
        if (status == QLatin1String("converted"))
            m.convertedAt = 4000;
        return created(CampaignMemberRepository(*ts).create(m), "member");
    }
};

inline Consent consentOf(const char *channel, ConsentState state)
{
    Consent c;
    const ChannelConsent cc{state, 1699000000000, QStringLiteral("web form")};
    const QString ch = QString::fromLatin1(channel);
    if (ch == QLatin1String("email"))
        c.email = cc;
    else if (ch == QLatin1String("sms"))
        c.sms = cc;
    else if (ch == QLatin1String("phone"))
        c.phone = cc;
    else
        c.post = cc;
    return c;
}

} // namespace rapport::test
