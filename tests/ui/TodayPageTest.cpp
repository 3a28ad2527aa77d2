// The Today page: completing a task (answering the outcome question), moving
// one to tomorrow, the owner switch, undoing a completion, and logging a
// visit from the round of visits due. Every test checks the store afterwards.
#include "core/AppContext.h"
#include "core/UndoController.h"
#include "domain/UtcTime.h"
#include "editors/ActivityEditor.h"
#include "editors/Editors.h"
#include "editors/OutcomeDialog.h"
#include "editors/fields/RecordPicker.h"
#include "pages/OpenActivitiesView.h"
#include "pages/RescheduleChoices.h"
#include "pages/TodayPage.h"
#include "pages/VisitsDueView.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/Journal.h"
#include "store/UserRepository.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 Hour = 3600000;
constexpr qint64 Day = 24 * Hour;

// Answers the first modal dialog of type W that opens (they run their own
// event loop, so the answer comes from a timer). Stops after answering once.
template <typename W>
class ModalAnswer {
public:
    explicit ModalAnswer(std::function<void(W *)> answer)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, answer] {
            if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                ++m_answered;
                answer(w);
            }
        });
        m_timer.start();
    }
    int answered() const { return m_answered; }

private:
    QTimer m_timer;
    int m_answered = 0;
};

struct TodayFixture {
    test::TempStore ts;
    AppContext context{*ts};
    QString account;

    TodayFixture()
    {
        // The account is 60 days old, never visited, with a 30-day target:
        // it is in the round, 30 days overdue.
        const qint64 today = ts.clock;
        ts.clock = today - 60 * Day;
        Account a;
        a.name = QStringLiteral("Kaffeehaus Adler");
        a.address.city = QStringLiteral("Hamburg");
        a.address.street = QStringLiteral("Jungfernstieg 7");
        a.visitIntervalDays = 30;
        account = *AccountRepository(*ts).create(a);
        ts.clock = today;
    }

    // The store's "now" (its clock moves 1 ms per read) and the local day.
    qint64 now() const { return ts.clock; }
    qint64 startOfToday() const { return toUtcMillis(QDateTime(fromUtcMillis(now()).toLocalTime().date(), QTime(0, 0))); }

    QString activity(const QString &kind, const QString &subject, qint64 start, std::optional<qint64> due = {}, const QString &owner = {})
    {
        Activity a;
        a.kind = kind;
        a.subject = subject;
        a.startAt = start;
        a.dueAt = due;
        a.accountId = account;
        a.ownerId = owner;
        const Result<QString> id = ActivityRepository(*ts).create(a);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }
};

// Shows the page and waits for both halves to have read the store.
void showAndWait(TodayPage &page)
{
    QSignalSpy activities(page.activities(), &OpenActivitiesView::loaded);
    QSignalSpy visits(page.visits(), &VisitsDueView::loaded);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(activities.count() > 0 || activities.wait(10000));
    ASSERT_TRUE(visits.count() > 0 || visits.wait(10000));
}

// For looking at the page: RAPPORT_TEST_SCREENSHOTS=<folder>.
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(folder + QLatin1Char('/') + name);
}

void waitForReload(OpenActivitiesView *view)
{
    QSignalSpy loaded(view, &OpenActivitiesView::loaded);
    ASSERT_TRUE(loaded.wait(10000));
}

} // namespace

TEST(TodayPage, IsTheFirstPageAndShowsOverdueAndTodaysActivities)
{
    TodayFixture f;
    const QString overdue = f.activity(QStringLiteral("task"), QStringLiteral("Send the offer"), f.now() - 10 * Day, f.now() - 2 * Day);
    const QString today = f.activity(QStringLiteral("call"), QStringLiteral("Call Anna about samples"), (f.startOfToday() + f.now()) / 2);
    const QString tomorrow = f.activity(QStringLiteral("meeting"), QStringLiteral("Tasting"), f.startOfToday() + 2 * Day);
    TodayPage page(f.context);
    EXPECT_EQ(page.key(), QStringLiteral("today"));
    showAndWait(page);

    const QStringList shown = page.activities()->shownIds();
    EXPECT_EQ(shown, (QStringList{overdue, today}));
    EXPECT_FALSE(shown.contains(tomorrow));
    // The overdue time stands out in the attention colour; today's later one does not.
    QTreeWidgetItem *overdueRow = page.activities()->tree()->topLevelItem(0)->child(0);
    EXPECT_EQ(overdueRow->text(OpenActivitiesView::AccountColumn), QStringLiteral("Kaffeehaus Adler"));
    EXPECT_NE(overdueRow->foreground(OpenActivitiesView::WhenColumn).color(), page.palette().color(QPalette::Text));
    // The account was never visited and is past its 30 days: it is in the round.
    ASSERT_EQ(page.visits()->round().visits.size(), 1);
    EXPECT_EQ(page.visits()->round().visits.first().accountId, f.account);
    saveScreenshot(page, QStringLiteral("today-page.png"));
}

