#include "RecordsTestSupport.h"
#include "core/AppContext.h"
#include "core/UndoController.h"
#include "editors/AccountEditor.h"
#include "editors/fields/AddressEdit.h"
#include "editors/fields/EmailListEditor.h"
#include "editors/fields/PhoneListEditor.h"
#include "editors/fields/RecordPicker.h"
#include "editors/fields/TagsEditor.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/Journal.h"
#include "support/TestStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

QString storedAccountId(Store &s, const QString &name)
{
    const auto entries = Journal(s).entries();
    if (entries.ok())
        for (const JournalEntry &e : *entries)
            if (e.entity == QLatin1String("account") && e.field == QLatin1String("name") && e.newValue.toString() == name)
                return e.recordId;
    return {};
}

} // namespace

TEST(AccountEditor, AnEmptyNameKeepsSaveDisabledAndStoresNothing)
{
    TempStore ts;
    AppContext context(*ts);
    AccountEditor editor(context, {});
    editor.show();
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.footer()->text().contains(QStringLiteral("name"))) << editor.footer()->text().toStdString();
    // The error beside the field shows once the user has been in it.
    EXPECT_FALSE(editor.nameField()->errorLabel()->isVisible());
    typeAndLeave(editor.nameField()->lineEdit(), QStringLiteral("   "));
    EXPECT_TRUE(editor.nameField()->errorLabel()->isVisible());
    EXPECT_FALSE(editor.saveButton()->isEnabled());

    // Forcing a save anyway is refused before anything is written.
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(journalEntriesOf(*ts, QStringLiteral("account")), 0);
    EXPECT_TRUE(editor.recordId().isEmpty());
}

