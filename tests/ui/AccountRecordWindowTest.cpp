#include "core/AppContext.h"
#include "editors/AccountRecordWindow.h"
#include "editors/ContactRecordWindow.h"
#include "editors/Editors.h"
#include "editors/RecordWindow.h"
#include "editors/record/AccountFiguresPanel.h"
#include "editors/record/FigureTile.h"
#include "editors/record/TimelineModel.h"
#include "editors/record/TimelineView.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PipelineRepository.h"
#include "store/ProductRepository.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

struct Shop {
    QString account, anna, product, pipeline, lead;
};

Shop shop(Store &s)
{
    Shop w;
    Account a;
    a.name = QStringLiteral("Café Central");
    a.type = QStringLiteral("customer");
    a.address.city = QStringLiteral("Wien");
    a.address.country = QStringLiteral("Austria");
    a.visitIntervalDays = 30;
    w.account = *AccountRepository(s).create(a);
    Contact c;
    c.givenName = QStringLiteral("Anna");
    c.familyName = QStringLiteral("Huber");
    c.accountId = w.account;
    w.anna = *ContactRepository(s).create(c);
    Product p;
    p.name = QStringLiteral("Beans 1 kg");
    w.product = *ProductRepository(s).create(p);
    Pipeline pl;
    pl.name = QStringLiteral("Sales");
    Stage lead;
    lead.name = QStringLiteral("Lead");
    lead.kind = QStringLiteral("open");
    pl.stages = {lead};
    PipelineRepository pipelines(s);
    const Pipeline stored = *pipelines.get(*pipelines.create(pl));
    w.pipeline = stored.id;
    w.lead = stored.stages.first().id;
    return w;
}

QString order(Store &s, const Shop &w, qint64 at, qint64 quantity, qint64 price, const QString &number)
{
    Order o;
    o.accountId = w.account;
    o.orderedAt = at;
    o.currency = QStringLiteral("EUR");
    o.number = number;
    OrderLine l;
    l.productId = w.product;
    l.quantity = quantity;
    l.unitPrice = price;
    o.lines = {l};
    return *OrderRepository(s).create(o);
}

QString activity(Store &s, const Shop &w, const char *kind, qint64 at, bool done, const QStringList &contacts = {})
{
    Activity a;
    a.accountId = w.account;
    a.kind = QString::fromLatin1(kind);
    a.subject = QStringLiteral("%1 %2").arg(a.kind).arg(at);
    a.startAt = at;
    if (done)
        a.doneAt = at;
    a.contactIds = contacts;
    return *ActivityRepository(s).create(a);
}

