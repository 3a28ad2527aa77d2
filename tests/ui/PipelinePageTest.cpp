#include "core/AppContext.h"
#include "core/UndoController.h"
#include "editors/CloseReasonDialog.h"
#include "itemmodels/RecordListModel.h"
#include "pages/PipelineBoardView.h"
#include "pages/PipelineCardModel.h"
#include "pages/PipelineColumn.h"
#include "pages/PipelinePage.h"
#include "pages/PipelineToolBar.h"
#include "store/AccountRepository.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "store/UserRepository.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

// Waits (running the event loop) until `done` holds; false on time-out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
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

qint64 count(Store &s, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(s.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return -1;
    }
    return q.value(0).toLongLong();
}

Stage stage(const char *name, int probability, const char *kind)
{
    Stage s;
    s.name = QString::fromUtf8(name);
    s.probability = probability;
    s.kind = QString::fromLatin1(kind);
    return s;
}

// A sales pipeline (Lead, Proposal, Won, Lost) with an account and a few deals
// in Lead, made through the repositories like the app makes them.
struct World {
    test::TempStore ts;
    Pipeline sales;
    QString account;
    QString otherUser;

    World()
    {
        Store &s = *ts;
        PipelineRepository pipelines(s);
        Pipeline p;
        p.name = QStringLiteral("Sales");
        p.isDefault = true;
        p.stages = {stage("Lead", 10, "open"), stage("Proposal", 50, "open"), stage("Won", 100, "won"), stage("Lost", 0, "lost")};
        sales = *pipelines.get(*pipelines.create(p));
        Account a;
        a.name = QStringLiteral("北京咖啡有限公司");
        account = *AccountRepository(s).create(a);
        User u;
        u.name = QStringLiteral("wang");
        u.displayName = QStringLiteral("王芳");
        otherUser = *UserRepository(s).create(u);
    }

    Store &store() { return *ts; }
    const Stage &lead() const { return sales.stages[0]; }
    const Stage &proposal() const { return sales.stages[1]; }
    const Stage &won() const { return sales.stages[2]; }
    const Stage &lost() const { return sales.stages[3]; }

    QString deal(const QString &name, qint64 minor, const QString &currency, const QDate &close, const QString &owner = {})
    {
        Opportunity o;
        o.name = name;
        o.accountId = account;
        o.amount = Money{minor, currency};
        o.probability = 10;
        o.pipelineId = sales.id;
        o.stageId = lead().id;
        o.expectedClose = close;
        o.ownerId = owner;
        Result<QString> id = OpportunityRepository(store()).create(o);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }

    QString stageOf(const QString &id) { return OpportunityRepository(store()).get(id)->stageId; }
    qint64 liveMoves(const QString &id, const QString &to)
    {
        return count(store(), QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ? AND to_stage_id = ? AND deleted_at IS NULL"),
                     {id, to});
    }
    qint64 deletedMoves(const QString &id, const QString &to)
    {
        return count(store(),
                     QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ? AND to_stage_id = ? AND deleted_at IS NOT NULL"),
                     {id, to});
    }
};

bool shows(PipelinePage &page, const Stage &st, const QString &id)
{
    PipelineColumn *c = page.board()->column(st.id);
    return c && c->model()->rowOf(id) >= 0;
}

bool settled(PipelinePage &page)
{
    return !page.board()->isLoading();
}

// Answers the close-reason dialog the page is about to open: types `reason`
// and confirms, or cancels when it is empty. Records what it saw.
struct ReasonAnswer {
    bool seen = false;
    bool okEnabledWhileEmpty = true;
    QString title;
};