TEST(TodayPage, CompletesATaskAskingForTheOutcomeAndUndoes)
{
    TodayFixture f;
    const QString task = f.activity(QStringLiteral("task"), QStringLiteral("Send the offer"), f.now() - 10 * Day, f.now() - 2 * Day);
    TodayPage page(f.context);
    showAndWait(page);
    ASSERT_TRUE(page.activities()->shownIds().contains(task));

    // The user types their own outcome and presses Complete.
    ModalAnswer<OutcomeDialog> answer([](OutcomeDialog *dialog) {
        QTest::keyClicks(dialog->otherText(), QStringLiteral("Sent by post"));
        saveScreenshot(*dialog, QStringLiteral("today-outcome.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("completeButton")), Qt::LeftButton);
    });
    const qint64 before = f.now();
    ASSERT_TRUE(page.activities()->completeActivity(task));
    EXPECT_EQ(answer.answered(), 1);

    const std::optional<Activity> done = ActivityRepository(*f.ts).get(task);
    ASSERT_TRUE(done.has_value());
    ASSERT_TRUE(done->doneAt.has_value());
    EXPECT_GE(*done->doneAt, before);
    EXPECT_EQ(done->outcome, QStringLiteral("Sent by post"));
    EXPECT_FALSE(page.activities()->shownIds().contains(task));
    // Journaled as one change set of its own, which is what undo reverts.
    const auto entries = Journal(*f.ts).entriesOfRecord(task);
    ASSERT_TRUE(entries.ok());
    QStringList fields;
    qint64 change = 0;
    for (const JournalEntry &e : *entries)
        if (e.op == QLatin1String("update")) {
            fields << e.field;
            change = e.changeId;
        }
    EXPECT_TRUE(fields.contains(QStringLiteral("done_at")));
    EXPECT_TRUE(fields.contains(QStringLiteral("outcome")));
    ASSERT_TRUE(Journal(*f.ts).changeSet(change).has_value());
    EXPECT_EQ(Journal(*f.ts).changeSet(change)->label, QStringLiteral("Complete activity"));

    waitForReload(page.activities()); // the page follows the store's change
    EXPECT_FALSE(page.activities()->shownIds().contains(task));

    ASSERT_TRUE(f.context.undo().canUndo());
    ASSERT_TRUE(f.context.undo().undo());
    const std::optional<Activity> undone = ActivityRepository(*f.ts).get(task);
    ASSERT_TRUE(undone.has_value());
    EXPECT_FALSE(undone->doneAt.has_value());
    EXPECT_TRUE(undone->outcome.isEmpty());
    waitForReload(page.activities());
    EXPECT_TRUE(page.activities()->shownIds().contains(task));
}

TEST(TodayPage, CancellingTheOutcomeLeavesTheActivityOpen)
{
    TodayFixture f;
    const QString call = f.activity(QStringLiteral("call"), QStringLiteral("Call back"), f.now() - 3 * Day);
    TodayPage page(f.context);
    showAndWait(page);
    ModalAnswer<OutcomeDialog> answer([](OutcomeDialog *dialog) { dialog->reject(); });
    EXPECT_FALSE(page.activities()->completeActivity(call));
    EXPECT_EQ(answer.answered(), 1);
    EXPECT_FALSE(ActivityRepository(*f.ts).get(call)->isDone());
    EXPECT_TRUE(page.activities()->shownIds().contains(call));
}

TEST(TodayPage, ReschedulesToTomorrowFromTheRowsMenuKeepingTheTimeOfDay)
{
    TodayFixture f;
    const qint64 start = f.now() - 3 * Day;
    const QString call = f.activity(QStringLiteral("call"), QStringLiteral("Call back"), start);
    const qint64 due = f.now() - Day;
    const qint64 taskStart = f.now() - 9 * Day;
    const QString task = f.activity(QStringLiteral("task"), QStringLiteral("Price list"), taskStart, due);
    TodayPage page(f.context);
    showAndWait(page);

    // The row's menu: its first entry is "Tomorrow (…)".
    QTimer::singleShot(50, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        ASSERT_FALSE(menu->actions().isEmpty());
        QAction *tomorrow = menu->actions().first();
        menu->close();
        tomorrow->trigger();
    });
    page.activities()->showRescheduleMenu(call, QPoint(100, 100));

    const std::optional<Activity> moved = ActivityRepository(*f.ts).get(call);
    ASSERT_TRUE(moved.has_value());
    const QDateTime was = fromUtcMillis(start).toLocalTime();
    const QDateTime now = fromUtcMillis(moved->startAt.value()).toLocalTime();
    EXPECT_EQ(now.date(), fromUtcMillis(f.now()).toLocalTime().date().addDays(1));
    EXPECT_EQ(now.time(), was.time());
    EXPECT_FALSE(moved->isDone());
    EXPECT_FALSE(page.activities()->shownIds().contains(call)); // tomorrow is not today

    // A task moves by its due time; its start stays.
    const qint64 nextWeek = nextWeekAt(due, f.now());
    ASSERT_TRUE(page.activities()->rescheduleActivity(task, nextWeek));
    const std::optional<Activity> t = ActivityRepository(*f.ts).get(task);
    EXPECT_EQ(t->dueAt, nextWeek);
    EXPECT_EQ(t->startAt, taskStart);
    EXPECT_EQ(fromUtcMillis(nextWeek).toLocalTime().date().dayOfWeek(), 1);
    const auto entries = Journal(*f.ts).entriesOfRecord(task);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->last().field, QStringLiteral("due_at"));
}