QString localDate(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

TEST(AccountRecordWindow, ShowsTheKeyFiguresOfHandMadeOrdersAndActivities)
{
    TempStore ts;
    Store &s = *ts;
    const Shop w = shop(s);
    // The store's clock is "now" for the figures: 2023-11-14.
    const qint64 now = ts.clock;
    order(s, w, now - 300 * DayMs, 10, 12'50, QStringLiteral("SO-1"));
    order(s, w, now - 40 * DayMs, 4, 12'50, QStringLiteral("SO-2"));
    order(s, w, now - 400 * DayMs, 100, 12'50, QStringLiteral("SO-0")); // older than 12 months
    const QString refund = order(s, w, now - 10 * DayMs, -2, 12'50, QStringLiteral("SO-3"));
    activity(s, w, "visit", now - 50 * DayMs, true);
    activity(s, w, "visit", now - 45 * DayMs, true, {w.anna});
    activity(s, w, "call", now - 2 * DayMs, true, {w.anna});
    activity(s, w, "visit", now + 3 * DayMs, false);
    Opportunity deal;
    deal.accountId = w.account;
    deal.name = QStringLiteral("Espresso bar fit-out");
    deal.amount = Money{8000'00, QStringLiteral("EUR")};
    deal.pipelineId = w.pipeline;
    deal.stageId = w.lead;
    ASSERT_TRUE(OpportunityRepository(s).create(deal).ok());
    Case kase;
    kase.accountId = w.account;
    kase.subject = QStringLiteral("Grinder noisy");
    kase.status = QStringLiteral("new");
    kase.dueAt = now - DayMs;
    ASSERT_TRUE(CaseRepository(s).create(kase).ok());

    AppContext context(s);
    AccountRecordWindow window(context, w.account);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(window.titleLabel()->text(), QStringLiteral("Café Central"));

    const AccountFiguresPanel *f = window.figures();
    EXPECT_EQ(f->lastOrder()->figure(), localDate(now - 10 * DayMs));
    EXPECT_TRUE(f->lastOrder()->detail().contains(QStringLiteral("SO-3")));
    // 10 × 12.50 + 4 × 12.50 − 2 × 12.50 = 150.00; the order of 400 days ago is left out.
    EXPECT_EQ(f->revenue()->figure(), formatMoney(150'00, QStringLiteral("EUR")));
    EXPECT_EQ(f->openOpportunities()->figure(), QStringLiteral("1"));
    EXPECT_TRUE(f->openOpportunities()->detail().contains(formatMoney(8000'00, QStringLiteral("EUR"))));
    EXPECT_EQ(f->openCases()->figure(), QStringLiteral("1"));
    EXPECT_TRUE(f->openCases()->isAlert()) << "the case is past its due time";
    EXPECT_EQ(f->lastVisit()->figure(), localDate(now - 45 * DayMs));
    // Visited 45 days ago with a 30-day target: due 15 days ago, a visit planned in 3 days.
    EXPECT_EQ(f->nextVisit()->figure(), localDate(now - 15 * DayMs));
    // ("day(s)" without the English translation's plural forms loaded.)
    EXPECT_TRUE(f->nextVisit()->detail().contains(QStringLiteral("overdue by 15 day"))) << f->nextVisit()->detail().toStdString();
    EXPECT_TRUE(f->nextVisit()->detail().contains(localDate(now + 3 * DayMs)));

    // The timeline: 4 orders, 4 activities, 1 opportunity, 1 case, newest first.
    TimelineModel *timeline = window.timeline()->model();
    QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(timeline->rowCount(), 10);
    EXPECT_EQ(timeline->item(0).kind, TimelineKind::Activity); // the planned visit
    for (int i = 1; i < timeline->rowCount(); ++i)
        EXPECT_GE(timeline->item(i - 1).at, timeline->item(i).at);
    QTest::mouseClick(window.timeline()->kindButton(TimelineKind::Order), Qt::LeftButton);
    ASSERT_EQ(timeline->rowCount(), 4);
    EXPECT_EQ(timeline->item(0).id, refund);
    EXPECT_EQ(timeline->data(timeline->index(0, TimelineModel::Amount)).toString(), formatMoney(-25'00, QStringLiteral("EUR")));
    QTest::mouseClick(window.timeline()->kindButton(TimelineKind::Case), Qt::LeftButton);
    EXPECT_EQ(timeline->rowCount(), 5);
    QTest::mouseClick(window.timeline()->allButton(), Qt::LeftButton);
    EXPECT_EQ(timeline->rowCount(), 10);

    EXPECT_EQ(window.contacts()->model()->rowCount(), 1);
    window.grab().save(QStringLiteral("/tmp/records-account-page.png"));

    // An edit anywhere refreshes the page: a new order changes the figures.
    order(s, w, now - DayMs, 1, 12'50, QStringLiteral("SO-4"));
    QTest::qWait(20); // storeChanged is emitted once the event loop runs
    EXPECT_EQ(f->lastOrder()->figure(), localDate(now - DayMs));
    EXPECT_EQ(f->revenue()->figure(), formatMoney(162'50, QStringLiteral("EUR")));
    EXPECT_EQ(timeline->rowCount(), 11);
}

TEST(AccountRecordWindow, ManyActivitiesArePagedAsTheTimelineScrolls)
{
    TempStore ts;
    Store &s = *ts;
    const Shop w = shop(s);
    for (int i = 0; i < TimelineModel::PageSize * 2 + 30; ++i)
        activity(s, w, i % 3 ? "call" : "note", ts.clock - i * DayMs / 4, true);
    AppContext context(s);
    AccountRecordWindow window(context, w.account);
    TimelineModel *timeline = window.timeline()->model();
    EXPECT_EQ(timeline->rowCount(), TimelineModel::PageSize) << "opening reads one page";
    // (The tester fetches everything itself, so it comes in after that check.)
    QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (timeline->canFetchMore({}))
        timeline->fetchMore({});
    EXPECT_EQ(timeline->rowCount(), TimelineModel::PageSize * 2 + 30);
    QStringList ids;
    for (int i = 0; i < timeline->rowCount(); ++i)
        ids << timeline->item(i).id;
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), timeline->rowCount());
}

TEST(RecordWindows, OpeningARecordTwiceRaisesItsWindowAndAContactsPageShowsTheirTimeline)
{
    TempStore ts;
    Store &s = *ts;
    const Shop w = shop(s);
    const QString met = activity(s, w, "meeting", ts.clock - DayMs, true, {w.anna});
    activity(s, w, "call", ts.clock - 2 * DayMs, true); // the account's, not Anna's
    Contact c = *ContactRepository(s).get(w.anna);
    c.consent.email = ChannelConsent{ConsentState::OptedOut, ts.clock - 5 * DayMs, QStringLiteral("unsubscribe link")};
    ASSERT_TRUE(ContactRepository(s).update(c).ok());

    AppContext context(s);
    QWidget host;
    openRecordEditor(context, {QStringLiteral("contact"), w.anna}, &host);
    auto *window = qobject_cast<ContactRecordWindow *>(RecordWindow::find({QStringLiteral("contact"), w.anna}));
    ASSERT_NE(window, nullptr);
    openRecordEditor(context, {QStringLiteral("contact"), w.anna}, &host);
    EXPECT_EQ(host.findChildren<ContactRecordWindow *>().size(), 1);
    EXPECT_EQ(window->titleLabel()->text(), QStringLiteral("Anna Huber"));
    EXPECT_TRUE(window->consentLabel()->text().contains(QStringLiteral("opted out")));
    EXPECT_TRUE(window->consentLabel()->text().contains(QStringLiteral("unsubscribe link")));
    ASSERT_EQ(window->timeline()->model()->rowCount(), 1);
    EXPECT_EQ(window->timeline()->model()->item(0).id, met);
    window->resize(1000, 700);
    window->grab().save(QStringLiteral("/tmp/records-contact-page.png"));

    // Deleted meanwhile: the page says so and offers nothing to do.
    ASSERT_TRUE(ContactRepository(s).remove(w.anna).ok());
    QTest::qWait(20);
    EXPECT_FALSE(window->recordExists());
    EXPECT_FALSE(window->editButton()->isEnabled());
    EXPECT_FALSE(window->action(QStringLiteral("logCall"))->isEnabled());
    window->close();
}
