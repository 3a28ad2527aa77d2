// The activity editor: validation in place (nothing invalid is stored),
// prefilling from a contact, and the question on closing with unsaved changes.
#include "core/AppContext.h"
#include "editors/ActivityEditor.h"
#include "editors/fields/RecordPicker.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/ContactRepository.h"
#include "store/Journal.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

int activityCount(Store &s)
{
    const auto entries = Journal(s).entries();
    int n = 0;
    if (entries.ok())
        for (const JournalEntry &e : *entries)
            n += e.entity == QLatin1String("activity") && e.op == QLatin1String("create") && e.field == QLatin1String("kind") ? 1 : 0;
    return n;
}

QLabel *error(ActivityEditor &editor, const char *name)
{
    return editor.findChild<QLabel *>(QLatin1String(name));
}

// Answers the "save your changes?" question with `button` each time it comes,
// for as long as it lives.
class UnsavedAnswer {
public:
    explicit UnsavedAnswer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("unsavedChanges"))
                return;
            ++m_asked;
            box->button(button)->click();
        });
        m_timer.start();
    }
    int asked() const { return m_asked; }

private:
    QTimer m_timer;
    int m_asked = 0;
};

} // namespace

TEST(ActivityEditor, ValidatesInPlaceAndStoresOnlyValidActivities)
{
    test::TempStore ts;
    AppContext context(*ts);
    ActivityEditor editor(context, QString());
    editor.show();
    const int before = activityCount(*ts);

    // No kind yet: Save is disabled.
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.kindBox()->setCurrentIndex(editor.kindBox()->findData(QStringLiteral("call")));
    EXPECT_TRUE(editor.saveButton()->isEnabled());

    // A negative duration and one that is not a duration are refused beside the field.
    QTest::keyClicks(editor.durationEdit(), QStringLiteral("-15"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_TRUE(error(editor, "durationError")->isVisible());
    EXPECT_FALSE(editor.save());
    editor.durationEdit()->clear();
    QTest::keyClicks(editor.durationEdit(), QStringLiteral("soon"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.durationEdit()->clear();
    QTest::keyClicks(editor.durationEdit(), QStringLiteral("1:30"));
    EXPECT_FALSE(error(editor, "durationError")->isVisible());

    // The start is required.
    const QDateTime start = editor.startEdit()->dateTime();
    editor.startEdit()->setDateTime(editor.startEdit()->minimumDateTime());
    EXPECT_TRUE(error(editor, "startError")->isVisible());
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.startEdit()->setDateTime(start);

    // Text in the account field that names no account.
    QTest::keyClicks(editor.accountPicker()->lineEdit(), QStringLiteral("Nobody GmbH"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.accountPicker()->lineEdit()->clear();

    EXPECT_EQ(activityCount(*ts), before); // nothing stored while invalid
    ASSERT_TRUE(editor.saveButton()->isEnabled());
    QTest::keyClicks(editor.subjectEdit(), QStringLiteral("Intro call"));
    ASSERT_TRUE(editor.save());
    const std::optional<Activity> stored = ActivityRepository(*ts).get(editor.activityId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->kind, QStringLiteral("call"));
    EXPECT_EQ(stored->durationMinutes, 90);
    EXPECT_EQ(stored->subject, QStringLiteral("Intro call"));
    EXPECT_EQ(activityCount(*ts), before + 1);
}

TEST(ActivityEditor, ParsesDurationsAsPeopleTypeThem)
{
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("45")).minutes, 45);
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("45 min")).minutes, 45);
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("1:30")).minutes, 90);
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("2h")).minutes, 120);
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("1h 15m")).minutes, 75);
    EXPECT_EQ(ActivityEditor::parseDuration(QStringLiteral("-5")).minutes, -5);
    EXPECT_FALSE(ActivityEditor::parseDuration(QStringLiteral("")).minutes.has_value());
    EXPECT_TRUE(ActivityEditor::parseDuration(QStringLiteral("")).ok);
    EXPECT_FALSE(ActivityEditor::parseDuration(QStringLiteral("1:75")).ok);
    EXPECT_FALSE(ActivityEditor::parseDuration(QStringLiteral("an hour")).ok);
}

