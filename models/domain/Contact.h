#pragma once
#include "ContactDetails.h"
#include "PersonName.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

// Whether a person agreed to be contacted on a channel. Stored as "in"/"out".
enum class ConsentState { OptedIn, OptedOut };

// Consent for one channel, as the law asks for it: the answer, when it was
// given (UTC ms) and how ("web form", "trade fair", …). Records written before
// the time and source were kept have neither.
struct ChannelConsent {
    ConsentState state = ConsentState::OptedIn;
    std::optional<qint64> at;
    QString source;
    friend bool operator==(const ChannelConsent &, const ChannelConsent &) = default;
};

// Consent per channel; an empty optional means "never asked".
struct Consent {
    std::optional<ChannelConsent> email, phone, sms, post;
    bool isEmpty() const { return !email && !phone && !sms && !post; }
    friend bool operator==(const Consent &, const Consent &) = default;
};

// A person, usually working at an account.
struct Contact {
    QString id; // empty until stored
    QString ownerId;
    QString givenName;
    QString familyName;
    QString romanisedName; // "Wang Wei" for 王伟: sorts Chinese names among Latin ones
    QString title;
    QString department;
    QString accountId;
    QList<ContactPoint> emails;
    QList<ContactPoint> phones;
    PostalAddress address;
    QDate birthday; // null when unknown
    QString preferredChannel; // email, phone, sms, post, wechat, line, whatsapp
    Consent consent;
    QStringList tags;
    QString notes;

    QString displayName() const { return personDisplayName(givenName, familyName); }
    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace rapport
