#include "core/AppContext.h"
#include "core/UndoController.h"
#include "editors/AddMembersDialog.h"
#include "editors/CampaignEditor.h"
#include "editors/MemberPlanDialog.h"
#include "editors/MemberProgressDialog.h"
#include "editors/fields/MoneyEdit.h"
#include "editors/fields/OptionalDateEdit.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "editors/record/FigureTile.h"
#include "lists/RecordListView.h"
#include "pages/CampaignAttributionView.h"
#include "pages/CampaignDetailPanel.h"
#include "pages/CampaignMembersModel.h"
#include "pages/CampaignMembersView.h"
#include "pages/CampaignsPage.h"
#include "editors/AttributionDialog.h"
#include "store/AccountRepository.h"
#include "store/CampaignMemberRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PipelineRepository.h"
#include "store/ProductRepository.h"
#include "store/CampaignRepository.h"
#include "store/ContactRepository.h"
#include "store/SavedViewRepository.h"
#include "store/queries/CampaignMembersQuery.h"
#include "support/TestStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
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

Consent emailConsent(ConsentState state)
{
    Consent c;
    c.email = ChannelConsent{state, 1699000000000, QStringLiteral("web form")};
    return c;
}

// An email campaign and contacts of every kind the builder tells apart.
struct CampaignWorld {
    test::TempStore ts;
    QString campaign;
    QStringList addable, optedOut;
    QString noEmail, member, deleted, sharedAddress;

    CampaignWorld()
    {
        Store &s = *ts;
        Campaign c;
        c.name = QStringLiteral("Spring newsletter");
        c.channel = QStringLiteral("email");
        c.status = QStringLiteral("active");
        campaign = *CampaignRepository(s).create(c);
        addable << contact("Anna", "anna@example.com", emailConsent(ConsentState::OptedIn));
        addable << contact("Bert", "bert@example.com", {}); // never asked: not an objection
        addable << contact("Carl", "carl@example.com", emailConsent(ConsentState::OptedIn));
        optedOut << contact("Dora", "dora@example.com", emailConsent(ConsentState::OptedOut));
        optedOut << contact("Emil", "emil@example.com", emailConsent(ConsentState::OptedOut));
        noEmail = contact("Fred", "", emailConsent(ConsentState::OptedIn));
        member = contact("Gina", "gina@example.com", {});
        CampaignMember m;
        m.campaignId = campaign;
        m.contactId = member;
        m.status = QStringLiteral("sent");
        m.targetedAt = 1000;
        m.sentAt = 2000;
        EXPECT_TRUE(CampaignMemberRepository(s).create(m).ok());
        deleted = contact("Hans", "hans@example.com", {});
        EXPECT_TRUE(ContactRepository(s).remove(deleted).ok());
        sharedAddress = contact("Zora", "ANNA@example.com", {}); // Anna's mailbox
    }

    QString contact(const char *given, const char *email, const Consent &consent)
    {
        Contact c;
        c.givenName = QString::fromLatin1(given);
        c.familyName = QStringLiteral("Muster");
        if (*email)
            c.emails = {ContactPoint{QStringLiteral("work"), QString::fromLatin1(email)}};
        c.consent = consent;
        Result<QString> id = ContactRepository(*ts).create(c);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : QString();
    }

    QSet<QString> memberContacts()
    {
        QSet<QString> ids;
        const auto rows = CampaignMembersQuery(*ts).page(campaign, {}, std::nullopt, 1000);
        EXPECT_TRUE(rows.ok());
        if (rows)
            for (const MemberRow &r : *rows)
                ids.insert(r.contactId);
        return ids;
    }
};

void saveScreenshot(QWidget &w, const char *name)
{
    const QByteArray dir = qgetenv("RAPPORT_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending relayouts and repaints first
    w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name));
}

} // namespace

