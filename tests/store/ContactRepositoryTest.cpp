#include "RepositoryTestSupport.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/RecordWriter.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

QString account(Store &s, const QString &name)
{
    Account a;
    a.name = name;
    Result<QString> id = AccountRepository(s).create(a);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? *id : QString();
}

Contact chineseContact(const QString &accountId)
{
    Contact c;
    c.givenName = QStringLiteral("伟");
    c.familyName = QStringLiteral("王");
    c.romanisedName = QStringLiteral("Wang Wei");
    c.title = QStringLiteral("采购经理");
    c.department = QStringLiteral("采购部");
    c.accountId = accountId;
    c.emails = {{QStringLiteral("work"), QStringLiteral("wang.wei@donghai.example.cn")},
                {QStringLiteral("personal"), QStringLiteral("wangwei88@qq.example.com")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+86 138 0013 8000")}, {QStringLiteral("work"), QStringLiteral("+86 21 5555 0100")}};
    c.address = {QStringLiteral("南京东路 100 号"), QStringLiteral("上海"), QStringLiteral("上海市"), QStringLiteral("200001"), QStringLiteral("CN")};
    c.birthday = QDate(1978, 2, 28);
    c.preferredChannel = QStringLiteral("wechat");
    c.consent.email = ChannelConsent{ConsentState::OptedIn, 1690000000000, QStringLiteral("trade fair")};
    c.consent.sms = ChannelConsent{ConsentState::OptedOut, 1690000500000, QStringLiteral("phone call")};
    c.consent.phone = ChannelConsent{ConsentState::OptedIn, 1690000600000, QString()};
    c.consent.post = ChannelConsent{ConsentState::OptedOut, std::nullopt, QStringLiteral("import")};
    c.tags = {QStringLiteral("重点客户"), QStringLiteral("decision maker")};
    c.notes = QStringLiteral("只在上午十点后打电话。\nPrefers WeChat.");
    return c;
}

} // namespace

TEST(ContactRepository, RoundTripsEveryFieldInChinese)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    Contact c = chineseContact(account(*ts, QStringLiteral("上海东海贸易有限公司")));
    Result<QString> id = repo.create(c);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    std::optional<Contact> back = repo.get(*id);
    ASSERT_TRUE(back);
    c.id = *id;
    c.ownerId = ts->localUserId();
    EXPECT_EQ(*back, c);
    EXPECT_EQ(back->displayName(), QStringLiteral("王伟"));
    // The stored columns, not just the struct: the sort key uses the romanised name.
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT sort_key FROM contacts WHERE id = ?"), {*id}), QStringLiteral("wang wei"));
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT birthday FROM contacts WHERE id = ?"), {*id}), QStringLiteral("1978-02-28"));
}

TEST(ContactRepository, RoundTripsEveryFieldInLatinScript)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    Contact c;
    c.givenName = QStringLiteral("Zoë");
    c.familyName = QStringLiteral("Müller-Lüdenscheidt");
    c.title = QStringLiteral("Head of Purchasing");
    c.department = QStringLiteral("Einkauf");
    c.accountId = account(*ts, QStringLiteral("Kaffee Kontor GmbH"));
    c.emails = {{QStringLiteral("work"), QStringLiteral("zoe.mueller@kontor.example.de")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+49 170 1234567")}};
    c.address = {QStringLiteral("Hauptstraße 5"), QStringLiteral("Köln"), QStringLiteral("NRW"), QStringLiteral("50667"), QStringLiteral("DE")};
    c.birthday = QDate(1990, 12, 31);
    c.preferredChannel = QStringLiteral("email");
    c.consent.email = ChannelConsent{ConsentState::OptedIn, 1700000000000, QStringLiteral("web form")};
    c.tags = {QStringLiteral("newsletter")};
    c.notes = QStringLiteral("O'Brien \"Bob\" is her deputy.");
    const QString id = *repo.create(c);
    c.id = id;
    c.ownerId = ts->localUserId();
    EXPECT_EQ(*repo.get(id), c);
}

TEST(ContactRepository, ConsentHasTheShapeTheGeneratorWrites)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    Contact c;
    c.givenName = QStringLiteral("Anna");
    c.consent.email = ChannelConsent{ConsentState::OptedIn, 1700000000000, QStringLiteral("web form")};
    c.consent.sms = ChannelConsent{ConsentState::OptedOut, 1700000001000, QStringLiteral("import")};
    const QString id = *repo.create(c);
    // Byte for byte what models/demo writes (keys sorted, compact).
    EXPECT_EQ(test::text(*ts, QStringLiteral("SELECT consent FROM contacts WHERE id = ?"), {id}),
              QStringLiteral("{\"email\":{\"at\":1700000000000,\"source\":\"web form\",\"status\":\"in\"},"
                             "\"sms\":{\"at\":1700000001000,\"source\":\"import\",\"status\":\"out\"}}"));

    // And a record written in that shape by another path reads back typed.
    const QJsonObject generated = QJsonDocument::fromJson(
        "{\"email\":{\"at\":1650000000000,\"source\":\"business card\",\"status\":\"out\"},"
        "\"sms\":{\"at\":1650000000001,\"source\":\"order checkout\",\"status\":\"in\"}}").object();
    const QString other = *RecordWriter(*ts).create(ContactRepository::entity(),
                                                    {{QStringLiteral("given_name"), QStringLiteral("Li")}, {QStringLiteral("consent"), generated}});
    const Consent consent = repo.get(other)->consent;
    ASSERT_TRUE(consent.email && consent.sms);
    EXPECT_FALSE(consent.phone || consent.post);
    EXPECT_EQ(*consent.email, (ChannelConsent{ConsentState::OptedOut, 1650000000000, QStringLiteral("business card")}));
    EXPECT_EQ(*consent.sms, (ChannelConsent{ConsentState::OptedIn, 1650000000001, QStringLiteral("order checkout")}));

    // Early stores kept a bare yes per channel.
    const QString legacy = *RecordWriter(*ts).create(
        ContactRepository::entity(), {{QStringLiteral("given_name"), QStringLiteral("Jean")}, {QStringLiteral("consent"), QJsonObject{{QStringLiteral("email"), true}}}});
    EXPECT_EQ(repo.get(legacy)->consent.email, (ChannelConsent{ConsentState::OptedIn, std::nullopt, QString()}));
}

