#include "analytics/SalesComparison.h"

#include <gtest/gtest.h>

using namespace rapport::analytics;

namespace {

enum : int { Tent, Lamp, Rug };

const std::vector<CatalogueProduct> catalogue{
    {"p-tent", "Tent", "outdoor"},
    {"p-lamp", "Lamp", "home"},
    {"p-rug", "Rug", "home"},
};

// Per month (overall): Jan 2023 150 (Tent 100, Lamp 50), Feb 2023 80 (Tent),
// Mar 2023 100 (Rug 40 on the 3rd, 60 on the 20th), Apr-May nothing,
// Jun 2023 30 (Lamp), Jul-Dec nothing; Jan 2024 130 (Tent 150, Lamp refund
// -20), Feb 2024 nothing, Mar 2024 Rug 50 on the 10th, Tent 30 on the 12th,
// Tent 999 on the 20th; an April 2024 line beyond every as-of date used.
const std::vector<SalesLine> lines{
    {QDate(2023, 1, 10), Tent, 100}, {QDate(2023, 1, 20), Lamp, 50}, {QDate(2023, 2, 5), Tent, 80},
    {QDate(2023, 3, 3), Rug, 40},    {QDate(2023, 3, 20), Rug, 60},  {QDate(2023, 6, 1), Lamp, 30},
    {QDate(2024, 1, 5), Tent, 150},  {QDate(2024, 1, 6), Lamp, -20}, {QDate(2024, 3, 10), Rug, 50},
    {QDate(2024, 3, 12), Tent, 30},  {QDate(2024, 3, 20), Tent, 999}, {QDate(2024, 4, 2), Tent, 5000},
};

const SalesMonth &monthOf(const SalesSeries &series, int year, int month)
{
    for (const SalesMonth &m : series.months)
        if (m.month == QDate(year, month, 1))
            return m;
    throw std::runtime_error("month not in series");
}

} // namespace

TEST(SalesComparisonTest, MonthAgainstTheSameMonthLastYear)
{
    const SalesComparisonResult r = SalesComparison::compute(catalogue, lines, QDate(2024, 3, 15));
    // January 2023 .. March 2024.
    ASSERT_EQ(r.overall.months.size(), 15u);

    // 2023 has no prior year in the data: absent, not zero.
    const SalesMonth &jan23 = monthOf(r.overall, 2023, 1);
    EXPECT_DOUBLE_EQ(jan23.revenue, 150.0);
    EXPECT_FALSE(jan23.priorYearRevenue.has_value());
    EXPECT_FALSE(jan23.growthPercent.has_value());
    EXPECT_DOUBLE_EQ(monthOf(r.overall, 2023, 4).revenue, 0.0);  // a month without sales is a row

    // January 2024: 150 - 20 = 130 against 150 -> -13.33 %.
    const SalesMonth &jan24 = monthOf(r.overall, 2024, 1);
    EXPECT_DOUBLE_EQ(jan24.revenue, 130.0);
    EXPECT_DOUBLE_EQ(*jan24.priorYearRevenue, 150.0);
    EXPECT_DOUBLE_EQ(*jan24.growthPercent, 100.0 * (130.0 - 150.0) / 150.0);
    // February 2024: nothing against 80 -> -100 %.
    const SalesMonth &feb24 = monthOf(r.overall, 2024, 2);
    EXPECT_DOUBLE_EQ(feb24.revenue, 0.0);
    EXPECT_DOUBLE_EQ(*feb24.growthPercent, -100.0);
    // March 2024 up to the 15th: 50 + 30 = 80 (the 999 on the 20th is later)
    // against 1-15 March 2023 = 40 (not the 60 on the 20th) -> +100 %.
    const SalesMonth &mar24 = monthOf(r.overall, 2024, 3);
    EXPECT_TRUE(mar24.partial);
    EXPECT_EQ(mar24.periodEnd, QDate(2024, 3, 15));
    EXPECT_DOUBLE_EQ(mar24.revenue, 80.0);
    EXPECT_DOUBLE_EQ(*mar24.priorYearRevenue, 40.0);
    EXPECT_DOUBLE_EQ(*mar24.growthPercent, 100.0);
}

TEST(SalesComparisonTest, PerProductAndPerCategory)
{
    const SalesComparisonResult r = SalesComparison::compute(catalogue, lines, QDate(2024, 3, 15));
    ASSERT_EQ(r.byProduct.size(), 3u);
    const SalesSeries &tent = r.byProduct[Tent];
    EXPECT_EQ(tent.key, QStringLiteral("p-tent"));
    ASSERT_EQ(tent.months.size(), 15u);  // every series spans the overall months
    // Tent January: 150 against 100 -> +50 %; March: 30 against 0 (the
    // prior is a figure, zero) -> no growth figure.
    EXPECT_DOUBLE_EQ(*monthOf(tent, 2024, 1).growthPercent, 50.0);
    EXPECT_DOUBLE_EQ(*monthOf(tent, 2024, 3).priorYearRevenue, 0.0);
    EXPECT_FALSE(monthOf(tent, 2024, 3).growthPercent.has_value());
    // Lamp January: a refund of 20 against 50 -> (-20 - 50) / 50 = -140 %.
    EXPECT_DOUBLE_EQ(monthOf(r.byProduct[Lamp], 2024, 1).revenue, -20.0);
    EXPECT_DOUBLE_EQ(*monthOf(r.byProduct[Lamp], 2024, 1).growthPercent, -140.0);
    // Rug March: 50 against 40 (3 March only) -> +25 %.
    EXPECT_DOUBLE_EQ(*monthOf(r.byProduct[Rug], 2024, 3).growthPercent, 25.0);

    // Categories sorted: home (Lamp, Rug), outdoor (Tent).
    ASSERT_EQ(r.byCategory.size(), 2u);
    EXPECT_EQ(r.byCategory[0].key, QStringLiteral("home"));
    EXPECT_EQ(r.byCategory[1].key, QStringLiteral("outdoor"));
    // home: January 2024 -20 against 50 (Lamp) -> -140 %; March 50 against 40 -> +25 %;
    // March 2023: 40 + 60 = 100.
    EXPECT_DOUBLE_EQ(*monthOf(r.byCategory[0], 2024, 1).growthPercent, -140.0);
    EXPECT_DOUBLE_EQ(*monthOf(r.byCategory[0], 2024, 3).growthPercent, 25.0);
    EXPECT_DOUBLE_EQ(monthOf(r.byCategory[0], 2023, 3).revenue, 100.0);
    EXPECT_DOUBLE_EQ(*monthOf(r.byCategory[1], 2024, 1).growthPercent, 50.0);
}

TEST(SalesComparisonTest, FullAsOfMonthComparesWholeMonths)
{
    const SalesComparisonResult r = SalesComparison::compute(catalogue, lines, QDate(2024, 3, 31));
    ASSERT_EQ(r.overall.months.size(), 15u);  // the April line adds no month
    const SalesMonth &mar24 = r.overall.months.back();
    EXPECT_FALSE(mar24.partial);
    // 50 + 30 + 999 = 1079 against 40 + 60 = 100 -> +979 %.
    EXPECT_DOUBLE_EQ(mar24.revenue, 1079.0);
    EXPECT_DOUBLE_EQ(*mar24.priorYearRevenue, 100.0);
    EXPECT_DOUBLE_EQ(*mar24.growthPercent, 979.0);

    EXPECT_TRUE(SalesComparison::compute(catalogue, lines, QDate(2022, 12, 31)).overall.months.empty());
}
