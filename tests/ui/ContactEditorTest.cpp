#include "RecordsTestSupport.h"
#include "core/AppContext.h"
#include "editors/ContactEditor.h"
#include "editors/fields/AddressEdit.h"
#include "editors/fields/ConsentEditor.h"
#include "editors/fields/EmailListEditor.h"
#include "editors/fields/OptionalDateEdit.h"
#include "editors/fields/PersonNameEdit.h"
#include "editors/fields/PhoneListEditor.h"
#include "editors/fields/RecordPicker.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Journal.h"
#include "support/TestStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

QString chineseAccount(Store &s)
{
    Account a;
    a.name = QStringLiteral("北京咖啡有限公司");
    a.address.city = QStringLiteral("北京");
    a.address.country = QStringLiteral("China");
    return *AccountRepository(s).create(a);
}

} // namespace

TEST(ContactEditor, WithoutAnyNameSaveStaysDisabledAndNothingIsStored)
{
    TempStore ts;
    AppContext context(*ts);
    ContactEditor editor(context, {});
    editor.show();
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    typeAndLeave(editor.titleEdit(), QStringLiteral("Purchasing"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(journalEntriesOf(*ts, QStringLiteral("contact")), 0);
    // A romanised name alone is a name.
    typeAndLeave(editor.name()->romanisedEdit(), QStringLiteral("Wang Wei"));
    EXPECT_TRUE(editor.saveButton()->isEnabled());
}

TEST(ContactEditor, AChineseContactIsStoredWithNameOrderNormalisedPhoneAndConsent)
{
    TempStore ts;
    AppContext context(*ts);
    const QString account = chineseAccount(*ts);
    ContactEditor editor(context, {});
    editor.prefill({QStringLiteral("account"), account});
    editor.show();
    EXPECT_EQ(editor.accountPicker()->recordId(), account);
    // The contact has no country of its own: numbers are read in the account's.
    EXPECT_EQ(editor.phones()->region(), QStringLiteral("CN"));

    // Typing a Chinese name puts the family name first.
    EXPECT_FALSE(editor.name()->familyNameFirst());
    typeAndLeave(editor.name()->familyEdit(), QStringLiteral("王"));
    typeAndLeave(editor.name()->givenEdit(), QStringLiteral("伟"));
    EXPECT_TRUE(editor.name()->familyNameFirst());
    EXPECT_TRUE(editor.name()->preview()->text().contains(QStringLiteral("王伟")));
    typeAndLeave(editor.name()->romanisedEdit(), QStringLiteral("Wang Wei"));
    EXPECT_TRUE(editor.name()->preview()->text().contains(QStringLiteral("wang wei")));

    // A bad email disables Save with the reason beside it.
    typeAndLeave(editor.emails()->valueEdit(0), QStringLiteral("wang.wei@"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.grab().save(QStringLiteral("/tmp/records-contact-editor-error.png"));
    EXPECT_TRUE(editor.emails()->rowError(0)->isVisible());
    EXPECT_FALSE(editor.emails()->rowError(0)->text().isEmpty());
    typeAndLeave(editor.emails()->valueEdit(0), QStringLiteral("wang.wei@coffee.example.cn"));

    // A bad number, then the mobile number as people write it.
    editor.phones()->typeBox(0)->setCurrentIndex(editor.phones()->typeBox(0)->findData(QStringLiteral("mobile")));
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("1380"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.phones()->rowError(0)->isVisible());
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("138 0013 8000"));
    EXPECT_FALSE(editor.phones()->rowError(0)->isVisible());
    EXPECT_EQ(editor.phones()->valueEdit(0)->text(), QStringLiteral("+86 138 0013 8000"));

    // A birthday cannot be in the future: the edit refuses such a date.
    editor.birthday()->dateEdit()->setDate(QDate::currentDate().addDays(10));
    EXPECT_LE(editor.birthday()->value(), QDate::currentDate());
    editor.birthday()->setValue(QDate(1985, 3, 14));

    // Consent: email opted in at a trade fair, SMS opted out.
    editor.consent()->setClock([] { return qint64(1700000000000); });
    editor.consent()->stateBox(0)->setCurrentIndex(1);
    typeInto(editor.consent()->sourceEdit(0), QStringLiteral("trade fair"));
    editor.consent()->stateBox(2)->setCurrentIndex(2);
    editor.preferredChannel()->setCurrentIndex(editor.preferredChannel()->findData(QStringLiteral("wechat")));

    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.footer()->text().toStdString();
    editor.grab().save(QStringLiteral("/tmp/records-contact-editor.png"));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor.isVisible());
    const QString id = editor.recordId();
    ASSERT_FALSE(id.isEmpty());

    const std::optional<Contact> c = ContactRepository(*ts).get(id);
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->familyName, QStringLiteral("王"));
    EXPECT_EQ(c->givenName, QStringLiteral("伟"));
    EXPECT_EQ(c->romanisedName, QStringLiteral("Wang Wei"));
    EXPECT_EQ(c->displayName(), QStringLiteral("王伟"));
    EXPECT_EQ(c->accountId, account);
    EXPECT_EQ(c->phones, (QList<ContactPoint>{{QStringLiteral("mobile"), QStringLiteral("+8613800138000")}}));
    EXPECT_EQ(c->emails, (QList<ContactPoint>{{QStringLiteral("work"), QStringLiteral("wang.wei@coffee.example.cn")}}));
    EXPECT_EQ(c->birthday, QDate(1985, 3, 14));
    EXPECT_EQ(c->preferredChannel, QStringLiteral("wechat"));
    ASSERT_TRUE(c->consent.email.has_value());
    EXPECT_EQ(c->consent.email->state, ConsentState::OptedIn);
    EXPECT_EQ(c->consent.email->source, QStringLiteral("trade fair"));
    EXPECT_EQ(c->consent.email->at, 1700000000000);
    ASSERT_TRUE(c->consent.sms.has_value());
    EXPECT_EQ(c->consent.sms->state, ConsentState::OptedOut);
    EXPECT_FALSE(c->consent.phone.has_value());
    EXPECT_FALSE(c->consent.post.has_value());

    const QStringList fields = journaledFields(*ts, id);
    for (const char *f : {"given_name", "family_name", "romanised_name", "phones", "emails", "consent", "account_id"})
        EXPECT_TRUE(fields.contains(QLatin1String(f))) << f;
    const auto last = Journal(*ts).recentChangeSets(1);
    ASSERT_TRUE(last.ok() && !last->isEmpty());
    EXPECT_EQ(last->first().label, QStringLiteral("Create contact 王伟"));
}

TEST(ContactEditor, EditingWithUnsavedChangesThenClosingAsks)
{
    TempStore ts;
    AppContext context(*ts);
    Contact anna;
    anna.givenName = QStringLiteral("Anna");
    anna.familyName = QStringLiteral("Schmidt");
    anna.address.country = QStringLiteral("Germany");
    anna.phones = {{QStringLiteral("work"), QStringLiteral("+493012345678")}};
    // Consent recorded before times were kept: no time, no source.
    anna.consent.email = ChannelConsent{ConsentState::OptedIn, std::nullopt, {}};
    const QString id = *ContactRepository(*ts).create(anna);
    const int before = journalEntriesOf(*ts, QStringLiteral("contact"));

    ContactEditor editor(context, id);
    editor.show();
    EXPECT_FALSE(editor.hasUnsavedChanges()) << "opening changes nothing, old consent included";
    EXPECT_FALSE(editor.name()->familyNameFirst());

    // A German number typed nationally is read in the contact's country.
    editor.phones()->addRow();
    typeAndLeave(editor.phones()->valueEdit(1), QStringLiteral("0171 1234567"));
    ASSERT_TRUE(editor.hasUnsavedChanges());
    {
        UnsavedQuestionAnswer answer(QMessageBox::Cancel);
        editor.reject();
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_TRUE(editor.isVisible());
    }
    EXPECT_EQ(journalEntriesOf(*ts, QStringLiteral("contact")), before);
    {
        UnsavedQuestionAnswer answer(QMessageBox::Save);
        editor.reject();
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_FALSE(editor.isVisible());
    }
    const std::optional<Contact> saved = ContactRepository(*ts).get(id);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->phones.value(1).value, QStringLiteral("+491711234567"));
    EXPECT_EQ(saved->consent, anna.consent) << "an untouched consent keeps its missing time";
    EXPECT_EQ(journalEntriesOf(*ts, QStringLiteral("contact")), before + 1) << "only the phones changed";

    // Invalid changes cannot be saved from the question either: Discard or Cancel.
    ContactEditor again(context, id);
    again.show();
    typeAndLeave(again.emails()->valueEdit(0), QStringLiteral("anna at example"));
    ASSERT_TRUE(again.hasUnsavedChanges());
    {
        UnsavedQuestionAnswer answer(QMessageBox::Discard);
        again.reject();
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_FALSE(again.isVisible());
    }
    EXPECT_TRUE(ContactRepository(*ts).get(id)->emails.isEmpty());
}

TEST(ContactEditor, ANumberStoredBeforeValidationIsKeptUntilEdited)
{
    TempStore ts;
    AppContext context(*ts);
    Contact legacy;
    legacy.givenName = QStringLiteral("Old");
    legacy.familyName = QStringLiteral("Import");
    legacy.phones = {{QStringLiteral("work"), QStringLiteral("12-34")}};
    const QString id = *ContactRepository(*ts).create(legacy);

    ContactEditor editor(context, id);
    EXPECT_TRUE(editor.saveButton()->isEnabled()) << "an untouched stored value does not block saving";
    EXPECT_FALSE(editor.phones()->rowError(0)->text().isEmpty()) << "but it is marked";
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("12-345"));
    EXPECT_FALSE(editor.saveButton()->isEnabled()) << "once edited, it must be a valid number";
}
