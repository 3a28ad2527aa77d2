#pragma once
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace rapport {

class Store;

// What an account's or contact's timeline shows, one flag per kind of record.
enum class TimelineKind {
    Activity = 0x1,
    Opportunity = 0x2,
    Order = 0x4,
    Case = 0x8,
    CampaignResponse = 0x10,
};
Q_DECLARE_FLAGS(TimelineKinds, TimelineKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(TimelineKinds)
inline constexpr TimelineKinds AllTimelineKinds =
    TimelineKind::Activity | TimelineKind::Opportunity | TimelineKind::Order | TimelineKind::Case | TimelineKind::CampaignResponse;

// One line of a timeline. `at` is the moment it is filed under: an activity's
// start, an opportunity's close (its creation while open), an order's date, a
// case's opening, a campaign member's response.
struct TimelineItem {
    TimelineKind kind = TimelineKind::Activity;
    QString id;       // the record itself (for a campaign response, the campaign member)
    qint64 at = 0;    // UTC ms
    QString title;    // subject, name, order number, campaign name
    QString detail;   // activity kind, stage, order channel, case priority, the responding contact
    QString status;   // "open"/"done", "open"/"won"/"lost", the case's or member's status, as stored
    QString note;     // an activity's outcome
    std::optional<Money> amount; // an opportunity's amount, an order's total
    // What opening the line shows: the record, or for a response its campaign.
    QString openEntity;
    QString openId;
};

// Where a timeline page starts: after the line with this time and id. Record
// ids are unique across tables (UUIDv7), so (at, id) orders every line.
struct TimelineKey {
    qint64 at = 0;
    QString id;
};

// Everything linked to one account or contact, newest first, a page at a
// time. Each kind is its own indexed query that stops at the page size; the
// union of those is sorted and cut again, so a page costs the same at the end
// of ten thousand activities as at the start:
// - account: activities_by_account, opportunities_by_account, orders_by_account,
//   cases_by_account, and campaign responses of its contacts (contacts_by_account,
//   campaign_members_by_contact);
// - contact: activity_contacts and campaign_members_by_contact. Opportunities,
//   orders and cases have no index by contact, so a contact's are looked up
//   among those of the contact's account (or of no account when it has none).
class TimelineQuery {
public:
    enum class Subject { Account, Contact };

    explicit TimelineQuery(Store &store) : m_store(store) {}

    Result<QList<TimelineItem>> page(Subject subject, const QString &id, TimelineKinds kinds, const std::optional<TimelineKey> &after,
                                     int limit);

    // The statement page() runs and its values, for EXPLAIN QUERY PLAN checks.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement statement(Subject subject, const QString &id, TimelineKinds kinds, const std::optional<TimelineKey> &after, int limit);

    // The entity name a kind's lines open ("activity", …) and back.
    static QString kindName(TimelineKind kind);

private:
    Store &m_store;
};

} // namespace rapport
