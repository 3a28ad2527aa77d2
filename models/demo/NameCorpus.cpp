#include "NameCorpus.h"

namespace rapport::demo {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

// Chinese names come in pairs: characters and their romanisation.
void pairs(std::initializer_list<std::pair<const char *, const char *>> items, QStringList *chars, QStringList *roman)
{
    for (const auto &p : items) {
        *chars << QString::fromUtf8(p.first);
        *roman << QString::fromUtf8(p.second);
    }
}

City city(const char *name, const char *region, int lo, int hi, const char *phoneArea, const char *postArea = "")
{
    return {QString::fromUtf8(name), QString::fromUtf8(region), lo, hi, QString::fromUtf8(postArea), QString::fromUtf8(phoneArea)};
}

QString digits(Rng &rng, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.below(10));
    return s;
}

// Words for company names; Chinese ones with the romanisation used in web addresses.
struct CompanyWords {
    QStringList latinDe, latinEn, latinFr, latinCh;
    QStringList cnBrand, cnBrandRoman, cnTrade, cnTradeRoman;
    QStringList twBrand, twBrandRoman, twTrade, twTradeRoman;
};

const CompanyWords &companyWords()
{
    static const CompanyWords w = [] {
        CompanyWords c;
        c.latinDe = list({"Krone", "Adler", "Sonne", "Linde", "Post", "Stern", "Löwen", "Rose", "Alpenblick", "Seeblick", "Kaiserhof", "Lindenhof"});
        c.latinEn = list({"Northwind", "Blue Harbour", "Red Lion", "Oak Tree", "Silver Spoon", "Greenfield", "Riverside", "Crown", "Maple",
                          "Copper Kettle", "Golden Bean", "Harbourside", "Bluebird", "Station"});
        c.latinFr = list({"de la Gare", "du Commerce", "Lumière", "des Arts", "du Parc", "Belle Époque", "du Marché", "des Halles", "Saint-Michel",
                          "du Port"});
        c.latinCh = list({"Bellevue", "Alpina", "Edelweiss", "Seerose", "Bergblick", "Rigi", "Pilatus", "Limmat"});
        pairs({{"华盛", "huasheng"}, {"鼎新", "dingxin"}, {"恒通", "hengtong"}, {"金鹰", "jinying"}, {"瑞丰", "ruifeng"}, {"宏达", "hongda"},
               {"永安", "yongan"}, {"嘉禾", "jiahe"}, {"东方", "dongfang"}, {"天合", "tianhe"}, {"博远", "boyuan"}, {"星辰", "xingchen"},
               {"明德", "mingde"}, {"福满", "fuman"}, {"新源", "xinyuan"}, {"悦来", "yuelai"}, {"云顶", "yunding"}, {"锦程", "jincheng"},
               {"盛世", "shengshi"}, {"万和", "wanhe"}},
              &c.cnBrand, &c.cnBrandRoman);
        pairs({{"贸易", "trading"}, {"科技", "tech"}, {"餐饮管理", "catering"}, {"咖啡", "coffee"}, {"酒店管理", "hotels"}, {"食品", "food"},
               {"商贸", "trade"}, {"实业", "group"}, {"文化", "culture"}},
              &c.cnTrade, &c.cnTradeRoman);
        pairs({{"鴻運", "hungyun"}, {"金禾", "chinho"}, {"長興", "changhsing"}, {"日昇", "jihsheng"}, {"興隆", "hsinglung"}, {"嘉新", "chiahsin"},
               {"富春", "fuchun"}, {"永和", "yungho"}, {"大成", "tacheng"}, {"光明", "kuangming"}, {"寶島", "paotao"}, {"利豐", "leifung"},
               {"美心", "meisum"}, {"華記", "wahkee"}},
              &c.twBrand, &c.twBrandRoman);
        pairs({{"貿易", "trading"}, {"科技", "tech"}, {"餐飲", "catering"}, {"咖啡", "coffee"}, {"食品", "food"}, {"企業", "enterprise"},
               {"國際", "intl"}},
              &c.twTrade, &c.twTradeRoman);
        return c;
    }();
    return w;
}

} // namespace

QString PersonName::display() const
{
    if (romanised.isEmpty())
        return given + QLatin1Char(' ') + family;
    return family + given; // Chinese names are written family name first, without a space
}

