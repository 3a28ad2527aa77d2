#include "itemmodels/RecordListModel.h"
#include "store/ChangeSet.h"
#include "store/EntitySchema.h"
#include "store/RecordWriter.h"
#include "domain/PersonName.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <algorithm>
#include <gtest/gtest.h>

using namespace rapport;

namespace {

const EntityDef &account() { return *entityByName(QStringLiteral("account")); }

constexpr int NameColumn = 0;
constexpr int CityColumn = 3;

struct Account {
    QString id;
    QString sortKey;
    QString city; // empty for NULL
};

// QAbstractItemModelTester reports through qWarning in Warning mode; collect
// those so a broken model contract fails the test instead of scrolling by.
QStringList g_modelTestFailures;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTestWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (ctx.category && qstrcmp(ctx.category, "qt.modeltest") == 0 && type != QtDebugMsg && type != QtInfoMsg)
        g_modelTestFailures << msg;
    if (g_previousHandler)
        g_previousHandler(type, ctx, msg);
}

class RecordListModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        g_modelTestFailures.clear();
        g_previousHandler = qInstallMessageHandler(collectModelTestWarnings);
        createAccounts();
    }
    void TearDown() override
    {
        qInstallMessageHandler(g_previousHandler);
        EXPECT_TRUE(g_modelTestFailures.isEmpty()) << g_modelTestFailures.join(QLatin1Char('\n')).toStdString();
    }

    // 1000 live accounts with repeated and case-variant names (equal sort keys,
    // so the id decides), some without a city, plus 40 soft-deleted ones.
    void createAccounts()
    {
        static const char *const cities[] = {"Berlin", "Zürich", "Lyon", "上海", "Amsterdam", "berlin"};
        RecordWriter w(*ts);
        ChangeSet cs(*ts, QStringLiteral("fixture"));
        for (int i = 0; i < 1040; ++i) {
            const QString name = (i % 3 ? QStringLiteral("Company %1") : QStringLiteral("COMPANY %1")).arg(i % 450);
            QJsonObject f{{QStringLiteral("name"), name}};
            const QString city = i % 7 == 0 ? QString() : QString::fromUtf8(cities[i % 6]);
            if (!city.isEmpty())
                f.insert(QStringLiteral("city"), city);
            Result<QString> id = w.create(account(), f);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            if (i % 26 == 5)
                deleted << *id;
            else
                live << Account{*id, foldForSort(name), city};
        }
        for (const QString &id : std::as_const(deleted))
            ASSERT_TRUE(w.remove(account(), id).ok());
        ASSERT_TRUE(cs.commit().ok());
        ASSERT_EQ(live.size(), 1000);
        ASSERT_EQ(deleted.size(), 40);
    }

    static void fetchAll(RecordListModel &m)
    {
        int guard = 0;
        while (m.canFetchMore({}) && ++guard < 100) {
            const int before = m.rowCount();
            m.fetchMore({});
            EXPECT_LE(m.rowCount() - before, RecordListModel::PageSize);
        }
        EXPECT_FALSE(m.canFetchMore({}));
    }

    static QStringList ids(const RecordListModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.data(m.index(r, 0), RecordListModel::IdRole).toString();
        return out;
    }

    test::TempStore ts;
    QList<Account> live;
    QStringList deleted;
};

} // namespace

TEST_F(RecordListModelTest, PagesThroughAllAccountsInNameOrder)
{
    RecordListModel model(*ts, ListSpec{ListKind::Accounts, std::nullopt});
    // The first page only: the model has not counted the list.
    EXPECT_EQ(model.rowCount(), RecordListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.columnCount(), listDef(ListKind::Accounts).columns.size());
    EXPECT_EQ(model.headerData(NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    EXPECT_EQ(model.headerData(CityColumn, Qt::Horizontal).toString(), QStringLiteral("City"));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_GE(inserted.count(), 1);

    QList<Account> expected = live;
    std::sort(expected.begin(), expected.end(),
              [](const Account &a, const Account &b) { return std::tie(a.sortKey, a.id) < std::tie(b.sortKey, b.id); });
    QStringList expectedIds;
    for (const Account &a : expected)
        expectedIds << a.id;
    EXPECT_EQ(ids(model), expectedIds);

    for (const QString &id : std::as_const(deleted))
        EXPECT_FALSE(ids(model).contains(id)) << id.toStdString();

    // Display values: names as written, NULL city empty, timestamps formatted.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.data(model.index(r, 0), Qt::UserRole).toString();
        const auto it = std::find_if(live.begin(), live.end(), [&](const Account &a) { return a.id == id; });
        ASSERT_NE(it, live.end());
        EXPECT_EQ(model.data(model.index(r, CityColumn)).toString(), it->city);
        EXPECT_EQ(model.data(model.index(r, CityColumn), RecordListModel::RawValueRole).isNull(), it->city.isEmpty());
    }
    const int updated = listDef(ListKind::Accounts).columnIndex(QStringLiteral("updated_at"));
    EXPECT_FALSE(model.data(model.index(0, updated)).toString().isEmpty());
    EXPECT_TRUE(model.data(model.index(0, 1)).toString().isEmpty()); // type: NULL
}

TEST_F(RecordListModelTest, SortByCityDescendingPutsMissingCitiesLast)
{
    RecordListModel model(*ts, ListSpec{ListKind::Accounts, std::nullopt});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fetchAll(model);
    ASSERT_EQ(model.rowCount(), 1000);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CityColumn, Qt::DescendingOrder);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.sortColumn(), CityColumn);
    EXPECT_EQ(model.sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), RecordListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    fetchAll(model);
    ASSERT_EQ(model.rowCount(), 1000);

    // SQLite compares text as UTF-8 bytes; so does QByteArray.
    QList<Account> expected = live;
    std::sort(expected.begin(), expected.end(), [](const Account &a, const Account &b) {
        return std::make_pair(a.city.toUtf8(), a.id.toUtf8()) > std::make_pair(b.city.toUtf8(), b.id.toUtf8());
    });
    QStringList expectedIds;
    for (const Account &a : expected)
        expectedIds << a.id;
    EXPECT_EQ(ids(model), expectedIds);
    EXPECT_EQ(model.data(model.index(0, CityColumn)).toString(), QStringLiteral("上海"));
    EXPECT_TRUE(model.data(model.index(999, CityColumn)).toString().isEmpty());

    // And back to ascending: missing cities first.
    model.sort(CityColumn, Qt::AscendingOrder);
    fetchAll(model);
    std::reverse(expectedIds.begin(), expectedIds.end());
    EXPECT_EQ(ids(model), expectedIds);
}

TEST_F(RecordListModelTest, UnsortableColumnLeavesTheModelAlone)
{
    RecordListModel model(*ts, ListSpec{ListKind::Contacts, std::nullopt});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0); // no contacts
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_FALSE(model.isSortable(3)); // email
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(3, Qt::AscendingOrder);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model.sortColumn(), 0);
}

TEST_F(RecordListModelTest, ExactMultipleOfThePageSizeEndsCleanly)
{
    // 1000 = 5 full pages: the sixth read returns nothing and inserts nothing.
    RecordListModel model(*ts, ListSpec{ListKind::Accounts, std::nullopt});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_FALSE(model.lastError().isError());
    model.reload();
    EXPECT_EQ(model.rowCount(), RecordListModel::PageSize);
}