TEST(CampaignsPage, BuildsMembersLeavingOutOptedOutContactsAndUndoRemovesThemAll)
{
    CampaignWorld w;
    AppContext context(*w.ts);
    CampaignsPage page(context);
    EXPECT_EQ(page.key(), QStringLiteral("campaigns"));
    EXPECT_EQ(page.title(), QStringLiteral("Campaigns"));
    page.resize(1280, 800);
    page.show();

    // Choosing the campaign in the list shows it.
    QTableView *list = page.list()->table();
    ASSERT_EQ(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    list->selectRow(0);
    CampaignDetailPanel *detail = page.detail();
    ASSERT_EQ(detail->campaignId(), w.campaign);
    EXPECT_EQ(page.currentRecord(), (RecordRef{QStringLiteral("campaign"), w.campaign}));
    ASSERT_TRUE(waitFor([&] { return detail->isSummaryCurrent(); }));
    EXPECT_EQ(detail->tile(QStringLiteral("members"))->figure(), QStringLiteral("1"));
    CampaignMembersView *members = detail->members();
    EXPECT_EQ(members->model()->rowCount(), 1);

    // Look at every contact: the summary says who is left out and why.
    members->buildMembers(MemberSource::allContacts(), QStringLiteral("all contacts"));
    ASSERT_TRUE(waitFor([&] { return members->planDialog() && members->planDialog()->isVisible(); }));
    MemberPlanDialog *summary = members->planDialog();
    const MemberPlan &plan = summary->plan();
    EXPECT_EQ(QSet<QString>(plan.toAdd.begin(), plan.toAdd.end()), QSet<QString>(w.addable.begin(), w.addable.end()));
    EXPECT_EQ(plan.optedOut, 2);
    EXPECT_EQ(plan.noAddress, 1);
    EXPECT_EQ(plan.alreadyMembers, 1);
    EXPECT_EQ(plan.sharedAddress, 1);
    EXPECT_EQ(plan.considered, 8); // the deleted contact is not among them
    const QString text = summary->summaryText();
    EXPECT_TRUE(text.contains(QStringLiteral("3 will be added"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2: opted out of email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1: no email address"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1: already a member"))) << text.toStdString();
    EXPECT_EQ(summary->leftOutTree()->topLevelItemCount(), 4);
    // Nothing is written before the user agrees.
    EXPECT_EQ(w.memberContacts(), QSet<QString>{w.member});
    saveScreenshot(*summary, "service-member-plan.png");

    QSignalSpy added(members, &CampaignMembersView::membersAdded);
    QPushButton *ok = summary->buttons()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return added.count() == 1; }));
    EXPECT_EQ(added.at(0).at(0).toInt(), 3);

    // The store: the three are targeted members; the others are not members.
    const QSet<QString> expected = QSet<QString>(w.addable.begin(), w.addable.end()) + QSet<QString>{w.member};
    EXPECT_EQ(w.memberContacts(), expected);
    for (const QString &out : w.optedOut)
        EXPECT_FALSE(CampaignMemberRepository(*w.ts).memberOf(w.campaign, out).has_value());
    EXPECT_FALSE(CampaignMemberRepository(*w.ts).memberOf(w.campaign, w.noEmail).has_value());
    EXPECT_EQ(CampaignMemberRepository(*w.ts).memberOf(w.campaign, w.addable.first())->status, QStringLiteral("targeted"));

    // The page follows the store.
    ASSERT_TRUE(waitFor([&] { return members->model()->rowCount() == 4; }));
    ASSERT_TRUE(waitFor([&] { return detail->isSummaryCurrent() && detail->tile(QStringLiteral("members"))->figure() == QStringLiteral("4"); }));
    saveScreenshot(page, "service-campaigns.png");

    // One undo removes all three.
    ASSERT_TRUE(context.undo().canUndo());
    EXPECT_TRUE(context.undo().undoLabel().contains(QStringLiteral("Spring newsletter")));
    ASSERT_TRUE(context.undo().undo());
    EXPECT_EQ(w.memberContacts(), QSet<QString>{w.member});
    ASSERT_TRUE(waitFor([&] { return members->model()->rowCount() == 1; }));
}

