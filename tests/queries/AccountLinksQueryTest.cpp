#include "store/AccountRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/queries/AccountLinksQuery.h"
#include "store/queries/RecordTitleQuery.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {

QStringList titles(const QList<LinkChoice> &choices)
{
    QStringList out;
    for (const LinkChoice &c : choices)
        out << c.title;
    return out;
}

QString account(Store &s, const QString &name)
{
    Account a;
    a.name = name;
    return *AccountRepository(s).create(a);
}

QString contact(Store &s, const QString &accountId, const QString &given, const QString &family)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    c.accountId = accountId;
    return *ContactRepository(s).create(c);
}

} // namespace

TEST(AccountLinksQuery, ListsTheLiveContactsOfOneAccountByName)
{
    test::TempStore ts;
    const QString adler = account(*ts, QStringLiteral("Adler"));
    const QString other = account(*ts, QStringLiteral("Birke"));
    contact(*ts, adler, QStringLiteral("Zoë"), QStringLiteral("Adams"));
    contact(*ts, adler, QStringLiteral("伟"), QStringLiteral("王"));
    contact(*ts, adler, QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    contact(*ts, other, QStringLiteral("Bo"), QStringLiteral("Li"));
    const QString gone = contact(*ts, adler, QStringLiteral("Gone"), QStringLiteral("Away"));
    ASSERT_TRUE(ContactRepository(*ts).remove(gone).ok());

    const auto all = AccountLinksQuery(*ts).contacts(adler);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(titles(*all).size(), 3);
    EXPECT_TRUE(titles(*all).contains(QStringLiteral("王伟")));
    EXPECT_LT(titles(*all).indexOf(QStringLiteral("Zoë Adams")), titles(*all).indexOf(QStringLiteral("Anna Schmidt"))); // by family name
    const auto two = AccountLinksQuery(*ts).contacts(adler, 2);
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two->size(), 2);
    const auto none = AccountLinksQuery(*ts).contacts(QString());
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(AccountLinksQuery, ListsOpenOpportunitiesAndCasesFirst)
{
    test::TempStore ts;
    const QString adler = account(*ts, QStringLiteral("Adler"));
    OpportunityRepository opportunities(*ts);
    Opportunity won;
    won.name = QStringLiteral("Won deal");
    won.accountId = adler;
    won.closedAt = 1700000000000;
    ASSERT_TRUE(opportunities.create(won).ok());
    Opportunity open;
    open.name = QStringLiteral("Open deal");
    open.accountId = adler;
    ASSERT_TRUE(opportunities.create(open).ok());
    const auto opps = AccountLinksQuery(*ts).opportunities(adler);
    ASSERT_TRUE(opps.ok());
    ASSERT_EQ(titles(*opps), (QStringList{QStringLiteral("Open deal"), QStringLiteral("Won deal")}));
    EXPECT_TRUE(opps->at(0).open);
    EXPECT_FALSE(opps->at(1).open);

    CaseRepository cases(*ts);
    Case closed;
    closed.subject = QStringLiteral("Old complaint");
    closed.accountId = adler;
    closed.status = QStringLiteral("closed");
    closed.resolution = QStringLiteral("Replaced the grinder");
    ASSERT_TRUE(cases.create(closed).ok());
    Case fresh;
    fresh.subject = QStringLiteral("Grinder jams");
    fresh.accountId = adler;
    fresh.status = QStringLiteral("new");
    ASSERT_TRUE(cases.create(fresh).ok());
    const auto c = AccountLinksQuery(*ts).cases(adler);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(titles(*c), (QStringList{QStringLiteral("Grinder jams"), QStringLiteral("Old complaint")}));
}

TEST(RecordTitleQuery, NamesLiveRecordsOfTheGivenEntityOnly)
{
    test::TempStore ts;
    const QString adler = account(*ts, QStringLiteral("Kaffeehaus Adler"));
    const QString wang = contact(*ts, adler, QStringLiteral("伟"), QStringLiteral("王"));
    RecordTitleQuery titlesOf(*ts);
    EXPECT_EQ(titlesOf.title(QStringLiteral("account"), adler).value(), std::optional<QString>(QStringLiteral("Kaffeehaus Adler")));
    EXPECT_EQ(titlesOf.title(QStringLiteral("contact"), wang).value(), std::optional<QString>(QStringLiteral("王伟")));
    EXPECT_FALSE(titlesOf.title(QStringLiteral("contact"), adler).value().has_value());
    ASSERT_TRUE(ContactRepository(*ts).remove(wang).ok());
    EXPECT_FALSE(titlesOf.title(QStringLiteral("contact"), wang).value().has_value());
}