void answerReason(ReasonAnswer *answer, const QString &reason)
{
    QTimer::singleShot(0, [answer, reason] {
        auto *dialog = qobject_cast<CloseReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ADD_FAILURE() << "no close-reason dialog";
            return;
        }
        answer->seen = true;
        answer->title = dialog->windowTitle();
        answer->okEnabledWhileEmpty = dialog->okButton()->isEnabled();
        if (reason.isEmpty()) {
            dialog->reject();
            return;
        }
        // QTest types only Latin-1 keys; the reason may be Chinese.
        dialog->setReason(reason);
        EXPECT_TRUE(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
}

} // namespace

TEST(PipelinePage, MovesACardToTheNextStageAndUndoPutsItBack)
{
    World w;
    const QString espresso = w.deal(QStringLiteral("Espresso bar"), 1200000, QStringLiteral("CNY"), QDate(2023, 12, 1));
    const QString cups = w.deal(QStringLiteral("Cups"), 85000, QStringLiteral("EUR"), QDate(2023, 12, 5));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), espresso); }));
    EXPECT_EQ(page.key(), QStringLiteral("pipeline"));
    EXPECT_EQ(page.board()->columns().size(), 4);
    EXPECT_EQ(page.board()->column(w.lead().id)->totals().count, 2);
    EXPECT_EQ(page.board()->column(w.lead().id)->shownCount(), 2);

    QSignalSpy status(&page, &Page::statusMessage);
    ASSERT_TRUE(page.moveCard(espresso, w.proposal().id));
    // The store: the new stage with its probability, and the move in the history.
    EXPECT_EQ(w.stageOf(espresso), w.proposal().id);
    EXPECT_EQ(OpportunityRepository(w.store()).get(espresso)->probability, 50);
    EXPECT_EQ(w.liveMoves(espresso, w.proposal().id), 1);
    EXPECT_EQ(w.stageOf(cups), w.lead().id);
    EXPECT_FALSE(status.isEmpty());

    // The board follows the store, with the moved card selected.
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.proposal(), espresso); }));
    EXPECT_FALSE(shows(page, w.lead(), espresso));
    EXPECT_EQ(page.board()->selectedId(), espresso);
    EXPECT_EQ(page.currentRecord(), (RecordRef{QStringLiteral("opportunity"), espresso}));
    EXPECT_EQ(page.board()->column(w.proposal().id)->totals().currencies.value(0),
              (CurrencyTotal{QStringLiteral("CNY"), 1, 1200000, 600000}));

    // Undo (the main window's Ctrl+Z): back in Lead, and the move's record deleted.
    ASSERT_TRUE(context.undo().undo());
    EXPECT_EQ(w.stageOf(espresso), w.lead().id);
    EXPECT_EQ(OpportunityRepository(w.store()).get(espresso)->probability, 10);
    EXPECT_EQ(w.liveMoves(espresso, w.proposal().id), 0);
    EXPECT_EQ(w.deletedMoves(espresso, w.proposal().id), 1);
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), espresso); }));
    EXPECT_FALSE(shows(page, w.proposal(), espresso));
    EXPECT_EQ(page.board()->column(w.proposal().id)->totals().count, 0);
}

TEST(PipelinePage, ADropOnAnotherColumnMovesTheCardThroughTheRepository)
{
    World w;
    const QString id = w.deal(QStringLiteral("Grinders"), 50000, QStringLiteral("EUR"), QDate(2023, 12, 1));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));

    // What a QDrag carries: the source column's mime data for the card.
    PipelineColumn *lead = page.board()->column(w.lead().id);
    PipelineColumn *proposal = page.board()->column(w.proposal().id);
    std::unique_ptr<QMimeData> mime(lead->model()->mimeData({lead->model()->index(lead->model()->rowOf(id))}));
    ASSERT_TRUE(mime);
    EXPECT_FALSE(lead->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {})) << "a card dropped on its own stage";
    ASSERT_TRUE(proposal->model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    proposal->model()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
    ASSERT_TRUE(waitUntil([&] { return w.stageOf(id) == w.proposal().id; }));
    EXPECT_EQ(w.liveMoves(id, w.proposal().id), 1);
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.proposal(), id); }));
}

TEST(PipelinePage, WinningAsksForAReasonAndCancelMeansNoMove)
{
    World w;
    const QString id = w.deal(QStringLiteral("Barista Pro ×4"), 2760000, QStringLiteral("CNY"), QDate(2023, 11, 30));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));

    ReasonAnswer cancelled;
    answerReason(&cancelled, {});
    EXPECT_FALSE(page.moveCard(id, w.won().id));
    EXPECT_TRUE(cancelled.seen);
    EXPECT_FALSE(cancelled.okEnabledWhileEmpty) << "a reason is required";
    EXPECT_EQ(w.stageOf(id), w.lead().id);
    EXPECT_EQ(w.liveMoves(id, w.won().id), 0);

    ReasonAnswer given;
    answerReason(&given, QStringLiteral("最优价格"));
    ASSERT_TRUE(page.moveCard(id, w.won().id));
    EXPECT_TRUE(given.seen);
    const Opportunity o = *OpportunityRepository(w.store()).get(id);
    EXPECT_EQ(o.stageId, w.won().id);
    EXPECT_EQ(o.closeReason, QStringLiteral("最优价格"));
    EXPECT_TRUE(o.closedAt.has_value());
    EXPECT_EQ(o.probability, 100);
    EXPECT_EQ(w.liveMoves(id, w.won().id), 1);
    // Just won: inside the won column's recent window.
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.won(), id); }));
    EXPECT_EQ(page.board()->column(w.won().id)->model()->card(0).closeReason, QStringLiteral("最优价格"));

    ASSERT_TRUE(context.undo().undo());
    const Opportunity back = *OpportunityRepository(w.store()).get(id);
    EXPECT_EQ(back.stageId, w.lead().id);
    EXPECT_TRUE(back.closeReason.isEmpty());
    EXPECT_FALSE(back.closedAt.has_value());
    EXPECT_EQ(w.deletedMoves(id, w.won().id), 1);
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));
}