TEST(CampaignsPage, RecordsAResponseForTheSelectedMembers)
{
    CampaignWorld w;
    AppContext context(*w.ts);
    CampaignsPage page(context);
    page.resize(1280, 800);
    page.show();
    page.detail()->showCampaign(w.campaign);
    CampaignMembersView *members = page.detail()->members();
    ASSERT_EQ(members->model()->rowCount(), 1);
    members->table()->selectRow(0);
    ASSERT_EQ(members->selectedMemberIds().size(), 1);
    const QString memberId = members->selectedMemberIds().first();

    members->recordProgress(QStringLiteral("responded"));
    MemberProgressDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = members->findChild<MemberProgressDialog *>()) && dialog->isVisible(); }));
    const qint64 at = dialog->at();
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return CampaignMemberRepository(*w.ts).get(memberId)->status == QLatin1String("responded"); }));
    EXPECT_EQ(CampaignMemberRepository(*w.ts).get(memberId)->respondedAt, at);
    EXPECT_EQ(CampaignMemberRepository(*w.ts).get(memberId)->sentAt, 2000); // earlier steps kept
    ASSERT_TRUE(waitFor([&] { return context.undo().canUndo(); }));
    ASSERT_TRUE(context.undo().undo());
    EXPECT_EQ(CampaignMemberRepository(*w.ts).get(memberId)->status, QStringLiteral("sent"));
}

TEST(CampaignsPage, AttributesAnAccountsOpportunityAndOrderAndShowsTheTotals)
{
    CampaignWorld w;
    Store &s = *w.ts;
    Account a;
    a.name = QStringLiteral("Kaffeehaus Wien");
    const QString account = *AccountRepository(s).create(a);
    Pipeline p;
    p.name = QStringLiteral("Sales");
    Stage won;
    won.name = QStringLiteral("Won");
    won.kind = QStringLiteral("won");
    p.stages << won;
    const Pipeline pipeline = *PipelineRepository(s).get(*PipelineRepository(s).create(p));
    Opportunity o;
    o.name = QStringLiteral("Two espresso machines");
    o.accountId = account;
    o.amount = Money{1250000, QStringLiteral("EUR")};
    o.pipelineId = pipeline.id;
    o.stageId = pipeline.stages.first().id;
    const QString deal = *OpportunityRepository(s).create(o);
    Product product;
    product.name = QStringLiteral("Beans");
    product.currency = QStringLiteral("EUR");
    Order order;
    order.accountId = account;
    order.number = QStringLiteral("SO-77");
    order.orderedAt = 1700000000000;
    order.currency = QStringLiteral("EUR");
    order.lines = {OrderLine{{}, {}, {}, *ProductRepository(s).create(product), 4, 2500, std::nullopt}};
    const QString orderId = *OrderRepository(s).create(order);

    AppContext context(s);
    CampaignsPage page(context);
    page.resize(1280, 800);
    page.show();
    page.detail()->showCampaign(w.campaign);
    CampaignAttributionView *view = page.detail()->attribution();
    view->attribute();
    AttributionDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = view->dialog()) && dialog->isVisible(); }));
    dialog->showAccount(account);
    ASSERT_EQ(dialog->candidates()->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i)
        dialog->candidates()->topLevelItem(i)->setCheckState(0, Qt::Checked);
    ASSERT_EQ(dialog->chosen().size(), 2);
    dialog->accept();

    // The store: both credited to the campaign, in one undoable step.
    EXPECT_EQ(OpportunityRepository(s).get(deal)->campaignId, w.campaign);
    EXPECT_EQ(OrderRepository(s).get(orderId)->campaignId, w.campaign);
    // The page: the credited records with their totals.
    ASSERT_TRUE(waitFor([&] { return page.detail()->isSummaryCurrent() && view->tree()->topLevelItemCount() == 2
                                     && view->tree()->topLevelItem(1)->childCount() == 1; }));
    EXPECT_EQ(view->tree()->topLevelItem(0)->childCount(), 1);
    const QString totals = view->totalsText();
    EXPECT_TRUE(totals.contains(formatMoney(1250000, QStringLiteral("EUR")))) << totals.toStdString();
    EXPECT_TRUE(totals.contains(formatMoney(10000, QStringLiteral("EUR")))) << totals.toStdString();
    EXPECT_TRUE(totals.contains(QStringLiteral("won"))) << totals.toStdString();
    page.detail()->tabs()->setCurrentWidget(view);
    saveScreenshot(page, "service-campaign-attribution.png");

    ASSERT_TRUE(context.undo().undo());
    EXPECT_TRUE(OpportunityRepository(s).get(deal)->campaignId.isEmpty());
    EXPECT_TRUE(OrderRepository(s).get(orderId)->campaignId.isEmpty());
}

