#include "PhoneNumbers.h"

#include "PersonName.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace rapport {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

QString territoryName(const QString &region)
{
    const QLocale::Territory t = QLocale::codeToTerritory(region);
    return t == QLocale::AnyTerritory ? region : QLocale::territoryToString(t);
}

// Every way a country field may name a region, folded: ISO codes, Qt's English
// names, each territory's own names in its languages, and the names people
// commonly write instead. Built once; the table is a few thousand entries.
QHash<QString, QString> buildCountryTable()
{
    QHash<QString, QString> table;
    const auto add = [&table](const QString &name, const QString &code) {
        const QString key = foldForSort(name);
        if (!key.isEmpty() && !table.contains(key))
            table.insert(key, code);
    };
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        const auto territory = QLocale::Territory(i);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        add(code, code);
        add(QLocale::territoryToString(territory), code);
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory))
            add(l.nativeTerritoryName(), code);
    }
    const struct {
        const char *name;
        const char *code;
    } aliases[] = {
        {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"America", "US"}, {"United States of America", "US"},
        {"UK", "GB"}, {"U.K.", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"},
        {"Wales", "GB"}, {"Northern Ireland", "GB"}, {"PRC", "CN"}, {"People's Republic of China", "CN"}, {"Mainland China", "CN"},
        {"中华人民共和国", "CN"}, {"中國", "CN"}, {"中国大陆", "CN"}, {"台灣", "TW"}, {"台湾", "TW"}, {"臺灣", "TW"},
        {"香港", "HK"}, {"澳門", "MO"}, {"澳门", "MO"}, {"Deutschland", "DE"}, {"Schweiz", "CH"}, {"Suisse", "CH"},
        {"Hong Kong SAR", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"South Korea", "KR"}, {"Korea", "KR"},
    };
    for (const auto &a : aliases)
        add(QString::fromUtf8(a.name), QString::fromLatin1(a.code));
    return table;
}

} // namespace

QString regionCodeOfCountry(const QString &country)
{
    static const QHash<QString, QString> table = buildCountryTable();
    const QString key = foldForSort(country);
    return key.isEmpty() ? QString() : table.value(key);
}

QString phoneRegionFor(const QString &country)
{
    const QString region = regionCodeOfCountry(country);
    if (!region.isEmpty())
        return region;
    // The C locale has no territory ("ZZ" or empty): then there is no default
    // and only numbers written with + and a country code are understood.
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
}

PhoneNumberCheck checkPhoneNumber(const QString &text, const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumberCheck out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        out.problem = Text::tr("Enter a phone number.");
        return out;
    }
    // "ZZ" is libphonenumber's unknown region: only numbers with + parse then.
    const std::string defaultRegion = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    PhoneNumber number;
    switch (util.Parse(trimmed.toStdString(), defaultRegion, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        out.problem = region.isEmpty() ? Text::tr("Start the number with + and its country code.")
                                       : Text::tr("The country code is unknown; start the number with + and a valid country code.");
        return out;
    case PhoneNumberUtil::NOT_A_NUMBER:
        out.problem = Text::tr("This is not a phone number.");
        return out;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        out.problem = Text::tr("The number is too short.");
        return out;
    case PhoneNumberUtil::TOO_LONG_NSN:
        out.problem = Text::tr("The number is too long.");
        return out;
    }

    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    out.region = QString::fromStdString(numberRegion);
    if (!util.IsValidNumber(number)) {
        const QString where = territoryName(out.region.isEmpty() || out.region == QLatin1String("ZZ") ? region.toUpper() : out.region);
        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            out.problem = Text::tr("The number is too short for %1.").arg(where);
            break;
        case PhoneNumberUtil::TOO_LONG:
            out.problem = Text::tr("The number is too long for %1.").arg(where);
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            out.problem = Text::tr("The country code is unknown.");
            break;
        case PhoneNumberUtil::INVALID_LENGTH:
            out.problem = Text::tr("The number has the wrong number of digits for %1.").arg(where);
            break;
        default:
            out.problem = Text::tr("This is not a valid number in %1.").arg(where);
            break;
        }
        return out;
    }

    std::string e164, international;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    out.valid = true;
    out.e164 = QString::fromStdString(e164);
    // E.164 has no room for an extension; keep it the way RFC 3966 writes it,
    // which libphonenumber reads back.
    if (number.has_extension() && !number.extension().empty())
        out.e164 += QStringLiteral(";ext=") + QString::fromStdString(number.extension());
    out.international = QString::fromStdString(international);
    return out;
}

QString displayPhoneNumber(const QString &stored)
{
    if (!stored.startsWith(QLatin1Char('+')))
        return stored;
    const PhoneNumberCheck check = checkPhoneNumber(stored, QString());
    return check.valid ? check.international : stored;
}

} // namespace rapport