TEST(PipelinePage, KeyboardMovesTheSelectedCardAndWalksTheColumns)
{
    World w;
    const QString id = w.deal(QStringLiteral("Syrups"), 9900, QStringLiteral("EUR"), QDate(2023, 12, 1));
    const QString other = w.deal(QStringLiteral("Milk jugs"), 1500, QStringLiteral("EUR"), QDate(2023, 12, 2));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));

    page.board()->selectCard(id);
    QListView *leadList = page.board()->column(w.lead().id)->list();
    leadList->setFocus();
    QTest::keyClick(leadList, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(w.stageOf(id), w.proposal().id);
    EXPECT_EQ(w.liveMoves(id, w.proposal().id), 1);
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.proposal(), id); }));
    EXPECT_EQ(page.board()->selectedId(), id);

    QListView *proposalList = page.board()->column(w.proposal().id)->list();
    ASSERT_TRUE(waitUntil([&] { return proposalList->hasFocus(); })) << "the keyboard follows the card";
    QTest::keyClick(proposalList, Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(w.stageOf(id), w.lead().id);
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));

    // Plain Left/Right walk between columns without moving anything.
    page.board()->selectCard(other);
    leadList->setFocus();
    QTest::keyClick(leadList, Qt::Key_Right);
    EXPECT_TRUE(proposalList->hasFocus());
    EXPECT_EQ(w.stageOf(other), w.lead().id);

    // The context menu's "Mark lost…" goes through the same move, asking why.
    page.board()->selectCard(other);
    ReasonAnswer why;
    answerReason(&why, QStringLiteral("No budget"));
    ASSERT_TRUE(page.markSelected(QStringLiteral("lost")));
    EXPECT_EQ(w.stageOf(other), w.lost().id);
    EXPECT_EQ(OpportunityRepository(w.store()).get(other)->closeReason, QStringLiteral("No budget"));
}

TEST(PipelinePage, DoubleClickOpensTheOpportunity)
{
    World w;
    const QString id = w.deal(QStringLiteral("Tea"), 4200, QStringLiteral("GBP"), QDate(2023, 12, 1));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), id); }));
    QSignalSpy open(&page, &Page::openRecordRequested);
    QListView *list = page.board()->column(w.lead().id)->list();
    const QRect card = list->visualRect(list->model()->index(0, 0));
    // QTest's double click is only the second press; the first comes before.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, card.center());
    EXPECT_TRUE(open.isEmpty()) << "a single click only selects";
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, card.center());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().first().value<RecordRef>(), (RecordRef{QStringLiteral("opportunity"), id}));
}

TEST(PipelinePage, FiltersByOwnerAndMonthOnTheBoardAndInTheTable)
{
    World w;
    const QString mine = w.deal(QStringLiteral("Mine in December"), 100000, QStringLiteral("EUR"), QDate(2023, 12, 10));
    const QString theirs = w.deal(QStringLiteral("Wang's in December"), 700000, QStringLiteral("CNY"), QDate(2023, 12, 20), w.otherUser);
    const QString later = w.deal(QStringLiteral("Wang's in March"), 300000, QStringLiteral("CNY"), QDate(2024, 3, 1), w.otherUser);
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.lead(), later); }));
    PipelineColumn *lead = page.board()->column(w.lead().id);
    EXPECT_EQ(lead->totals().count, 3);

    QComboBox *owner = page.toolBar()->ownerBox();
    owner->setCurrentIndex(owner->findData(w.otherUser));
    ASSERT_TRUE(waitUntil([&] { return settled(page) && !shows(page, w.lead(), mine); }));
    EXPECT_TRUE(shows(page, w.lead(), theirs));
    EXPECT_EQ(page.board()->column(w.lead().id)->totals().count, 2);
    EXPECT_EQ(page.board()->column(w.lead().id)->totals().currencies.value(0).amount, 1000000);

    page.toolBar()->setCloseMonth(QDate(2023, 12, 1));
    ASSERT_TRUE(waitUntil([&] { return settled(page) && !shows(page, w.lead(), later); }));
    EXPECT_TRUE(shows(page, w.lead(), theirs));
    EXPECT_EQ(page.board()->column(w.lead().id)->totals().count, 1);

    // The table lists the same opportunities, with weighted amounts.
    QTest::mouseClick(page.toolBar()->tableButton(), Qt::LeftButton);
    EXPECT_TRUE(page.table()->isVisible());
    RecordListModel *model = page.tableModel();
    ASSERT_TRUE(model);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->recordId(0), theirs);
    const int weighted = listDef(ListKind::Opportunities).columnIndex(QStringLiteral("weighted"));
    ASSERT_GE(weighted, 0);
    EXPECT_EQ(model->index(0, weighted).data(RecordListModel::RawValueRole).toList().value(0).toLongLong(), 70000);

    page.toolBar()->setOwnerId({});
    page.toolBar()->setCloseMonth({});
    ASSERT_TRUE(waitUntil([&] { return page.tableModel()->rowCount() == 3; }));
    // A move from the table's selection goes through the same path.
    page.table()->selectRow(0);
    const QString first = model->recordId(0);
    ASSERT_TRUE(page.moveSelectedBy(1));
    EXPECT_EQ(w.stageOf(first), w.proposal().id);
    EXPECT_EQ(w.liveMoves(first, w.proposal().id), 1);
}

