#include "CdnowFiles.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace rapport::analytics::lifetimetest {

namespace {

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList out;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();  // trimmed: the files are CRLF
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

} // namespace

QString sharedDataFile(const char *relativePath)
{
    return QStringLiteral(RAPPORT_SHARED_DATA "/") + QString::fromLatin1(relativePath);
}

PurchaseHistory loadCdnowSample()
{
    PurchaseHistory history;
    QHash<QString, int> indexOf;
    for (const QString &line : lines(sharedDataFile("cdnow/CDNOW_sample.txt"))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() != 5)
            return {};
        const QString sampleId = QString::number(f[1].toInt());
        auto it = indexOf.find(sampleId);
        if (it == indexOf.end()) {
            it = indexOf.insert(sampleId, static_cast<int>(history.customers.size()));
            history.customers.push_back({sampleId, f[0], QStringLiteral("customer"), {}, {}});
        }
        Purchase p;
        p.customer = *it;
        p.day = QDate::fromString(f[2], QStringLiteral("yyyyMMdd"));
        p.revenue = f[4].toDouble();
        history.purchases.push_back(p);
    }
    history.sort();
    return history;
}

std::vector<CustomerRepeatPurchases> loadCdnowSummaryWithSpend()
{
    std::vector<CustomerRepeatPurchases> out;
    const QStringList all = lines(sharedDataFile("cdnow/cdnow_customers_summary_with_transactions.csv"));
    for (qsizetype i = 1; i < all.size(); ++i) {  // 0 is the header
        const QStringList f = all[i].split(QLatin1Char(','));
        if (f.size() != 5)
            return {};
        CustomerRepeatPurchases c;
        c.customer = f[0].toInt();
        c.x = f[1].toInt();
        c.tx = f[2].toDouble();
        c.T = f[3].toDouble();
        c.meanRepeatSpend = f[4].toDouble();
        c.spendCount = c.x;
        out.push_back(c);
    }
    return out;
}

CohortSurvivors loadSbgSurvivors()
{
    CohortSurvivors out;
    const QStringList all = lines(sharedDataFile("retention_cohorts/sbg_fader_hardie_2007_survivors.csv"));
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QStringList f = all[i].split(QLatin1Char(','));
        if (f.size() != 3 || f[0].toInt() != i - 1)
            return {};
        out.regular.push_back(f[1].toDouble());
        out.highEnd.push_back(f[2].toDouble());
    }
    return out;
}

} // namespace rapport::analytics::lifetimetest