TEST(CampaignsPage, AddMembersDialogOffersSavedViewsOfContacts)
{
    CampaignWorld w;
    SavedView view;
    view.name = QStringLiteral("Consented");
    view.entity = QStringLiteral("contact");
    view.definition = QJsonObject{{QStringLiteral("search"), QStringLiteral("Anna")}};
    const QString viewId = *SavedViewRepository(*w.ts).create(view);
    SavedView accounts = view;
    accounts.name = QStringLiteral("Accounts view");
    accounts.entity = QStringLiteral("account");
    ASSERT_TRUE(SavedViewRepository(*w.ts).create(accounts).ok());

    AddMembersDialog dialog(*w.ts, QStringLiteral("email"));
    dialog.show();
    saveScreenshot(dialog, "service-add-members.png");
    ASSERT_EQ(dialog.savedViews()->count(), 1); // contacts' views only
    EXPECT_TRUE(dialog.savedViewChoice()->isChecked());
    EXPECT_EQ(dialog.savedViews()->currentData().toString(), viewId);
    const MemberSource source = dialog.source();
    EXPECT_EQ(source.searchText, QStringLiteral("Anna"));
    const Result<MemberPlan> plan = CampaignMemberBuilder(*w.ts).plan(w.campaign, source);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->toAdd, QStringList{w.addable.first()});

    dialog.allContactsChoice()->setChecked(true);
    EXPECT_FALSE(dialog.source().contacts->ids.has_value());
    EXPECT_TRUE(dialog.source().searchText.isEmpty());
}

TEST(CampaignEditor, ValidatesInPlaceAndStoresAValidCampaign)
{
    test::TempStore ts;
    AppContext context(*ts);
    CampaignEditor editor(context, QString());
    editor.show();
    EXPECT_FALSE(editor.saveButton()->isEnabled()); // no name
    QTest::keyClicks(editor.nameField()->lineEdit(), QStringLiteral("Trade fair 2024"));
    EXPECT_TRUE(editor.saveButton()->isEnabled());

    // The end before the start: refused beside the end date.
    editor.startField()->setValue(QDate(2024, 3, 10));
    editor.endField()->setValue(QDate(2024, 3, 1));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_FALSE(editor.endField()->problem().isEmpty());
    EXPECT_FALSE(editor.save());
    saveScreenshot(editor, "service-campaign-editor.png");
    editor.endField()->setValue(QDate(2024, 3, 12));
    EXPECT_TRUE(editor.endField()->problem().isEmpty());

    // An amount with too many decimals for the currency.
    editor.budgetField()->setCurrency(QStringLiteral("EUR"));
    QTest::keyClicks(editor.budgetField()->amountEdit(), QStringLiteral("1000.005"));
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    editor.budgetField()->amountEdit()->clear();
    QTest::keyClicks(editor.budgetField()->amountEdit(), QStringLiteral("1000.50"));
    QTest::keyClicks(editor.actualCostField()->amountEdit(), QStringLiteral("800"));
    editor.channelBox()->setCurrentIndex(editor.channelBox()->findData(QStringLiteral("event")));
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();
    ASSERT_TRUE(editor.save());

    const std::optional<Campaign> stored = CampaignRepository(*ts).get(editor.recordId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, QStringLiteral("Trade fair 2024"));
    EXPECT_EQ(stored->channel, QStringLiteral("event"));
    EXPECT_EQ(stored->budget, 100050);
    EXPECT_EQ(stored->actualCost, 80000);
    EXPECT_EQ(stored->currency, QStringLiteral("EUR"));
    EXPECT_EQ(stored->startDate, QDate(2024, 3, 10));
    EXPECT_EQ(stored->endDate, QDate(2024, 3, 12));
    EXPECT_EQ(stored->status, QStringLiteral("planned"));
    EXPECT_TRUE(context.undo().canUndo());

    // Opening it again shows no unsaved changes.
    CampaignEditor again(context, editor.recordId());
    EXPECT_FALSE(again.hasUnsavedChanges());
    EXPECT_EQ(again.value(), *stored);
}
