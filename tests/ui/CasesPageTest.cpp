#include "core/AppContext.h"
#include "core/UndoController.h"
#include "editors/CaseEditor.h"
#include "editors/RequiredTextEdit.h"
#include "editors/ResolveCaseDialog.h"
#include "editors/ServiceLevelSettings.h"
#include "editors/fields/RecordPicker.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "itemmodels/RecordListModel.h"
#include "lists/RecordListView.h"
#include "pages/CaseDetailPanel.h"
#include "pages/CasesPage.h"
#include "pages/OverdueCaseDelegate.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/Journal.h"
#include "store/RecordWriter.h"
#include "store/UserRepository.h"
#include "support/TestStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

bool waitUntilTrue(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

// An account with a contact, a support user, an open case due tomorrow and
// one that is overdue, made through the repositories.
struct CaseWorld {
    test::TempStore ts;
    QString account, contact, sam, fresh, late, done;

    CaseWorld()
    {
        Store &s = *ts;
        Account a;
        a.name = QStringLiteral("Café Central");
        account = *AccountRepository(s).create(a);
        Contact c;
        c.givenName = QStringLiteral("Lena");
        c.familyName = QStringLiteral("Berg");
        c.accountId = account;
        contact = *ContactRepository(s).create(c);
        User u;
        u.name = QStringLiteral("sam");
        u.displayName = QStringLiteral("Sam Support");
        sam = *UserRepository(s).create(u);
        fresh = kase("Grinder makes noise", "normal", "new", ts.clock + DayMs);
        late = kase("Machine leaks", "high", "in progress", ts.clock - HourMs);
        done = kase("Invoice question", "low", "resolved", ts.clock - DayMs, QStringLiteral("Explained"));
    }

    QString kase(const char *subject, const char *priority, const char *status, qint64 due, const QString &resolution = {})
    {
        Case k;
        k.subject = QString::fromLatin1(subject);
        k.accountId = account;
        k.contactId = contact;
        k.priority = QString::fromLatin1(priority);
        k.status = QString::fromLatin1(status);
        k.dueAt = due;
        k.resolution = resolution;
        Result<QString> id = CaseRepository(*ts).create(k);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }

    Case get(const QString &id) { return CaseRepository(*ts).get(id).value_or(Case{}); }
    qint64 createdAt(const QString &id) { return RecordWriter(*ts).read(CaseRepository::entity(), id)->createdAt; }
};

int rowOf(RecordListView *list, const QString &id)
{
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->recordId(r) == id)
            return r;
    return -1;
}

void saveScreenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("RAPPORT_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending relayouts and repaints first
    w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
}

} // namespace

TEST(CasesPage, ResolvesACaseWithAFollowUpCallAndRecordsSatisfaction)
{
    CaseWorld w;
    AppContext context(*w.ts);
    CasesPage page(context);
    EXPECT_EQ(page.key(), QStringLiteral("cases"));
    EXPECT_EQ(page.title(), QStringLiteral("Cases"));
    page.resize(1280, 800);
    page.show();
    CaseDetailPanel *detail = page.detail();
    detail->showCase(w.late);
    EXPECT_TRUE(detail->overdueLabel()->isVisible());
    saveScreenshot(page, "service-cases.png");

    // Resolve: the dialog asks for the resolution and offers the follow-up call.
    detail->resolve();
    ResolveCaseDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntilTrue([&] { return (dialog = detail->resolveDialog()) && dialog->isVisible(); }));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // no resolution yet
    EXPECT_TRUE(dialog->followUpBox()->isChecked());
    QTest::keyClicks(dialog->resolutionField()->textEdit(), QStringLiteral("Replaced the seal"));
    ASSERT_TRUE(ok->isEnabled());
    dialog->daysBox()->setValue(5);
    saveScreenshot(*dialog, "service-resolve.png");
    const qint64 before = w.ts.clock;
    QTest::mouseClick(ok, Qt::LeftButton);

    // The store: resolved with its resolution and time; a call linked to the
    // case and its account, due in five days; the case points at it.
    ASSERT_TRUE(waitUntilTrue([&] { return w.get(w.late).status == QLatin1String("resolved"); }));
    const Case resolved = w.get(w.late);
    EXPECT_EQ(resolved.resolution, QStringLiteral("Replaced the seal"));
    ASSERT_TRUE(resolved.resolvedAt.has_value());
    EXPECT_GE(*resolved.resolvedAt, before);
    ASSERT_FALSE(resolved.followupActivityId.isEmpty());
    const std::optional<Activity> call = ActivityRepository(*w.ts).get(resolved.followupActivityId);
    ASSERT_TRUE(call.has_value());
    EXPECT_EQ(call->kind, QStringLiteral("call"));
    EXPECT_EQ(call->caseId, w.late);
    EXPECT_EQ(call->accountId, w.account);
    EXPECT_EQ(call->contactIds, QStringList{w.contact});
    EXPECT_FALSE(call->isDone());
    ASSERT_TRUE(call->dueAt.has_value());
    EXPECT_NEAR(double(*call->dueAt - *resolved.resolvedAt), double(5 * DayMs), 1000.0);
    // The panel shows it, and no longer as overdue.
    EXPECT_FALSE(detail->overdueLabel()->isVisible());
    EXPECT_EQ(detail->shownCase().followupActivityId, call->id);
    ASSERT_EQ(detail->activities()->topLevelItemCount(), 1);
    EXPECT_EQ(detail->activities()->topLevelItem(0)->data(0, Qt::UserRole).toString(), call->id);
    saveScreenshot(page, "service-cases-resolved.png");

    // Satisfaction, from the panel's rating box.
    QComboBox *rating = detail->satisfactionBox();
    rating->setCurrentIndex(rating->findData(4));
    emit rating->activated(rating->currentIndex());
    EXPECT_EQ(w.get(w.late).satisfaction, 4);

    // Undo takes the rating back, then the resolution and the call together.
    ASSERT_TRUE(context.undo().undo());
    EXPECT_FALSE(w.get(w.late).satisfaction.has_value());
    ASSERT_TRUE(context.undo().undo());
    EXPECT_EQ(w.get(w.late).status, QStringLiteral("in progress"));
    EXPECT_TRUE(w.get(w.late).followupActivityId.isEmpty());
    EXPECT_FALSE(ActivityRepository(*w.ts).get(call->id).has_value());
}