TEST(PipelinePage, RemembersPipelineFiltersAndMode)
{
    World w;
    w.deal(QStringLiteral("Anything"), 100, QStringLiteral("EUR"), QDate(2023, 12, 1));
    PipelineRepository pipelines(w.store());
    Pipeline renewals;
    renewals.name = QStringLiteral("Renewals");
    renewals.stages = {stage("Upcoming", 30, "open"), stage("Renewed", 100, "won")};
    const QString renewalsId = *pipelines.create(renewals);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    AppContext context(w.store());
    {
        PipelinePage page(context);
        page.show();
        ASSERT_TRUE(waitUntil([&] { return settled(page); }));
        EXPECT_EQ(page.toolBar()->pipelineId(), w.sales.id) << "the default pipeline first";
        QComboBox *box = page.toolBar()->pipelineBox();
        box->setCurrentIndex(box->findData(renewalsId));
        ASSERT_TRUE(waitUntil([&] { return settled(page) && page.board()->columns().size() == 2; }));
        EXPECT_EQ(page.board()->columns().first()->stage().name, QStringLiteral("Upcoming"));
        page.toolBar()->setOwnerId(w.otherUser);
        page.toolBar()->setCloseMonth(QDate(2025, 2, 14));
        page.toolBar()->setMode(PipelineToolBar::Mode::Table);
        page.saveState(settings);
    }
    PipelinePage again(context);
    again.restoreState(settings);
    again.show();
    ASSERT_TRUE(waitUntil([&] { return again.tableModel() != nullptr; }));
    EXPECT_EQ(again.toolBar()->pipelineId(), renewalsId);
    EXPECT_EQ(again.toolBar()->ownerId(), w.otherUser);
    EXPECT_EQ(again.toolBar()->closeMonth(), QDate(2025, 2, 1));
    EXPECT_EQ(again.toolBar()->mode(), PipelineToolBar::Mode::Table);
    EXPECT_TRUE(again.tableModel()->spec().filters.contains(qMakePair(QStringLiteral("pipeline"), QVariant(renewalsId))));
    EXPECT_EQ(again.tableModel()->spec().ownerId, w.otherUser);
}

TEST(PipelinePage, ShowMoreReadsTheNextPageOfAColumn)
{
    World w;
    const int total = PipelineBoardView::PageSize + 7;
    QStringList ids;
    for (int i = 0; i < total; ++i)
        ids << w.deal(QStringLiteral("Deal %1").arg(i, 3, 10, QLatin1Char('0')), 1000 + i, QStringLiteral("EUR"), QDate(2024, 1, 1).addDays(i));
    AppContext context(w.store());
    PipelinePage page(context);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(waitUntil([&] { return settled(page) && page.board()->column(w.lead().id)->shownCount() > 0; }));
    PipelineColumn *lead = page.board()->column(w.lead().id);
    EXPECT_EQ(lead->shownCount(), PipelineBoardView::PageSize);
    EXPECT_EQ(lead->totals().count, total);
    ASSERT_TRUE(lead->showMoreButton()->isVisible());
    EXPECT_TRUE(lead->showMoreButton()->text().contains(QStringLiteral("7"))) << lead->showMoreButton()->text().toStdString();
    QTest::mouseClick(lead->showMoreButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return lead->shownCount() == total; }));
    EXPECT_FALSE(lead->showMoreButton()->isVisible());
    // Soonest close first, none twice.
    EXPECT_EQ(lead->model()->card(0).id, ids.first());
    EXPECT_EQ(lead->model()->card(total - 1).id, ids.last());

    // A change elsewhere re-reads the column without losing the opened page.
    ASSERT_TRUE(OpportunityRepository(w.store()).moveToStage(ids[3], w.proposal().id).ok());
    ASSERT_TRUE(waitUntil([&] { return settled(page) && shows(page, w.proposal(), ids[3]); }));
    EXPECT_EQ(page.board()->column(w.lead().id)->shownCount(), total - 1);
}
