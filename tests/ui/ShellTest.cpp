#include "core/AppContext.h"
#include "core/UndoController.h"
#include "store/ChangeSet.h"
#include "itemmodels/RecordListModel.h"
#include "lists/RecordListView.h"
#include "shell/DesktopSession.h"
#include "shell/MainWindow.h"
#include "shell/QuickOpenDialog.h"
#include "shell/Translations.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/queries/Directory.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

template <typename T>
T *findTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

TEST(Shell, QuickOpenFindsAContactByItsChineseNameWithTheKeyboardOnly)
{
    test::TempStore ts;
    ContactRepository contacts(*ts);
    Contact wang;
    wang.familyName = QStringLiteral("王");
    wang.givenName = QStringLiteral("伟");
    const QString wangId = *contacts.create(wang);
    Contact other;
    other.familyName = QStringLiteral("李");
    other.givenName = QStringLiteral("娜");
    ASSERT_TRUE(contacts.create(other).ok());

    AppContext context(*ts);
    MainWindow window(context);
    window.show();
    QList<RecordRef> opened;
    window.quickOpen();
    auto *dialog = findTopLevel<QuickOpenDialog>();
    ASSERT_NE(dialog, nullptr);
    QObject::connect(dialog, &QuickOpenDialog::recordChosen, [&](const RecordRef &r) { opened << r; });
    // Chinese arrives from the input method as committed text (QTest's key
    // clicks can only type what is on a keyboard).
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("王伟"));
    QApplication::sendEvent(dialog->textBox(), &commit);
    ASSERT_EQ(dialog->textBox()->text(), QStringLiteral("王伟"));
    ASSERT_GE(dialog->results()->count(), 1);
    QTest::keyClick(dialog->textBox(), Qt::Key_Return);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), (RecordRef{QStringLiteral("contact"), wangId}));
}

TEST(Shell, BulkEditOf500RowsIsOneUndoStep)
{
    test::TempStore ts;
    AccountRepository accounts(*ts);
    QStringList ids;
    for (int i = 0; i < 500; ++i) {
        Account a;
        a.name = QStringLiteral("Bulk %1").arg(i, 3, 10, QLatin1Char('0'));
        a.type = QStringLiteral("prospect");
        ids << *accounts.create(a);
    }
    AppContext context(*ts);
    RecordListView view(context, ListKind::Accounts);
    view.resize(1000, 600);
    view.show();
    while (view.model()->canFetchMore({}))
        view.model()->fetchMore({});
    ASSERT_EQ(view.model()->rowCount(), 500);
    view.table()->selectAll();
    ASSERT_EQ(view.selectedIds().size(), 500);

    view.applyToSelected(BulkChange{BulkChange::Kind::SetField, QStringLiteral("type"), QStringLiteral("customer"), {}},
                         QStringLiteral("Edit type"));
    ASSERT_TRUE(waitFor([&] { return accounts.get(ids.last())->type == QLatin1String("customer"); }));
    for (const QString &id : ids)
        ASSERT_EQ(accounts.get(id)->type, QStringLiteral("customer"));
    ASSERT_TRUE(waitFor([&] { return context.undo().canUndo(); }));
    EXPECT_EQ(context.undo().undoLabel(), QStringLiteral("Edit type"));

    ASSERT_TRUE(context.undo().undo());
    for (const QString &id : ids)
        ASSERT_EQ(accounts.get(id)->type, QStringLiteral("prospect"));
    ASSERT_TRUE(context.undo().redo());
    EXPECT_EQ(accounts.get(ids.first())->type, QStringLiteral("customer"));
}

