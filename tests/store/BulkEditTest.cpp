#include "store/AccountRepository.h"
#include "store/BulkEdit.h"
#include "store/Journal.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace rapport;

namespace {
QStringList makeAccounts(Store &store, int n)
{
    AccountRepository repo(store);
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        Account a;
        a.name = QStringLiteral("Account %1").arg(i);
        a.type = QStringLiteral("prospect");
        a.tags = {QStringLiteral("east")};
        ids << *repo.create(a);
    }
    return ids;
}
} // namespace

TEST(BulkEdit, SetsAFieldOnEveryRecordInOneUndoableChangeSet)
{
    test::TempStore ts;
    const QStringList ids = makeAccounts(*ts, 500);
    const Result<qint64> change = applyBulkChange(*ts, QStringLiteral("account"), ids,
                                                  BulkChange{BulkChange::Kind::SetField, QStringLiteral("type"), QStringLiteral("customer"), {}},
                                                  QStringLiteral("Edit type"));
    ASSERT_TRUE(change.ok()) << change.error().message.toStdString();
    ASSERT_GT(*change, 0);
    AccountRepository repo(*ts);
    for (const QString &id : ids)
        ASSERT_EQ(repo.get(id)->type, QStringLiteral("customer"));
    const auto entries = Journal(*ts).entriesOfChange(*change);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 500); // one field per record, one change set

    ASSERT_TRUE(Journal(*ts).revert(*change).ok());
    for (const QString &id : ids)
        ASSERT_EQ(repo.get(id)->type, QStringLiteral("prospect"));
}

TEST(BulkEdit, TagsAreAddedAndRemovedWithoutTouchingOthers)
{
    test::TempStore ts;
    const QStringList ids = makeAccounts(*ts, 3);
    ASSERT_TRUE(applyBulkChange(*ts, QStringLiteral("account"), ids.mid(0, 2), BulkChange{BulkChange::Kind::AddTag, {}, QStringLiteral("vip"), {}},
                                QStringLiteral("Add tag"))
                    .ok());
    AccountRepository repo(*ts);
    EXPECT_EQ(repo.get(ids[0])->tags, (QStringList{QStringLiteral("east"), QStringLiteral("vip")}));
    EXPECT_EQ(repo.get(ids[2])->tags, QStringList{QStringLiteral("east")});
    ASSERT_TRUE(applyBulkChange(*ts, QStringLiteral("account"), ids, BulkChange{BulkChange::Kind::RemoveTag, {}, QStringLiteral("east"), {}},
                                QStringLiteral("Remove tag"))
                    .ok());
    EXPECT_EQ(repo.get(ids[0])->tags, QStringList{QStringLiteral("vip")});
    EXPECT_TRUE(repo.get(ids[2])->tags.isEmpty());
}

TEST(BulkEdit, CancelOrAnInvalidValueLeavesEverythingAsItWas)
{
    test::TempStore ts;
    const QStringList ids = makeAccounts(*ts, 20);
    const qint64 seqBefore = Journal(*ts).entries()->size();
    int calls = 0;
    const auto cancelled = applyBulkChange(*ts, QStringLiteral("account"), ids,
                                           BulkChange{BulkChange::Kind::SetField, QStringLiteral("type"), QStringLiteral("partner"), {}},
                                           QStringLiteral("Edit type"), [&](qint64, qint64) { return ++calls < 10; });
    EXPECT_FALSE(cancelled.ok());
    const auto unknownField = applyBulkChange(*ts, QStringLiteral("account"), ids,
                                              BulkChange{BulkChange::Kind::SetField, QStringLiteral("colour"), QStringLiteral("red"), {}},
                                              QStringLiteral("Edit colour"));
    ASSERT_FALSE(unknownField.ok());
    EXPECT_TRUE(unknownField.error().message.contains(QStringLiteral("colour")));
    AccountRepository repo(*ts);
    for (const QString &id : ids)
        EXPECT_EQ(repo.get(id)->type, QStringLiteral("prospect"));
    EXPECT_EQ(Journal(*ts).entries()->size(), seqBefore);
}

TEST(BulkEdit, DeleteIsOneStepAndUndoRestoresAll)
{
    test::TempStore ts;
    const QStringList ids = makeAccounts(*ts, 50);
    const auto change = deleteRecords(*ts, QStringLiteral("account"), ids.mid(0, 30), QStringLiteral("Delete 30"));
    ASSERT_TRUE(change.ok());
    AccountRepository repo(*ts);
    EXPECT_FALSE(repo.get(ids[0]));
    EXPECT_TRUE(repo.get(ids[40]));
    ASSERT_TRUE(Journal(*ts).revert(*change).ok());
    for (const QString &id : ids)
        EXPECT_TRUE(repo.get(id)) << id.toStdString();
}

TEST(BulkEdit, CommitObserverSeesOnlyDurableChangeSets)
{
    test::TempStore ts;
    QList<QPair<qint64, QString>> seen;
    ts->setCommitObserver([&](qint64 id, const QString &origin, const QString &) { seen << qMakePair(id, origin); });
    const QStringList ids = makeAccounts(*ts, 2); // two creates: two change sets
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].second, QStringLiteral("local"));
    // Inside an outer transaction nothing is durable until it commits.
    ASSERT_TRUE(ts->begin());
    makeAccounts(*ts, 1);
    EXPECT_EQ(seen.size(), 2);
    ts->rollback();
    const auto change = deleteRecords(*ts, QStringLiteral("account"), ids, QStringLiteral("Delete"));
    ASSERT_EQ(seen.size(), 3);
    EXPECT_EQ(seen.last().first, *change);
    ASSERT_TRUE(Journal(*ts).revert(*change).ok());
    EXPECT_EQ(seen.last().second, QStringLiteral("undo"));
    ts->setCommitObserver({});
}