TEST(CasesPage, AssignsChangesPriorityWithTheServiceLevelAndClosesWithAResolution)
{
    CaseWorld w;
    AppContext context(*w.ts);
    CasesPage page(context);
    page.resize(1280, 800);
    page.show();
    CaseDetailPanel *detail = page.detail();
    detail->showCase(w.fresh);

    ASSERT_TRUE(detail->assignTo(w.sam));
    EXPECT_EQ(w.get(w.fresh).assigneeId, w.sam);
    EXPECT_EQ(w.get(w.fresh).status, QStringLiteral("assigned")); // a new case given to someone

    // Urgent: due four hours after it was opened (the default service level).
    ASSERT_TRUE(detail->setPriority(QStringLiteral("urgent")));
    EXPECT_EQ(w.get(w.fresh).priority, QStringLiteral("urgent"));
    EXPECT_EQ(w.get(w.fresh).dueAt, w.createdAt(w.fresh) + 4 * HourMs);

    ASSERT_TRUE(detail->setStatus(QStringLiteral("waiting")));
    EXPECT_EQ(w.get(w.fresh).status, QStringLiteral("waiting"));

    // Closing an unresolved case asks for the resolution first.
    detail->closeCase();
    ResolveCaseDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntilTrue([&] { return (dialog = detail->resolveDialog()) && dialog->isVisible(); }));
    EXPECT_FALSE(dialog->followUpBox()->isChecked());
    dialog->reject();
    EXPECT_EQ(w.get(w.fresh).status, QStringLiteral("waiting"));
    detail->closeCase();
    ASSERT_TRUE(waitUntilTrue([&] { return (dialog = detail->resolveDialog()) && dialog->isVisible(); }));
    QTest::keyClicks(dialog->resolutionField()->textEdit(), QStringLiteral("Customer fixed it"));
    dialog->accept();
    ASSERT_TRUE(waitUntilTrue([&] { return w.get(w.fresh).status == QLatin1String("closed"); }));
    EXPECT_EQ(w.get(w.fresh).resolution, QStringLiteral("Customer fixed it"));
    EXPECT_TRUE(w.get(w.fresh).resolvedAt.has_value());
    EXPECT_TRUE(w.get(w.fresh).followupActivityId.isEmpty());
}