// Above 2,000 journal entries an undo runs on a worker behind a progress
// dialog (AppContext's large-revert runner); Undo and Redo wait meanwhile.
TEST(Shell, UndoOfALargeBulkEditRunsInTheBackground)
{
    test::TempStore ts;
    AccountRepository accounts(*ts);
    QStringList ids;
    {
        ChangeSet cs(*ts, QStringLiteral("seed"));
        for (int i = 0; i < 2100; ++i) {
            Account a;
            a.name = QStringLiteral("Large %1").arg(i, 4, 10, QLatin1Char('0'));
            a.type = QStringLiteral("prospect");
            ids << *accounts.create(a);
        }
        ASSERT_TRUE(cs.commit().ok());
    }
    AppContext context(*ts);
    RecordListView view(context, ListKind::Accounts);
    view.resize(1000, 600);
    view.show();
    while (view.model()->canFetchMore({}))
        view.model()->fetchMore({});
    view.table()->selectAll();
    ASSERT_EQ(view.selectedIds().size(), 2100);
    view.applyToSelected(BulkChange{BulkChange::Kind::SetField, QStringLiteral("type"), QStringLiteral("customer"), {}},
                         QStringLiteral("Edit type"));
    ASSERT_TRUE(waitFor([&] { return context.undo().canUndo(); }));
    ASSERT_EQ(accounts.get(ids.last())->type, QStringLiteral("customer"));

    ASSERT_TRUE(context.undo().undo());
    EXPECT_TRUE(context.undo().isBusy());
    EXPECT_FALSE(context.undo().canUndo());
    EXPECT_FALSE(context.undo().undo()); // one at a time
    ASSERT_TRUE(waitFor([&] { return !context.undo().isBusy(); }));
    for (const QString &id : ids)
        ASSERT_EQ(accounts.get(id)->type, QStringLiteral("prospect"));
    ASSERT_TRUE(context.undo().canRedo());
    ASSERT_TRUE(context.undo().redo());
    ASSERT_TRUE(waitFor([&] { return !context.undo().isBusy(); }));
    EXPECT_EQ(accounts.get(ids.first())->type, QStringLiteral("customer"));
    EXPECT_TRUE(context.undo().canUndo());
    EXPECT_FALSE(context.undo().canRedo());
}

TEST(Shell, ListSearchBoxAndSavedViewsNarrowTheList)
{
    test::TempStore ts;
    AccountRepository accounts(*ts);
    for (const char *name : {"Harbour Coffee", "Hill Roasters", "Blue Harbour Trading", "Lantern Tea"}) {
        Account a;
        a.name = QString::fromUtf8(name);
        a.type = QString::fromUtf8(name).contains(QLatin1String("Tea")) ? QStringLiteral("partner") : QStringLiteral("customer");
        ASSERT_TRUE(accounts.create(a).ok());
    }
    AppContext context(*ts);
    RecordListView view(context, ListKind::Accounts);
    view.show();
    EXPECT_EQ(view.model()->rowCount(), 4);
    QTest::keyClicks(view.searchBox(), QStringLiteral("harb"));
    view.applySearch();
    EXPECT_EQ(view.model()->rowCount(), 2);
    ASSERT_TRUE(view.saveCurrentView(QStringLiteral("Harbours")));
    view.searchBox()->clear();
    view.applySearch();
    EXPECT_EQ(view.model()->rowCount(), 4);

    // The saved view, read back from the store, narrows a new list too.
    const auto views = Directory(*ts).savedViews(QStringLiteral("account"));
    ASSERT_TRUE(views.ok());
    ASSERT_EQ(views->size(), 1);
    EXPECT_EQ(views->first().name, QStringLiteral("Harbours"));
    RecordListView other(context, ListKind::Accounts);
    EXPECT_EQ(other.model()->rowCount(), 4);
    other.applyViewDefinition(views->first().definition);
    EXPECT_EQ(other.model()->rowCount(), 2);
    EXPECT_EQ(other.searchBox()->text(), QStringLiteral("harb"));
}

TEST(Shell, SwitchingTheLanguageRebuildsTheWindowInIt)
{
    test::TempStore ts;
    AppContext context(*ts);
    installTranslations(QStringLiteral("en"));
    DesktopSession session(context);
    session.window()->showPage(QStringLiteral("contacts"));
    const QString englishFile = session.window()->menuBar()->actions().first()->text();
    EXPECT_EQ(englishFile, QStringLiteral("&File"));
    session.switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(currentLanguage(), QStringLiteral("zh_CN"));
    const QString chineseFile = session.window()->menuBar()->actions().first()->text();
    EXPECT_NE(chineseFile, englishFile); // translated (文件)
    EXPECT_TRUE(chineseFile.contains(QStringLiteral("文件"))) << chineseFile.toStdString();
    // The page shown before the switch is shown again.
    ASSERT_NE(session.window()->currentPage(), nullptr);
    EXPECT_EQ(session.window()->currentPage()->key(), QStringLiteral("contacts"));
    session.switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(session.window()->menuBar()->actions().first()->text(), englishFile);
}