TEST(ContactRepository, UpdateSavesOnlyWhatChanged)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    Contact c = *repo.get(*repo.create(chineseContact(account(*ts, QStringLiteral("东海")))));
    const qint64 seq = test::scalar(*ts, QStringLiteral("SELECT max(seq) FROM journal"));
    Result<bool> same = repo.update(c);
    ASSERT_TRUE(same.ok()) << same.error().message.toStdString();
    EXPECT_FALSE(*same);
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT max(seq) FROM journal")), seq) << "an unchanged save journals nothing";

    c.notes = QStringLiteral("换了新手机号。");
    c.consent.sms->state = ConsentState::OptedIn;
    c.consent.sms->at = 1700000100000;
    ASSERT_TRUE(*repo.update(c));
    EXPECT_EQ(test::lastChangeFields(*ts), (QStringList{QStringLiteral("contact.consent"), QStringLiteral("contact.notes")}));
    EXPECT_EQ(*repo.get(c.id), c);
}

TEST(ContactRepository, RejectsEachInvalidValueAndLeavesTheStoreAlone)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    const QString acc = account(*ts, QStringLiteral("Acme"));
    Contact good;
    good.givenName = QStringLiteral("Anna");
    good.accountId = acc;
    const QString id = *repo.create(good);
    good = *repo.get(id);

    Contact c = good;
    c.givenName = QStringLiteral("  ");
    EXPECT_REJECTED(*ts, repo.create(c), QStringLiteral("name"));
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("name"));
    c = good;
    c.emails = {{QStringLiteral("work"), QStringLiteral("anna.acme.example")}};
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("anna.acme.example"));
    c = good;
    c.phones = {{QStringLiteral("work"), QStringLiteral("call me")}};
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("call me"));
    c = good;
    c.preferredChannel = QStringLiteral("pigeon");
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("pigeon"));
    c = good;
    c.consent.email = ChannelConsent{ConsentState::OptedIn, -5, QStringLiteral("web form")};
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("-5"));
    c = good;
    c.accountId = QStringLiteral("018b0000-0000-7000-8000-000000000000");
    EXPECT_REJECTED(*ts, repo.create(c), QStringLiteral("The account 018b0000-0000-7000-8000-000000000000 does not exist."));

    const QString gone = account(*ts, QStringLiteral("Defunct Ltd"));
    ASSERT_TRUE(AccountRepository(*ts).remove(gone).ok());
    c = good;
    c.accountId = gone;
    EXPECT_REJECTED(*ts, repo.update(c), QStringLiteral("The account \"Defunct Ltd\" has been deleted."));
    EXPECT_EQ(*repo.get(id), good);
}

TEST(ContactRepository, AnEditKeepsWorkingAfterItsAccountWasDeleted)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    const QString acc = account(*ts, QStringLiteral("Acme"));
    Contact c;
    c.givenName = QStringLiteral("Anna");
    c.accountId = acc;
    c = *repo.get(*repo.create(c));
    ASSERT_TRUE(AccountRepository(*ts).remove(acc).ok());
    c.title = QStringLiteral("CEO");
    Result<bool> r = repo.update(c);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(repo.get(c.id)->title, QStringLiteral("CEO"));
}

TEST(ContactRepository, RemoveHidesTheContact)
{
    test::TempStore ts;
    ContactRepository repo(*ts);
    Contact c;
    c.familyName = QStringLiteral("李");
    c = *repo.get(*repo.create(c));
    ASSERT_TRUE(repo.remove(c.id).ok());
    EXPECT_FALSE(repo.get(c.id));
    EXPECT_GT(test::scalar(*ts, QStringLiteral("SELECT deleted_at FROM contacts WHERE id = ?"), {c.id}), 0) << "kept as a tombstone";
    EXPECT_EQ(test::scalar(*ts, QStringLiteral("SELECT count(*) FROM search_docs WHERE record_id = ?"), {c.id}), 0);
    c.notes = QStringLiteral("x");
    Result<bool> r = repo.update(c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, StoreError::Kind::NotFound);
}