TEST(CasesPage, OverdueOpenCasesStandOutAndCanBeListedAlone)
{
    CaseWorld w;
    // Resolved long after its due time: not overdue any more.
    AppContext context(*w.ts);
    CasesPage page(context);
    page.resize(1280, 800);
    page.show();
    RecordListView *list = page.list();
    ASSERT_EQ(list->model()->rowCount(), 3);
    const int late = rowOf(list, w.late);
    const int fresh = rowOf(list, w.fresh);
    const int done = rowOf(list, w.done);
    ASSERT_GE(late, 0);
    QAbstractItemModel *model = list->table()->model();
    EXPECT_TRUE(page.overdueDelegate()->isOverdue(model->index(late, 0)));
    EXPECT_FALSE(page.overdueDelegate()->isOverdue(model->index(fresh, 0)));
    EXPECT_FALSE(page.overdueDelegate()->isOverdue(model->index(done, 0)));
    // The row is painted in the attention colour, not the palette's text colour.
    QStyleOptionViewItem option;
    option.initFrom(list->table());
    QStyleOptionViewItem plain = option;
    struct Probe : OverdueCaseDelegate {
        using OverdueCaseDelegate::initStyleOption;
        using OverdueCaseDelegate::OverdueCaseDelegate;
    };
    Probe probe([&] { return w.ts.clock; });
    probe.initStyleOption(&option, model->index(late, 0));
    probe.initStyleOption(&plain, model->index(fresh, 0));
    EXPECT_NE(option.palette.color(QPalette::Text), plain.palette.color(QPalette::Text));

    page.overdueOnly()->setChecked(true);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->recordId(0), w.late);
    page.overdueOnly()->setChecked(false);
    EXPECT_EQ(list->model()->rowCount(), 3);

    // The assignee filter.
    page.detail()->showCase(w.fresh);
    ASSERT_TRUE(page.detail()->assignTo(w.sam));
    ASSERT_TRUE(waitUntilTrue([&] { return page.assigneeFilter()->findData(w.sam) >= 0; }));
    page.assigneeFilter()->setCurrentIndex(page.assigneeFilter()->findData(w.sam));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->recordId(0), w.fresh);
}

TEST(CaseEditor, CreatesACaseFromAContactWithTheServiceLevelsDueTime)
{
    CaseWorld w;
    QSettings().remove(QStringLiteral("serviceLevels"));
    AppContext context(*w.ts);
    CaseEditor editor(context, QString());
    editor.prefill({QStringLiteral("contact"), w.contact});
    editor.show();
    EXPECT_EQ(editor.contactPicker()->recordId(), w.contact);
    EXPECT_EQ(editor.accountPicker()->recordId(), w.account); // the contact's company
    EXPECT_FALSE(editor.saveButton()->isEnabled());            // no subject

    QTest::keyClicks(editor.subjectField()->lineEdit(), QStringLiteral("Milk frother broken"));
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();
    editor.priorityBox()->setCurrentIndex(editor.priorityBox()->findData(QStringLiteral("high")));
    const qint64 dueHigh = *editor.value().dueAt;

    // Resolved needs a resolution: Save is held back until there is one.
    editor.statusBox()->setCurrentIndex(editor.statusBox()->findData(QStringLiteral("resolved")));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_FALSE(editor.save());
    editor.statusBox()->setCurrentIndex(editor.statusBox()->findData(QStringLiteral("new")));
    editor.assigneeBox()->setCurrentIndex(editor.assigneeBox()->findData(w.sam));
    EXPECT_EQ(editor.statusBox()->currentData().toString(), QStringLiteral("assigned"));
    saveScreenshot(editor, "service-case-editor.png");
    ASSERT_TRUE(editor.save());

    const Case stored = w.get(editor.recordId());
    EXPECT_EQ(stored.subject, QStringLiteral("Milk frother broken"));
    EXPECT_EQ(stored.contactId, w.contact);
    EXPECT_EQ(stored.accountId, w.account);
    EXPECT_EQ(stored.priority, QStringLiteral("high"));
    EXPECT_EQ(stored.status, QStringLiteral("assigned"));
    EXPECT_EQ(stored.assigneeId, w.sam);
    EXPECT_EQ(stored.dueAt, dueHigh);
    // Opened "now" in the editor; a high-priority case is due a day later.
    EXPECT_NEAR(double(*stored.dueAt - w.createdAt(editor.recordId())), double(DayMs), 1000.0);

    // A due time set by hand stays when reopened.
    CaseEditor again(context, editor.recordId());
    EXPECT_FALSE(again.hasUnsavedChanges());
    EXPECT_FALSE(again.dueByHand()->isChecked());
    again.dueByHand()->setChecked(true);
    again.dueEdit()->setDateTime(again.dueEdit()->dateTime().addDays(2));
    ASSERT_TRUE(again.save());
    CaseEditor third(context, editor.recordId());
    EXPECT_TRUE(third.dueByHand()->isChecked());
    EXPECT_FALSE(third.hasUnsavedChanges());
}

TEST(CaseEditor, UsesTheServiceLevelsFromTheSettings)
{
    CaseWorld w;
    ServiceLevels levels = ServiceLevels::defaults();
    levels.setHours(QStringLiteral("normal"), 10);
    saveServiceLevels(levels);
    EXPECT_EQ(loadServiceLevels().hoursFor(QStringLiteral("normal")), 10);
    AppContext context(*w.ts);
    CaseEditor editor(context, QString());
    QTest::keyClicks(editor.subjectField()->lineEdit(), QStringLiteral("Question"));
    ASSERT_TRUE(editor.save());
    EXPECT_NEAR(double(*w.get(editor.recordId()).dueAt - w.createdAt(editor.recordId())), double(10 * HourMs), 1000.0);
    saveServiceLevels(ServiceLevels::defaults());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("serviceLevels/normal")));
}
