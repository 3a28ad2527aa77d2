#pragma once
#include "domain/SavedView.h"
#include "store/BulkEdit.h"
#include "store/ListQuery.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

class Store;

// Where a campaign's new members come from: the contacts a contacts list
// shows with some filters (a saved view, or the list's current filters), or
// every contact of the accounts that carry a tag.
struct MemberSource {
    // Kind Contacts: filters, owner and ids (search matches) as a list holds them.
    std::optional<ListSpec> contacts;
    // Or: the contacts of every live account tagged with this.
    QString accountTag;
    // Or: every contact of these accounts (a dashboard's drill-down: a
    // segment, the customers at risk).
    QStringList accountIds;
    // Text searched for when the source is a saved view with a search; the
    // builder resolves it to ids (bounded, like the list's own search box).
    QString searchText;

    // The contacts a saved view of contacts lists: its filters, owner and
    // search (see RecordListView::viewDefinition for the shape).
    static MemberSource fromSavedView(const SavedView &view);
    static MemberSource allContacts();
    static MemberSource accountsTagged(const QString &tag);
    static MemberSource contactsOfAccounts(const QStringList &accountIds);
};

// What a campaign's channel needs from a contact: the consent channel that
// must not be opted out of, and the kind of address the campaign reaches
// them at.
struct ChannelRule {
    enum class Address { None, Email, Phone, Mobile, Postal };
    QString consentChannel; // "email", "sms", "phone", "post"; empty: no consent is kept for it
    Address address = Address::None;
};

// Why a contact of the source is not added.
enum class LeftOutReason { AlreadyMember, OptedOut, NoAddress, SharedAddress };

// A contact left out, for the summary's examples.
struct LeftOutContact {
    QString id;
    QString name;
    LeftOutReason reason;
};

// The outcome of looking at a source before anything is written: who would be
// added and how many are left out, for which reason. Each contact counts once,
// for the first reason that applies, in the order of LeftOutReason.
struct MemberPlan {
    QStringList toAdd; // contact ids, in the store's order
    int considered = 0;
    int alreadyMembers = 0;
    int optedOut = 0;
    int noAddress = 0;
    int sharedAddress = 0; // the same email/phone/address as a member or an earlier contact of the source
    QList<LeftOutContact> examples; // the first few left out per reason
    static constexpr int ExamplesPerReason = 20;

    int leftOut() const { return alreadyMembers + optedOut + noAddress + sharedAddress; }
};

// What adding wrote.
struct MembersAdded {
    qint64 changeId = 0; // the one change set (0 when nothing was added)
    int added = 0;
    int skipped = 0; // became members or were deleted since the plan
};

// Builds a campaign's members from a source, leaving out contacts who opted
// out of the campaign's channel or have no address for it, and contacts who
// would be reached twice. Both steps grow with the store: run them on a
// worker thread's own connection; `progress` reports and can cancel.
class CampaignMemberBuilder {
public:
    // Progress is reported (and a cancel noticed) every this many contacts.
    static constexpr int ProgressEvery = 1000;
    // A saved view's search resolves to at most this many contacts: the same
    // bound a list's search box has, so the members are the contacts the view shows.
    static constexpr int SearchLimit = 500;

    explicit CampaignMemberBuilder(Store &store) : m_store(store) {}

    static ChannelRule ruleFor(const QString &campaignChannel);
    static QString reasonText(LeftOutReason reason, const QString &campaignChannel);

    // Reads the source and sorts each contact into "to add" or a reason.
    Result<MemberPlan> plan(const QString &campaignId, const MemberSource &source, const BulkProgress &progress = {});
    // Adds the contacts as members ("targeted" at `targetedAt`) in ONE change
    // set labelled `label`, so one undo removes them all. Contacts that became
    // members or were deleted since the plan are skipped; anything else that
    // fails, or a cancel, rolls everything back.
    Result<MembersAdded> add(const QString &campaignId, const QStringList &contactIds, qint64 targetedAt, const QString &label,
                             const BulkProgress &progress = {});

private:
    Store &m_store;
};

} // namespace rapport
