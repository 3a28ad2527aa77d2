#include "core/AppContext.h"
#include "core/UndoController.h"
#include "editors/OpportunityEditor.h"
#include "editors/PipelineStageField.h"
#include "editors/fields/MoneyEdit.h"
#include "editors/fields/RecordPicker.h"
#include "editors/fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "support/TestStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

Stage stage(const char *name, int probability, const char *kind)
{
    Stage s;
    s.name = QString::fromUtf8(name);
    s.probability = probability;
    s.kind = QString::fromLatin1(kind);
    return s;
}

struct World {
    test::TempStore ts;
    Pipeline sales;
    QString account;
    World()
    {
        PipelineRepository pipelines(*ts);
        Pipeline p;
        p.name = QStringLiteral("Sales");
        p.isDefault = true;
        p.stages = {stage("Lead", 10, "open"), stage("Proposal", 50, "open"), stage("Won", 100, "won"), stage("Lost", 0, "lost")};
        sales = *pipelines.get(*pipelines.create(p));
        Account a;
        a.name = QStringLiteral("Café Zoë");
        account = *AccountRepository(*ts).create(a);
    }
    qint64 moves(const QString &id, const QString &to)
    {
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT count(*) FROM stage_changes WHERE opportunity_id = ? AND to_stage_id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        q.addBindValue(to);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST(OpportunityEditor, ANewOpportunityIsCheckedInPlaceAndStoredOnceValid)
{
    World w;
    AppContext context(*w.ts);
    OpportunityEditor editor(context, QString(), nullptr);
    editor.prefill({QStringLiteral("account"), w.account});
    editor.show();
    EXPECT_EQ(editor.accountPicker()->recordId(), w.account);
    // The default pipeline's first stage, with its probability.
    EXPECT_EQ(editor.stageField()->pipelineId(), w.sales.id);
    EXPECT_EQ(editor.stageField()->stageId(), w.sales.stages[0].id);
    EXPECT_EQ(editor.probabilityBox()->value(), 10);
    EXPECT_EQ(editor.probabilityBox()->maximum(), 100) << "a probability above 100 % cannot be entered";
    EXPECT_EQ(editor.probabilityBox()->minimum(), -1) << "below 0 is only the 'not set' value";
    EXPECT_FALSE(editor.saveButton()->isEnabled()) << "a name is required";

    QTest::keyClicks(editor.nameField()->lineEdit(), QStringLiteral("Espresso bar"));
    editor.amountField()->setCurrency(QStringLiteral("JPY"));
    QTest::keyClicks(editor.amountField()->amountEdit(), QStringLiteral("12.5"));
    EXPECT_FALSE(editor.amountField()->isValid()) << "yen have no decimals";
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    EXPECT_FALSE(editor.save());
    EXPECT_FALSE(OpportunityRepository(*w.ts).get(editor.recordId()).has_value());
    editor.amountField()->amountEdit()->clear();
    QTest::keyClicks(editor.amountField()->amountEdit(), QStringLiteral("1,250"));
    EXPECT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();

    // Into Won: the reason becomes required, and the probability follows the stage.
    QComboBox *stages = editor.stageField()->stageBox();
    stages->setFocus();
    QTest::keyClick(stages, Qt::Key_Down);
    QTest::keyClick(stages, Qt::Key_Down);
    ASSERT_EQ(editor.stageField()->stageId(), w.sales.stages[2].id);
    EXPECT_EQ(editor.probabilityBox()->value(), 100);
    EXPECT_FALSE(editor.saveButton()->isEnabled()) << "won needs a reason";
    QTest::keyClicks(editor.closeReasonField()->lineEdit(), QStringLiteral("Best price"));
    ASSERT_TRUE(editor.saveButton()->isEnabled()) << editor.firstProblem().toStdString();

    ASSERT_TRUE(editor.save());
    const std::optional<Opportunity> o = OpportunityRepository(*w.ts).get(editor.recordId());
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->name, QStringLiteral("Espresso bar"));
    EXPECT_EQ(o->accountId, w.account);
    EXPECT_EQ(o->amount, (Money{1250, QStringLiteral("JPY")}));
    EXPECT_EQ(o->pipelineId, w.sales.id);
    EXPECT_EQ(o->stageId, w.sales.stages[2].id);
    EXPECT_EQ(o->probability, 100);
    EXPECT_EQ(o->closeReason, QStringLiteral("Best price"));
    EXPECT_TRUE(o->closedAt.has_value());
    EXPECT_EQ(w.moves(o->id, w.sales.stages[2].id), 1);
}

TEST(OpportunityEditor, EditingTheStageRecordsTheMoveAndUndoes)
{
    World w;
    Opportunity o;
    o.name = QStringLiteral("Grinders");
    o.accountId = w.account;
    o.amount = Money{450000, QStringLiteral("EUR")};
    o.pipelineId = w.sales.id;
    o.stageId = w.sales.stages[0].id;
    o.probability = 10;
    o.expectedClose = QDate(2024, 6, 30);
    const QString id = *OpportunityRepository(*w.ts).create(o);

    AppContext context(*w.ts);
    OpportunityEditor editor(context, id, nullptr);
    editor.show();
    EXPECT_FALSE(editor.hasUnsavedChanges()) << "opening is no change";
    EXPECT_EQ(editor.amountField()->value(), o.amount);
    EXPECT_FALSE(editor.closeReasonField()->isEnabled()) << "an open deal has no close reason";

    editor.nameField()->lineEdit()->clear();
    EXPECT_FALSE(editor.saveButton()->isEnabled());
    QTest::keyClicks(editor.nameField()->lineEdit(), QStringLiteral("Grinders ×2"));
    QComboBox *stages = editor.stageField()->stageBox();
    stages->setFocus();
    QTest::keyClick(stages, Qt::Key_Down);
    ASSERT_EQ(editor.stageField()->stageId(), w.sales.stages[1].id);
    EXPECT_EQ(editor.probabilityBox()->value(), 50);
    editor.probabilityBox()->setValue(60); // the user's own estimate wins
    EXPECT_TRUE(editor.hasUnsavedChanges());
    ASSERT_TRUE(editor.save()) << editor.firstProblem().toStdString();

    const Opportunity saved = *OpportunityRepository(*w.ts).get(id);
    EXPECT_EQ(saved.name, QStringLiteral("Grinders ×2"));
    EXPECT_EQ(saved.stageId, w.sales.stages[1].id);
    EXPECT_EQ(saved.probability, 60);
    EXPECT_FALSE(saved.closedAt.has_value());
    EXPECT_EQ(w.moves(id, w.sales.stages[1].id), 1);

    // One undo step puts name, stage and history back.
    ASSERT_TRUE(context.undo().undo());
    const Opportunity back = *OpportunityRepository(*w.ts).get(id);
    EXPECT_EQ(back.name, QStringLiteral("Grinders"));
    EXPECT_EQ(back.stageId, w.sales.stages[0].id);
    EXPECT_EQ(back.probability, 10);
    EXPECT_EQ(w.moves(id, w.sales.stages[1].id), 0);
}
