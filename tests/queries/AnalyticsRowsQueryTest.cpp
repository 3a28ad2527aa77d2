// The analytics load's heaviest statement reads an index, not the table.
#include "store/queries/AnalyticsRowsQuery.h"

#include "QueryTestData.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rapport;

TEST(AnalyticsRowsQuery, DoneActivityStartsReadTheCoveringIndexInGroupOrder)
{
    test::TempStore ts;
    QSqlQuery q(ts->db());
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + AnalyticsRowsQuery::doneActivityStartsSql().replace(QLatin1Char('?'), QLatin1String("1"))));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1Char('\n'));
    // Migration 5's partial index covers the query: no table rows, no sort.
    EXPECT_TRUE(text.contains(QStringLiteral("COVERING INDEX activities_done_by_account_kind"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("TEMP B-TREE"))) << text.toStdString();
}