TEST(TodayPage, TheOwnerSwitchShowsOneUsersOrEveryonesActivities)
{
    TodayFixture f;
    User bo;
    bo.name = QStringLiteral("bo");
    bo.displayName = QStringLiteral("Bo Li");
    const QString boId = *UserRepository(*f.ts).create(bo);
    const QString mine = f.activity(QStringLiteral("call"), QStringLiteral("Mine"), f.now() - Day);
    const QString bos = f.activity(QStringLiteral("call"), QStringLiteral("Bo's"), f.now() - Day, {}, boId);
    TodayPage page(f.context);
    showAndWait(page);
    EXPECT_EQ(page.owner(), f.ts->localUserId());
    EXPECT_EQ(page.activities()->shownIds(), QStringList{mine});

    QSignalSpy reloaded(page.activities(), &OpenActivitiesView::loaded);
    page.ownerSwitch()->setCurrentIndex(page.ownerSwitch()->findText(QStringLiteral("Everyone's")));
    ASSERT_TRUE(reloaded.wait(10000));
    EXPECT_FALSE(page.owner().has_value());
    EXPECT_TRUE(page.activities()->shownIds().contains(mine));
    EXPECT_TRUE(page.activities()->shownIds().contains(bos));
    EXPECT_FALSE(page.activities()->tree()->isColumnHidden(OpenActivitiesView::OwnerColumn));

    page.ownerSwitch()->setCurrentIndex(page.ownerSwitch()->findText(QStringLiteral("Bo Li")));
    ASSERT_TRUE(reloaded.wait(10000));
    EXPECT_EQ(page.activities()->shownIds(), QStringList{bos});
}

TEST(TodayPage, LogsAVisitPrefilledFromAnAccountAndTheRoundFollows)
{
    TodayFixture f;
    TodayPage page(f.context);
    showAndWait(page);
    ASSERT_EQ(page.visits()->round().visits.size(), 1);

    const qint64 before = f.now();
    logActivity(f.context, QStringLiteral("visit"), {QStringLiteral("account"), f.account}, &page);
    ActivityEditor *editor = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *e = qobject_cast<ActivityEditor *>(w); e && e->isVisible())
            editor = e;
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->kindBox()->currentData().toString(), QStringLiteral("visit"));
    EXPECT_EQ(editor->accountPicker()->recordId(), f.account);
    EXPECT_EQ(editor->accountPicker()->lineEdit()->text(), QStringLiteral("Kaffeehaus Adler"));
    EXPECT_TRUE(editor->doneBox()->isChecked()); // a visit logged has happened
    EXPECT_FALSE(editor->hasUnsavedChanges());
    QTest::keyClicks(editor->subjectEdit(), QStringLiteral("Quarterly visit"));
    saveScreenshot(*editor, QStringLiteral("today-log-visit.png"));
    EXPECT_TRUE(editor->hasUnsavedChanges());
    ASSERT_TRUE(editor->saveButton()->isEnabled());
    QSignalSpy saved(editor, &ActivityEditor::saved);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    const QString id = saved.first().first().toString();

    const std::optional<Activity> visit = ActivityRepository(*f.ts).get(id);
    ASSERT_TRUE(visit.has_value());
    EXPECT_EQ(visit->kind, QStringLiteral("visit"));
    EXPECT_EQ(visit->accountId, f.account);
    EXPECT_EQ(visit->subject, QStringLiteral("Quarterly visit"));
    EXPECT_EQ(visit->location, QStringLiteral("Jungfernstieg 7, Hamburg"));
    // Started now, to the minute, as the user sees it.
    ASSERT_TRUE(visit->startAt.has_value());
    EXPECT_LE(*visit->startAt, before);
    EXPECT_GT(*visit->startAt, before - 60 * 1000);
    EXPECT_TRUE(visit->isDone());

    // The visit is done: the account leaves the round.
    QSignalSpy visits(page.visits(), &VisitsDueView::loaded);
    ASSERT_TRUE(visits.wait(10000));
    EXPECT_TRUE(page.visits()->round().visits.isEmpty());
}
