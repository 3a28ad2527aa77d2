#include "RecordsTestSupport.h"
#include "editors/fields/MoneyEdit.h"
#include "editors/fields/OptionalDateEdit.h"
#include "editors/fields/PhoneListEditor.h"
#include "editors/fields/TagsEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::test;

TEST(MoneyEdit, ParsesExactAmountsInTheCurrencysMinorUnits)
{
    MoneyEdit edit;
    edit.setCurrency(QStringLiteral("EUR"));
    typeAndLeave(edit.amountEdit(), QStringLiteral("1,234.5"));
    ASSERT_TRUE(edit.isValid()) << edit.problem().toStdString();
    EXPECT_EQ(edit.value(), (Money{123450, QStringLiteral("EUR")}));
    EXPECT_EQ(edit.amountEdit()->text(), QStringLiteral("1234.50")) << "shown as it will be stored";

    // Yen have no decimals, dinars three.
    edit.setCurrency(QStringLiteral("JPY"));
    typeAndLeave(edit.amountEdit(), QStringLiteral("12.5"));
    EXPECT_FALSE(edit.isValid());
    EXPECT_FALSE(edit.value().has_value());
    typeAndLeave(edit.amountEdit(), QStringLiteral("1200"));
    EXPECT_EQ(edit.value(), (Money{1200, QStringLiteral("JPY")}));
    edit.setCurrency(QStringLiteral("KWD"));
    typeAndLeave(edit.amountEdit(), QStringLiteral("1.234"));
    EXPECT_EQ(edit.value(), (Money{1234, QStringLiteral("KWD")}));

    typeAndLeave(edit.amountEdit(), QStringLiteral("-5"));
    EXPECT_FALSE(edit.isValid()) << "negative unless allowed";
    edit.setAllowNegative(true);
    EXPECT_TRUE(edit.isValid());
    typeAndLeave(edit.amountEdit(), QStringLiteral("12 Euro"));
    EXPECT_FALSE(edit.isValid());

    edit.amountEdit()->clear();
    EXPECT_TRUE(edit.isValid()) << "no amount is fine unless required";
    EXPECT_FALSE(edit.value().has_value());
    edit.setRequired(true);
    EXPECT_FALSE(edit.isValid());
    edit.setValue(Money{9900, QStringLiteral("CNY")});
    EXPECT_EQ(edit.currency(), QStringLiteral("CNY"));
    EXPECT_EQ(edit.value(), (Money{9900, QStringLiteral("CNY")}));
}

TEST(OptionalDateEdit, CanBeEmptyAndKeepsToItsRange)
{
    OptionalDateEdit edit;
    EXPECT_FALSE(edit.value().isValid());
    EXPECT_TRUE(edit.isValid());
    edit.setRequired(true);
    EXPECT_FALSE(edit.isValid());
    edit.setRange(QDate(2000, 1, 1), QDate(2030, 12, 31));
    edit.setValue(QDate(2024, 2, 29));
    EXPECT_EQ(edit.value(), QDate(2024, 2, 29));
    EXPECT_TRUE(edit.isValid());
    // A stored date past the range is shown as it is, and reported.
    edit.setValue(QDate(2031, 1, 1));
    EXPECT_EQ(edit.value(), QDate(2031, 1, 1));
    EXPECT_FALSE(edit.isValid());
    edit.setValue({});
    EXPECT_FALSE(edit.value().isValid());
}

TEST(TagsEditor, SplitsOnAnyCommaAndDropsDuplicatesAndBlanks)
{
    TagsEditor edit;
    QSignalSpy changed(&edit, &FieldWidget::changed);
    typeAndLeave(edit.lineEdit(), QStringLiteral("vip,  east ,, VIP，华东、 重点客户"));
    EXPECT_EQ(edit.value(), (QStringList{QStringLiteral("vip"), QStringLiteral("east"), QStringLiteral("华东"), QStringLiteral("重点客户")}));
    EXPECT_GT(changed.count(), 0);
    typeAndLeave(edit.lineEdit(), QString(TagsEditor::MaxLength + 1, QLatin1Char('x')));
    EXPECT_FALSE(edit.isValid());
}

TEST(PhoneListEditor, ChecksNumbersAgainAsTheRegionChanges)
{
    PhoneListEditor phones;
    phones.setRegion(QStringLiteral("US"));
    typeAndLeave(phones.valueEdit(0), QStringLiteral("030 12345678"));
    EXPECT_FALSE(phones.isValid()) << "not a US number";
    phones.setRegion(QStringLiteral("DE"));
    EXPECT_TRUE(phones.isValid()) << phones.problem().toStdString();
    EXPECT_EQ(phones.value(), (QList<ContactPoint>{{QStringLiteral("work"), QStringLiteral("+493012345678")}}));
    EXPECT_FALSE(phones.hintLabel()->text().isEmpty());

    // An empty row is dropped, a removed row is gone.
    phones.addRow();
    EXPECT_EQ(phones.rowCount(), 2);
    EXPECT_EQ(phones.value().size(), 1);
    EXPECT_EQ(phones.typeBox(1)->currentData().toString(), QStringLiteral("mobile")) << "the next type not yet used";
}