TEST(AccountEditor, InvalidFieldsAreRefusedInPlaceThenValidOnesAreStoredNormalisedAndJournaled)
{
    TempStore ts;
    AppContext context(*ts);
    AccountEditor editor(context, {});
    editor.show();

    typeAndLeave(editor.nameField()->lineEdit(), QStringLiteral("上海咖啡有限公司"));
    EXPECT_TRUE(editor.saveButton()->isEnabled());
    editor.typeBox()->setCurrentIndex(editor.typeBox()->findData(QStringLiteral("customer")));

    // A bad web address and a bad email each disable Save, with the reason beside them.
    typeAndLeave(editor.websiteField()->lineEdit(), QStringLiteral("not a site"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.websiteField()->errorLabel()->isVisible());
    typeAndLeave(editor.websiteField()->lineEdit(), QStringLiteral("coffee.example.cn"));
    EXPECT_FALSE(editor.websiteField()->errorLabel()->isVisible());

    typeAndLeave(editor.emails()->valueEdit(0), QStringLiteral("orders@coffee"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.emails()->rowError(0)->isVisible());
    EXPECT_TRUE(editor.footer()->text().contains(QStringLiteral("Email 1"))) << editor.footer()->text().toStdString();
    typeAndLeave(editor.emails()->valueEdit(0), QStringLiteral("orders@coffee.example.cn"));
    EXPECT_TRUE(editor.saveButton()->isEnabled());

    // A Chinese mobile number typed the Chinese way, in an account in China.
    editor.address()->countryBox()->setCurrentText(QStringLiteral("China"));
    EXPECT_EQ(editor.phones()->region(), QStringLiteral("CN"));
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("138 0013"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.phones()->rowError(0)->isVisible());
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("138 0013 8000"));
    EXPECT_EQ(editor.phones()->valueEdit(0)->text(), QStringLiteral("+86 138 0013 8000"));
    editor.phones()->addRow();
    typeAndLeave(editor.phones()->valueEdit(1), QStringLiteral("(021) 6321-5566"));
    editor.visitInterval()->setValue(30);
    typeAndLeave(editor.tags()->lineEdit(), QStringLiteral("vip, 华东, VIP"));
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.footer()->text().toStdString();
    editor.grab().save(QStringLiteral("/tmp/records-account-editor.png"));

    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor.isVisible());
    const QString id = editor.recordId();
    ASSERT_FALSE(id.isEmpty());
    const std::optional<Account> stored = AccountRepository(*ts).get(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, QStringLiteral("上海咖啡有限公司"));
    EXPECT_EQ(stored->type, QStringLiteral("customer"));
    EXPECT_EQ(stored->website, QStringLiteral("coffee.example.cn"));
    EXPECT_EQ(stored->phones, (QList<ContactPoint>{{QStringLiteral("work"), QStringLiteral("+8613800138000")},
                                                   {QStringLiteral("mobile"), QStringLiteral("+862163215566")}}));
    EXPECT_EQ(stored->emails, (QList<ContactPoint>{{QStringLiteral("work"), QStringLiteral("orders@coffee.example.cn")}}));
    EXPECT_EQ(stored->address.country, QStringLiteral("China"));
    EXPECT_EQ(stored->visitIntervalDays, 30);
    EXPECT_EQ(stored->tags, (QStringList{QStringLiteral("vip"), QStringLiteral("华东")}));
    EXPECT_EQ(stored->ownerId, ts->localUserId());

    // One journaled change set, named for the undo menu, that undo reverts.
    const QStringList fields = journaledFields(*ts, id);
    EXPECT_TRUE(fields.contains(QStringLiteral("name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("phones")));
    const auto last = Journal(*ts).recentChangeSets(1);
    ASSERT_TRUE(last.ok() && !last->isEmpty());
    EXPECT_EQ(last->first().label, QStringLiteral("Create account 上海咖啡有限公司"));
    QCoreApplication::processEvents();
    ASSERT_TRUE(context.undo().canUndo());
    ASSERT_TRUE(context.undo().undo());
    EXPECT_FALSE(AccountRepository(*ts).get(id).has_value());
}

TEST(AccountEditor, ClosingWithUnsavedChangesAsksSaveDiscardOrCancel)
{
    TempStore ts;
    AppContext context(*ts);
    Account a;
    a.name = QStringLiteral("Müller Kaffee GmbH");
    a.phones = {{QStringLiteral("work"), QStringLiteral("+493012345678")}};
    a.address.country = QStringLiteral("Germany");
    const QString id = *AccountRepository(*ts).create(a);
    const int entriesBefore = journalEntriesOf(*ts, QStringLiteral("account"));

    {
        // Opening and closing an untouched record asks nothing.
        AccountEditor editor(context, id);
        editor.show();
        EXPECT_FALSE(editor.hasUnsavedChanges());
        EXPECT_EQ(editor.phones()->valueEdit(0)->text(), QStringLiteral("+49 30 12345678"));
        UnsavedQuestionAnswer answer(QMessageBox::Discard);
        editor.reject();
        EXPECT_EQ(answer.asked(), 0);
        EXPECT_FALSE(editor.isVisible());
    }

    AccountEditor editor(context, id);
    editor.show();
    typeAndLeave(editor.nameField()->lineEdit(), QStringLiteral("Müller Kaffeerösterei GmbH"));
    ASSERT_TRUE(editor.hasUnsavedChanges());
    {
        UnsavedQuestionAnswer answer(QMessageBox::Cancel);
        editor.reject();
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_TRUE(editor.isVisible()) << "Cancel keeps editing";
        EXPECT_EQ(AccountRepository(*ts).get(id)->name, a.name);
    }
    {
        UnsavedQuestionAnswer answer(QMessageBox::Save);
        editor.close(); // the window's close button asks the same
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_FALSE(editor.isVisible());
        EXPECT_EQ(AccountRepository(*ts).get(id)->name, QStringLiteral("Müller Kaffeerösterei GmbH"));
        EXPECT_EQ(journalEntriesOf(*ts, QStringLiteral("account")), entriesBefore + 1) << "one field changed, one entry";
    }

    AccountEditor again(context, id);
    again.show();
    typeAndLeave(again.nameField()->lineEdit(), QStringLiteral("Discarded name"));
    {
        UnsavedQuestionAnswer answer(QMessageBox::Discard);
        again.reject();
        EXPECT_EQ(answer.asked(), 1);
        EXPECT_FALSE(again.isVisible());
        EXPECT_EQ(AccountRepository(*ts).get(id)->name, QStringLiteral("Müller Kaffeerösterei GmbH"));
    }
}

TEST(AccountEditor, AnAccountCannotBeItsOwnParentAndAParentIsPickedBySearch)
{
    TempStore ts;
    AppContext context(*ts);
    Account holding;
    holding.name = QStringLiteral("Acme Holding");
    const QString holdingId = *AccountRepository(*ts).create(holding);
    Account branch;
    branch.name = QStringLiteral("Acme Berlin");
    const QString branchId = *AccountRepository(*ts).create(branch);

    AccountEditor editor(context, branchId);
    editor.show();
    QLineEdit *parent = editor.parentPicker()->lineEdit();
    typeInto(parent, QStringLiteral("Acme"));
    editor.parentPicker()->searchNow();
    const auto matches = editor.parentPicker()->matches();
    ASSERT_EQ(matches.size(), 2);
    EXPECT_FALSE(editor.saveButton()->isEnabled()) << "typed text that names no record";
    for (int i = 0; i < matches.size(); ++i)
        if (matches[i].first == branchId)
            editor.parentPicker()->choose(i);
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(editor.footer()->text().contains(QStringLiteral("own parent"))) << editor.footer()->text().toStdString();
    for (int i = 0; i < matches.size(); ++i)
        if (matches[i].first == holdingId)
            editor.parentPicker()->choose(i);
    ASSERT_TRUE(editor.saveButton()->isEnabled());
    ASSERT_TRUE(editor.save());
    EXPECT_EQ(AccountRepository(*ts).get(branchId)->parentId, holdingId);
}

TEST(AccountEditor, ANewAccountUnderTheOneInViewStartsWithItsParentAndCountry)
{
    TempStore ts;
    AppContext context(*ts);
    Account holding;
    holding.name = QStringLiteral("Acme Holding");
    holding.address.country = QStringLiteral("Germany");
    const QString holdingId = *AccountRepository(*ts).create(holding);

    AccountEditor editor(context, {});
    editor.prefill({QStringLiteral("account"), holdingId});
    EXPECT_EQ(editor.parentPicker()->recordId(), holdingId);
    EXPECT_EQ(editor.phones()->region(), QStringLiteral("DE"));
    EXPECT_FALSE(editor.hasUnsavedChanges()) << "a prefilled, untouched form has nothing to lose";
    typeAndLeave(editor.nameField()->lineEdit(), QStringLiteral("Acme München"));
    typeAndLeave(editor.phones()->valueEdit(0), QStringLiteral("089 1234567"));
    ASSERT_TRUE(editor.save());
    const auto stored = AccountRepository(*ts).get(editor.recordId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->parentId, holdingId);
    EXPECT_EQ(stored->phones.value(0).value, QStringLiteral("+49891234567"));
    EXPECT_EQ(storedAccountId(*ts, QStringLiteral("Acme München")), editor.recordId());
}