TEST(ActivityEditor, APrefilledContactBringsItsAccountAndEditingKeepsTheLinks)
{
    test::TempStore ts;
    AppContext context(*ts);
    Account a;
    a.name = QStringLiteral("上海东海贸易有限公司");
    const QString account = *AccountRepository(*ts).create(a);
    Contact wang;
    wang.familyName = QStringLiteral("王");
    wang.givenName = QStringLiteral("伟");
    wang.accountId = account;
    const QString wangId = *ContactRepository(*ts).create(wang);
    Contact anna;
    anna.givenName = QStringLiteral("Anna");
    anna.familyName = QStringLiteral("Schmidt");
    anna.accountId = account;
    ContactRepository(*ts).create(anna);

    ActivityEditor editor(context, QString());
    editor.prefill(QStringLiteral("call"), {QStringLiteral("contact"), wangId});
    EXPECT_EQ(editor.accountPicker()->recordId(), account);
    ASSERT_EQ(editor.contactList()->count(), 2); // the account's contacts, one ticked
    int ticked = 0;
    for (int i = 0; i < editor.contactList()->count(); ++i)
        if (editor.contactList()->item(i)->checkState() == Qt::Checked) {
            ++ticked;
            EXPECT_EQ(editor.contactList()->item(i)->data(Qt::UserRole).toString(), wangId);
        }
    EXPECT_EQ(ticked, 1);
    ASSERT_TRUE(editor.save());
    const QString id = editor.activityId();
    const std::optional<Activity> call = ActivityRepository(*ts).get(id);
    ASSERT_TRUE(call.has_value());
    EXPECT_EQ(call->accountId, account);
    EXPECT_EQ(call->contactIds, QStringList{wangId});
    EXPECT_TRUE(call->isDone());

    // Opened again and saved without a change: nothing is written.
    const qint64 seq = Journal(*ts).entries()->last().seq;
    ActivityEditor again(context, id);
    EXPECT_FALSE(again.hasUnsavedChanges());
    EXPECT_EQ(again.accountPicker()->recordId(), account);
    ASSERT_TRUE(again.save());
    EXPECT_EQ(Journal(*ts).entries()->last().seq, seq);
    EXPECT_EQ(ActivityRepository(*ts).get(id), call);
}

TEST(ActivityEditor, ClosingWithUnsavedChangesAsksFirst)
{
    test::TempStore ts;
    AppContext context(*ts);
    const int before = activityCount(*ts);
    {
        ActivityEditor editor(context, QString());
        editor.prefill(QStringLiteral("note"), {});
        editor.show();
        QTest::keyClicks(editor.subjectEdit(), QStringLiteral("Remember the samples"));
        {
            UnsavedAnswer cancel(QMessageBox::Cancel);
            editor.reject();
            EXPECT_EQ(cancel.asked(), 1);
            EXPECT_TRUE(editor.isVisible()); // Cancel: still editing
        }
        UnsavedAnswer discard(QMessageBox::Discard);
        editor.reject();
        EXPECT_EQ(discard.asked(), 1);
        EXPECT_FALSE(editor.isVisible());
    }
    EXPECT_EQ(activityCount(*ts), before);
    {
        ActivityEditor editor(context, QString());
        editor.prefill(QStringLiteral("note"), {});
        editor.show();
        QTest::keyClicks(editor.subjectEdit(), QStringLiteral("Remember the samples"));
        UnsavedAnswer save(QMessageBox::Save);
        editor.close();
        EXPECT_EQ(save.asked(), 1);
        ASSERT_FALSE(editor.activityId().isEmpty());
        EXPECT_EQ(ActivityRepository(*ts).get(editor.activityId())->subject, QStringLiteral("Remember the samples"));
    }
    EXPECT_EQ(activityCount(*ts), before + 1);
    {
        // Nothing changed: closing does not ask.
        ActivityEditor editor(context, QString());
        editor.prefill(QStringLiteral("call"), {});
        editor.show();
        UnsavedAnswer save(QMessageBox::Save);
        editor.reject();
        EXPECT_EQ(save.asked(), 0);
        EXPECT_FALSE(editor.isVisible());
    }
}

TEST(ActivityEditor, OpeningAndSavingKeepsTimesToTheMillisecond)
{
    test::TempStore ts;
    AppContext context(*ts);
    Activity a;
    a.kind = QStringLiteral("task");
    a.startAt = 1700000000123; // 22:13:20.123Z: seconds the form does not show
    a.dueAt = 1700086399999;
    a.doneAt = 1700003333333;
    a.outcome = QStringLiteral("done");
    const QString id = *ActivityRepository(*ts).create(a);
    const qint64 seq = Journal(*ts).entries()->last().seq;
    ActivityEditor editor(context, id);
    EXPECT_FALSE(editor.hasUnsavedChanges());
    EXPECT_EQ(editor.outcomeBox()->currentText(), QStringLiteral("Done"));
    ASSERT_TRUE(editor.save());
    EXPECT_EQ(Journal(*ts).entries()->last().seq, seq); // nothing written
    const std::optional<Activity> stored = ActivityRepository(*ts).get(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->startAt, a.startAt);
    EXPECT_EQ(stored->dueAt, a.dueAt);
    EXPECT_EQ(stored->doneAt, a.doneAt);
    EXPECT_EQ(stored->outcome, QStringLiteral("done"));
}