QString asciiSlug(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.unicode();
        if (u == u'ß')
            out += QStringLiteral("ss");
        else if (u >= u'a' && u <= u'z')
            out += c;
        else if (u >= u'A' && u <= u'Z')
            out += c.toLower();
        else if (u >= u'0' && u <= u'9')
            out += c;
        else if (u == 0x0308 && !out.isEmpty()) // umlaut: ä -> ae
            out += QLatin1Char('e');
        else if ((u == u' ' || u == u'-' || u == u'&') && !out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

NameCorpus::NameCorpus()
{
    m_de.given = list({"Anna", "Lukas", "Julia", "Maximilian", "Laura", "Felix", "Sophie", "Jonas", "Lena", "Leon", "Katharina", "Tobias",
                       "Sarah", "Florian", "Marie", "Sebastian", "Johanna", "Stefan", "Sabine", "Thomas", "Andrea", "Michael", "Petra",
                       "Jürgen", "Ursula", "Uwe", "Claudia", "Matthias", "Birgit", "Jörg", "Özlem", "Mehmet", "Nicole", "Frank"});
    m_de.family = list({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
                        "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
                        "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Yılmaz", "Kaya", "Nowak",
                        "Graf", "Vogel", "Jäger"});
    m_en.given = list({"James", "Emma", "Oliver", "Olivia", "William", "Sophia", "Jack", "Amelia", "Harry", "Isla", "George", "Emily",
                       "Charlie", "Grace", "Thomas", "Chloe", "Daniel", "Jessica", "Michael", "Sarah", "David", "Laura", "Matthew",
                       "Hannah", "Christopher", "Rachel", "Robert", "Jennifer", "Priya", "Raj", "Siobhan", "Connor", "Aisha", "Kevin"});
    m_en.family = list({"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
                        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Miller", "Davis", "Garcia",
                        "Martinez", "Anderson", "Lee", "Patel", "Khan", "O'Brien", "Murphy", "Kelly", "Nguyen", "Cohen", "Kowalski"});
    m_fr.given = list({"Camille", "Léa", "Manon", "Chloé", "Inès", "Louis", "Gabriel", "Jules", "Lucas", "Hugo", "Arthur", "Théo",
                       "Nathalie", "Isabelle", "Sylvie", "Philippe", "Pierre", "Nicolas", "Julien", "Céline", "Aurélie", "François",
                       "Hélène", "Benoît", "Mathilde", "Étienne", "Amélie", "Karim", "Sophie", "Antoine"});
    m_fr.family = list({"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
                        "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Benali", "Nguyen", "Da Silva"});
    pairs({{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"}, {"赵", "Zhao"}, {"黄", "Huang"},
           {"周", "Zhou"}, {"吴", "Wu"}, {"徐", "Xu"}, {"孙", "Sun"}, {"胡", "Hu"}, {"朱", "Zhu"}, {"高", "Gao"}, {"林", "Lin"},
           {"何", "He"}, {"郭", "Guo"}, {"马", "Ma"}, {"罗", "Luo"}, {"梁", "Liang"}, {"宋", "Song"}, {"郑", "Zheng"}, {"谢", "Xie"},
           {"韩", "Han"}, {"唐", "Tang"}, {"冯", "Feng"}, {"于", "Yu"}, {"董", "Dong"}, {"程", "Cheng"}, {"曹", "Cao"}, {"袁", "Yuan"},
           {"邓", "Deng"}, {"沈", "Shen"}, {"曾", "Zeng"}, {"彭", "Peng"}, {"吕", "Lü"}, {"欧阳", "Ouyang"}, {"司马", "Sima"}},
          &m_cn.family, &m_cn.familyRoman);
    pairs({{"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"秀英", "Xiuying"}, {"敏", "Min"}, {"静", "Jing"}, {"丽", "Li"}, {"强", "Qiang"},
           {"磊", "Lei"}, {"军", "Jun"}, {"洋", "Yang"}, {"勇", "Yong"}, {"艳", "Yan"}, {"杰", "Jie"}, {"娟", "Juan"}, {"涛", "Tao"},
           {"明", "Ming"}, {"超", "Chao"}, {"秀兰", "Xiulan"}, {"霞", "Xia"}, {"平", "Ping"}, {"刚", "Gang"}, {"桂英", "Guiying"},
           {"志强", "Zhiqiang"}, {"建华", "Jianhua"}, {"晓明", "Xiaoming"}, {"婷婷", "Tingting"}, {"子涵", "Zihan"}, {"浩然", "Haoran"},
           {"欣怡", "Xinyi"}, {"宇轩", "Yuxuan"}, {"梓萱", "Zixuan"}, {"俊杰", "Junjie"}, {"佳怡", "Jiayi"}, {"海燕", "Haiyan"},
           {"文博", "Wenbo"}},
          &m_cn.given, &m_cn.givenRoman);
    pairs({{"陳", "Chen"}, {"林", "Lin"}, {"黃", "Huang"}, {"張", "Chang"}, {"李", "Lee"}, {"王", "Wang"}, {"吳", "Wu"}, {"劉", "Liu"},
           {"蔡", "Tsai"}, {"楊", "Yang"}, {"許", "Hsu"}, {"鄭", "Cheng"}, {"謝", "Hsieh"}, {"郭", "Kuo"}, {"洪", "Hung"}, {"曾", "Tseng"},
           {"邱", "Chiu"}, {"廖", "Liao"}, {"賴", "Lai"}, {"周", "Chou"}},
          &m_tw.family, &m_tw.familyRoman);
    pairs({{"志明", "Chih-ming"}, {"淑芬", "Shu-fen"}, {"家豪", "Chia-hao"}, {"美玲", "Mei-ling"}, {"俊傑", "Chun-chieh"}, {"雅婷", "Ya-ting"},
           {"建宏", "Chien-hung"}, {"怡君", "Yi-chun"}, {"冠宇", "Kuan-yu"}, {"宜蓁", "Yi-chen"}, {"承恩", "Cheng-en"}, {"詩涵", "Shih-han"},
           {"宗翰", "Tsung-han"}, {"佩珊", "Pei-shan"}, {"文雄", "Wen-hsiung"}, {"麗華", "Li-hua"}},
          &m_tw.given, &m_tw.givenRoman);
    pairs({{"陳", "Chan"}, {"李", "Lee"}, {"張", "Cheung"}, {"黃", "Wong"}, {"何", "Ho"}, {"林", "Lam"}, {"梁", "Leung"}, {"劉", "Lau"},
           {"吳", "Ng"}, {"鄭", "Cheng"}, {"楊", "Yeung"}, {"麥", "Mak"}, {"蔡", "Choi"}, {"郭", "Kwok"}, {"羅", "Law"}, {"葉", "Yip"}},
          &m_hk.family, &m_hk.familyRoman);
    pairs({{"志明", "Chi-ming"}, {"嘉欣", "Ka-yan"}, {"家豪", "Ka-ho"}, {"詠詩", "Wing-sze"}, {"偉文", "Wai-man"}, {"美儀", "Mei-yee"},
           {"俊傑", "Chun-kit"}, {"凱琳", "Hoi-lam"}, {"子健", "Tsz-kin"}, {"寶儀", "Po-yee"}, {"浩賢", "Ho-yin"}, {"慧敏", "Wai-mun"}},
          &m_hk.given, &m_hk.givenRoman);

    auto region = [](const char *code, const char *country, const char *currency, const char *team, Lang lang, int offset, double weight,
                     const char *tld, QList<City> cities) {
        return Region{QString::fromUtf8(code), QString::fromUtf8(country), QString::fromUtf8(currency), QString::fromUtf8(team), lang, offset,
                      weight, QString::fromUtf8(tld), std::move(cities)};
    };
    m_regions << region("CN", "China", "CNY", "China", Lang::ZhHans, 8, 0.26, "cn",
                        {city("北京", "北京市", 100000, 102600, "10"), city("上海", "上海市", 200000, 201900, "21"),
                         city("深圳", "广东省", 518000, 518100, "755"), city("广州", "广东省", 510000, 510800, "20"),
                         city("杭州", "浙江省", 310000, 311200, "571"), city("成都", "四川省", 610000, 611700, "28"),
                         city("南京", "江苏省", 210000, 211300, "25"), city("武汉", "湖北省", 430000, 430400, "27"),
                         city("西安", "陕西省", 710000, 710300, "29"), city("苏州", "江苏省", 215000, 215600, "512")});
    m_regions << region("DE", "Germany", "EUR", "DACH", Lang::De, 1, 0.16, "de",
                        {city("Berlin", "Berlin", 10115, 14199, "30"), city("München", "Bayern", 80331, 81929, "89"),
                         city("Hamburg", "Hamburg", 20095, 22769, "40"), city("Köln", "Nordrhein-Westfalen", 50667, 51149, "221"),
                         city("Frankfurt am Main", "Hessen", 60306, 60599, "69"), city("Stuttgart", "Baden-Württemberg", 70173, 70619, "711"),
                         city("Düsseldorf", "Nordrhein-Westfalen", 40210, 40629, "211"), city("Leipzig", "Sachsen", 4103, 4357, "341"),
                         city("Dresden", "Sachsen", 1067, 1328, "351"), city("Hannover", "Niedersachsen", 30159, 30669, "511"),
                         city("Nürnberg", "Bayern", 90402, 90491, "911")});
    m_regions << region("US", "United States", "USD", "UK & US", Lang::En, -5, 0.14, "com",
                        {city("New York", "NY", 10001, 10282, "212"), city("San Francisco", "CA", 94102, 94134, "415"),
                         city("Chicago", "IL", 60601, 60661, "312"), city("Austin", "TX", 78701, 78759, "512"),
                         city("Seattle", "WA", 98101, 98199, "206"), city("Boston", "MA", 2108, 2137, "617"),
                         city("Los Angeles", "CA", 90001, 90089, "213")});
    m_regions << region("GB", "United Kingdom", "GBP", "UK & US", Lang::En, 0, 0.10, "co.uk",
                        {city("London", "England", 1, 20, "20", "SW"), city("Manchester", "England", 1, 40, "161", "M"),
                         city("Birmingham", "England", 1, 45, "121", "B"), city("Leeds", "England", 1, 27, "113", "LS"),
                         city("Glasgow", "Scotland", 1, 78, "141", "G"), city("Edinburgh", "Scotland", 1, 17, "131", "EH"),
                         city("Bristol", "England", 1, 16, "117", "BS")});
    m_regions << region("FR", "France", "EUR", "France", Lang::Fr, 1, 0.10, "fr",
                        {city("Paris", "Île-de-France", 75001, 75020, "1"), city("Lyon", "Auvergne-Rhône-Alpes", 69001, 69009, "4"),
                         city("Marseille", "Provence-Alpes-Côte d'Azur", 13001, 13016, "4"), city("Toulouse", "Occitanie", 31000, 31500, "5"),
                         city("Bordeaux", "Nouvelle-Aquitaine", 33000, 33800, "5"), city("Nantes", "Pays de la Loire", 44000, 44300, "2"),
                         city("Strasbourg", "Grand Est", 67000, 67200, "3"), city("Lille", "Hauts-de-France", 59000, 59800, "3")});
    m_regions << region("TW", "Taiwan", "TWD", "Taiwan & Hong Kong", Lang::ZhHant, 8, 0.10, "com.tw",
                        {city("台北", "台北市", 100, 116, "2"), city("新北", "新北市", 220, 253, "2"), city("台中", "台中市", 400, 439, "4"),
                         city("高雄", "高雄市", 800, 852, "7"), city("新竹", "新竹市", 300, 300, "3"), city("台南", "台南市", 700, 745, "6")});
    m_regions << region("HK", "Hong Kong", "HKD", "Taiwan & Hong Kong", Lang::ZhHant, 8, 0.07, "com.hk",
                        {city("香港", "中西區", 0, 0, ""), city("香港", "灣仔區", 0, 0, ""), city("九龍", "油尖旺區", 0, 0, ""),
                         city("九龍", "觀塘區", 0, 0, ""), city("新界", "沙田區", 0, 0, "")});
    m_regions << region("CH", "Switzerland", "CHF", "DACH", Lang::De, 1, 0.07, "ch",
                        {city("Zürich", "ZH", 8001, 8057, "44"), city("Genève", "GE", 1201, 1209, "22"), city("Basel", "BS", 4001, 4059, "61"),
                         city("Bern", "BE", 3001, 3027, "31"), city("Luzern", "LU", 6002, 6006, "41")});
}

QList<double> NameCorpus::regionWeights() const
{
    QList<double> w;
    for (const Region &r : m_regions)
        w << r.weight;
    return w;
}

const NameCorpus::Names &NameCorpus::names(const Region &region) const
{
    if (region.code == QLatin1String("CN"))
        return m_cn;
    if (region.code == QLatin1String("TW"))
        return m_tw;
    if (region.code == QLatin1String("HK"))
        return m_hk;
    if (region.lang == Lang::De)
        return m_de;
    if (region.lang == Lang::Fr)
        return m_fr;
    return m_en;
}

PersonName NameCorpus::person(Rng &rng, const Region &region) const
{
    const Names &n = names(region);
    PersonName p;
    const int f = rng.below(int(n.family.size()));
    const int g = rng.below(int(n.given.size()));
    p.family = n.family[f];
    p.given = n.given[g];
    if (n.familyRoman.isEmpty()) {
        const QString given = asciiSlug(p.given);
        const QString family = asciiSlug(p.family).remove(QLatin1Char('-'));
        switch (rng.below(3)) {
        case 0: p.emailLocal = given + QLatin1Char('.') + family; break;
        case 1: p.emailLocal = given.left(1) + QLatin1Char('.') + family; break;
        default: p.emailLocal = given.left(1) + family; break;
        }
        return p;
    }
    // Family name first, as the name is said and written: "Wang Wei", "Chen Chih-ming".
    p.romanised = n.familyRoman[f] + QLatin1Char(' ') + n.givenRoman[g];
    const QString given = asciiSlug(n.givenRoman[g]).remove(QLatin1Char('-'));
    const QString family = asciiSlug(n.familyRoman[f]);
    switch (rng.below(3)) {
    case 0: p.emailLocal = given + QLatin1Char('.') + family; break;
    case 1: p.emailLocal = family + given; break;
    default: p.emailLocal = family + QLatin1Char('.') + given; break;
    }
    return p;
}

CompanyName NameCorpus::company(Rng &rng, const Region &region, const City &city) const
{
    const CompanyWords &w = companyWords();
    const Names &n = names(region);
    CompanyName c;
    if (region.code == QLatin1String("CN")) {
        const int b = rng.below(int(w.cnBrand.size()));
        const int t = rng.below(int(w.cnTrade.size()));
        switch (rng.weighted(std::initializer_list<double>{7, 1.5, 1.5})) {
        case 0: c.name = city.name + w.cnBrand[b] + w.cnTrade[t] + QStringLiteral("有限公司"); break;
        case 1: c.name = w.cnBrand[b] + QStringLiteral("咖啡"); break;
        default: c.name = w.cnBrand[b] + QStringLiteral("大酒店"); break;
        }
        c.slug = w.cnBrandRoman[b] + QLatin1Char('-') + w.cnTradeRoman[t];
        return c;
    }
    if (region.lang == Lang::ZhHant) {
        const bool hk = region.code == QLatin1String("HK");
        if (hk && rng.chance(0.25)) {
            const QString word = rng.pick(w.latinEn);
            c.name = word + (rng.chance(0.5) ? QStringLiteral(" Trading Ltd") : QStringLiteral(" Catering Ltd"));
            c.slug = asciiSlug(word) + QStringLiteral("-hk");
            return c;
        }
        const int b = rng.below(int(w.twBrand.size()));
        const int t = rng.below(int(w.twTrade.size()));
        const QString form = hk || rng.chance(0.4) ? QStringLiteral("有限公司") : QStringLiteral("股份有限公司");
        c.name = (rng.chance(0.4) ? city.name : QString()) + w.twBrand[b] + w.twTrade[t] + form;
        c.slug = w.twBrandRoman[b] + QLatin1Char('-') + w.twTradeRoman[t];
        return c;
    }
    const QString family = rng.pick(n.family);
    const QString family2 = rng.pick(n.family);
    QString word;
    switch (region.lang) {
    case Lang::De:
        word = region.code == QLatin1String("CH") ? rng.pick(w.latinCh) : rng.pick(w.latinDe);
        switch (rng.below(7)) {
        case 0: c.name = family + (region.code == QLatin1String("CH") ? QStringLiteral(" AG") : QStringLiteral(" GmbH")); break;
        case 1: c.name = family + QStringLiteral(" & ") + family2 + QStringLiteral(" GmbH & Co. KG"); break;
        case 2: c.name = QStringLiteral("Hotel ") + word; break;
        case 3: c.name = QStringLiteral("Café ") + family; break;
        case 4: c.name = QStringLiteral("Bäckerei ") + family; break;
        case 5: c.name = family + QStringLiteral(" Gastronomie GmbH"); break;
        default: c.name = QStringLiteral("Gasthaus ") + word; break;
        }
        break;
    case Lang::Fr:
        word = rng.pick(w.latinFr);
        switch (rng.below(6)) {
        case 0: c.name = QStringLiteral("Café ") + word; break;
        case 1: c.name = QStringLiteral("Boulangerie ") + family; break;
        case 2: c.name = family + QStringLiteral(" et Fils"); break;
        case 3: c.name = QStringLiteral("Hôtel ") + word; break;
        case 4: c.name = QStringLiteral("Brasserie ") + word; break;
        default: c.name = family + QStringLiteral(" Traiteur SARL"); break;
        }
        break;
    default: {
        word = rng.pick(w.latinEn);
        const bool us = region.code == QLatin1String("US");
        switch (rng.below(6)) {
        case 0: c.name = family + QStringLiteral(" & Sons") + (us ? QStringLiteral(" Inc.") : QStringLiteral(" Ltd")); break;
        case 1: c.name = word + QStringLiteral(" Coffee Co."); break;
        case 2: c.name = QStringLiteral("The ") + word + QStringLiteral(" Café"); break;
        case 3: c.name = word + QStringLiteral(" Hospitality Group"); break;
        case 4: c.name = family + QStringLiteral(" Catering") + (us ? QStringLiteral(" LLC") : QStringLiteral(" Ltd")); break;
        default: c.name = word + (us ? QStringLiteral(" Hotels Inc.") : QStringLiteral(" Hotels Ltd")); break;
        }
        break;
    }
    }
    // The domain: the distinctive words, without the legal form.
    static const QStringList legal = {QStringLiteral("GmbH"), QStringLiteral("AG"), QStringLiteral("KG"), QStringLiteral("Co."),
                                      QStringLiteral("Ltd"), QStringLiteral("Inc."), QStringLiteral("LLC"), QStringLiteral("SARL"),
                                      QStringLiteral("&"), QStringLiteral("The")};
    QStringList words;
    for (const QString &w : c.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!legal.contains(w) && words.size() < 3)
            words << w;
    c.slug = asciiSlug(words.join(QLatin1Char(' ')));
    return c;
}

QString NameCorpus::street(Rng &rng, const Region &region) const
{
    static const QStringList de = list({"Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Gartenstraße", "Lindenstraße",
                                        "Kirchstraße", "Friedrichstraße", "Berliner Allee", "Marktplatz", "Am Hafen", "Königsallee"});
    static const QStringList ch = list({"Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Bernstrasse", "Limmatquai", "Marktgasse"});
    static const QStringList en = list({"High Street", "Station Road", "Church Lane", "Victoria Road", "Kings Road", "Queen Street",
                                        "Mill Lane", "Park Avenue", "Main Street", "Broadway", "Market Street", "Elm Street", "Oak Avenue"});
    static const QStringList fr = list({"rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Haussmann",
                                        "place de la Bourse", "rue Nationale", "quai des Chartrons", "rue du Faubourg Saint-Antoine"});
    static const QStringList cn = list({"建国路", "人民路", "中山路", "解放路", "南京东路", "淮海中路", "深南大道", "天河路", "长安街", "科技园南路"});
    static const QStringList tw = list({"忠孝東路四段", "中山北路二段", "敦化南路一段", "民生東路三段", "文心路二段", "中正路", "光復路"});
    static const QStringList hk = list({"皇后大道中", "彌敦道", "軒尼詩道", "德輔道中", "英皇道", "廣東道"});
    const QString no = QString::number(1 + rng.below(rng.chance(0.8) ? 60 : 240));
    if (region.code == QLatin1String("CN"))
        return rng.pick(cn) + no + QStringLiteral("号");
    if (region.code == QLatin1String("TW"))
        return rng.pick(tw) + no + QStringLiteral("號");
    if (region.code == QLatin1String("HK"))
        return rng.pick(hk) + no + QStringLiteral("號");
    if (region.code == QLatin1String("CH"))
        return rng.pick(ch) + QLatin1Char(' ') + no;
    if (region.lang == Lang::De)
        return rng.pick(de) + QLatin1Char(' ') + no;
    if (region.lang == Lang::Fr)
        return no + QLatin1Char(' ') + rng.pick(fr);
    return no + QLatin1Char(' ') + rng.pick(en);
}

QString NameCorpus::postcode(Rng &rng, const Region &region, const City &city) const
{
    if (city.postHi == 0)
        return {};
    const int n = int(rng.range(city.postLo, city.postHi));
    if (!city.postArea.isEmpty()) {
        static const char letters[] = "ABDEFGHJLNPQRSTUWXYZ";
        // One draw per statement: the order in which operands of one
        // expression are evaluated is unspecified, and the data must not
        // depend on the compiler.
        const int sector = rng.below(10);
        const char a = letters[rng.below(20)];
        const char b = letters[rng.below(20)];
        return city.postArea + QString::number(n) + QLatin1Char(' ') + QString::number(sector) + QLatin1Char(a) + QLatin1Char(b);
    }
    const int width = region.code == QLatin1String("TW") ? 3 : region.code == QLatin1String("CN") ? 6 : region.code == QLatin1String("CH") ? 4 : 5;
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

QString NameCorpus::phone(Rng &rng, const Region &region, const City &city, bool mobile) const
{
    // Digits drawn first, one group per statement (see postcode()).
    const QString d2 = digits(rng, 2), d3 = digits(rng, 3);
    const QString d4 = digits(rng, 4), e4 = digits(rng, 4);
    const QString &c = region.code;
    if (c == QLatin1String("CN")) {
        if (mobile)
            return QStringLiteral("+86 1%1 %2 %3").arg(QChar(u"3589"[rng.below(4)]) + d2.left(1), d4, e4);
        return QStringLiteral("+86 %1 %2 %3").arg(city.phoneArea, d4, e4);
    }
    if (c == QLatin1String("TW"))
        return mobile ? QStringLiteral("+886 9%1 %2 %3").arg(d2, d3, e4.left(3)) : QStringLiteral("+886 %1 %2 %3").arg(city.phoneArea, d4, e4);
    if (c == QLatin1String("HK"))
        return QStringLiteral("+852 %1%2 %3").arg(QChar(mobile ? u"569"[rng.below(3)] : u'2'), d3, d4);
    if (c == QLatin1String("DE"))
        return mobile ? QStringLiteral("+49 15%1 %2%3").arg(QChar(u"12279"[rng.below(5)]), d4, e4)
                      : QStringLiteral("+49 %1 %2%3").arg(city.phoneArea, d3, d4);
    if (c == QLatin1String("CH"))
        return QStringLiteral("+41 %1 %2 %3 %4").arg(mobile ? QStringLiteral("79") : city.phoneArea, d3, d2, e4.left(2));
    if (c == QLatin1String("FR"))
        return QStringLiteral("+33 %1 %2 %3 %4 %5")
            .arg(mobile ? QString(QChar(u"67"[rng.below(2)])) : city.phoneArea, d2, d4.left(2), d4.right(2), e4.left(2));
    if (c == QLatin1String("GB"))
        return mobile ? QStringLiteral("+44 7700 900%1").arg(d3) : QStringLiteral("+44 %1 %2 %3").arg(city.phoneArea, d4, e4);
    // North America: 555-0100 to 555-0199 are reserved for fiction.
    return QStringLiteral("+1 %1 555 01%2").arg(city.phoneArea, d2);
}

QString NameCorpus::freeMailDomain(Rng &rng, const Region &region) const
{
    static const QStringList cn = list({"qq.com", "163.com", "126.com", "sina.com"});
    static const QStringList tw = list({"gmail.com", "yahoo.com.tw", "hotmail.com"});
    static const QStringList de = list({"gmx.de", "web.de", "t-online.de", "gmail.com"});
    static const QStringList fr = list({"orange.fr", "free.fr", "gmail.com", "laposte.net"});
    static const QStringList en = list({"gmail.com", "outlook.com", "yahoo.com", "icloud.com"});
    if (region.code == QLatin1String("CN"))
        return rng.pick(cn);
    if (region.lang == Lang::ZhHant)
        return rng.pick(tw);
    if (region.lang == Lang::De)
        return rng.pick(de);
    if (region.lang == Lang::Fr)
        return rng.pick(fr);
    return rng.pick(en);
}

} // namespace rapport::demo
