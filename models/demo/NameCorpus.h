#pragma once
#include "Rng.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::demo {

// The written language of a region's records: names, addresses and the
// subjects of activities and cases.
enum class Lang { De, En, Fr, ZhHans, ZhHant };

struct City {
    QString name;
    QString region;   // state, province or district
    int postLo = 0;   // postcode range (UK: the district number range)
    int postHi = 0;
    QString postArea; // UK: the district letters ("SW", "M"); otherwise empty
    QString phoneArea;
};

struct Region {
    QString code;     // ISO 3166 alpha-2
    QString country;  // as shown in the country field
    QString currency; // ISO 4217
    QString team;     // the sales team that owns the region's accounts
    Lang lang = Lang::En;
    int utcOffsetHours = 0; // business hours happen in local time
    double weight = 1;      // share of the accounts
    QString tld;            // company websites and emails
    QList<City> cities;
};

struct PersonName {
    QString given;
    QString family;
    QString romanised;  // Chinese names: "Wang Wei"; empty for Latin names
    QString emailLocal; // ASCII, e.g. "wei.wang", "anna.mueller"
    QString display() const;
};

struct CompanyName {
    QString name;
    QString slug; // ASCII, for the website and email domain
};

// Word lists for names, companies and addresses of the eight regions the demo
// company sells to: German-, English- and French-speaking Europe and North
// America, Simplified Chinese (mainland) and Traditional Chinese (Taiwan, Hong Kong).
class NameCorpus {
public:
    NameCorpus();

    const QList<Region> &regions() const { return m_regions; }
    QList<double> regionWeights() const;

    PersonName person(Rng &rng, const Region &region) const;
    CompanyName company(Rng &rng, const Region &region, const City &city) const;
    QString street(Rng &rng, const Region &region) const;
    QString postcode(Rng &rng, const Region &region, const City &city) const; // empty where there are none
    QString phone(Rng &rng, const Region &region, const City &city, bool mobile) const;
    QString freeMailDomain(Rng &rng, const Region &region) const;

private:
    struct Names {
        QStringList given, givenRoman, family, familyRoman;
    };
    const Names &names(const Region &region) const;

    QList<Region> m_regions;
    Names m_de, m_en, m_fr, m_cn, m_tw, m_hk;
};

// "Müller" -> "mueller", "Léa" -> "lea", "O'Brien" -> "obrien": for email addresses and domains.
QString asciiSlug(const QString &text);

} // namespace rapport::demo
