#pragma once
#include "Repository.h"
#include "domain/Contact.h"

#include <QJsonObject>

namespace rapport {

// Typed access to contacts: create(Contact) → id, get(id), update(Contact) →
// changed?, remove(id). Consent is one JSON field, keyed by channel:
// {"email":{"at":<UTC ms>,"source":"web form","status":"in"}, "sms":{…}},
// status "in" or "out" — the shape the demo generator writes.
class ContactRepository : public Repository<ContactRepository, Contact> {
public:
    explicit ContactRepository(Store &store) : Repository(store) {}

    static const EntityDef &entity();
    // Channels a contact may prefer.
    static const QStringList &channels();
    // Channels consent is kept for, in the order of Consent's members.
    static const QStringList &consentChannels();
    static QJsonObject toFields(const Contact &contact);
    static Contact fromFields(const QString &id, const QJsonObject &fields);
    static QString validate(const Contact &contact);

    static QJsonValue consentToJson(const Consent &consent);
    static Consent consentFromJson(const QJsonValue &value);
};

} // namespace rapport
