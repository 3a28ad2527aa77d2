#pragma once
#include "CivilTime.h"
#include "DataGenerator.h"
#include "NameCorpus.h"
#include "PhraseBook.h"
#include "Rng.h"
#include "domain/RecordId.h"
#include "store/BulkWriter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::demo {

// Looks field indexes up once and remembers names the schema lacks, so a
// renamed field fails the run with its name instead of writing NULLs.
class FieldLookup {
public:
    explicit FieldLookup(const BulkRecord &record) : m_record(record) {}
    int operator()(const char16_t *name)
    {
        const int i = m_record.field(QStringView(name));
        if (i < 0)
            m_missing << m_record.entity().name + QLatin1Char('.') + QString::fromUtf16(name);
        return i;
    }
    const QStringList &missing() const { return m_missing; }

private:
    const BulkRecord &m_record;
    QStringList m_missing;
};

struct UserRef {
    QString id;
    QString team;
    QString role;
};

struct StageRef {
    QString id;
    QString name;
    int probability = 0;
    QString kind; // open, won, lost
};

struct PipelineRef {
    QString id;
    QList<StageRef> open; // in order
    StageRef won, lost;
};

struct ProductRef {
    QString id;
    QString name;
    int category = 0;
    qint64 priceEur = 0; // minor units
    int qtyLo = 1, qtyHi = 1;
};

struct CampaignRef {
    QString id;
    qint64 start = 0, end = 0;
    int region = -1; // index into NameCorpus::regions(), -1 for all
    QString channel;
    QString status;
    QString owner;
};

struct ContactRef {
    QString id;
    qint64 createdAt = 0;
    bool emailIn = false;
    bool smsIn = false;
};

struct AccountRef {
    QString id;
    qint64 createdAt = 0;
};

// Everything the generators share: the options, the one random stream, the
// word lists, the writer and the records written so far that later records
// refer to.
class GeneratorContext {
public:
    GeneratorContext(Store &store, const GeneratorOptions &options);

    // One id generator on a clock that follows the generated creation times
    // but, like RecordIdGenerator itself, never goes back: so ids increase in
    // the order records are written and every index keyed by an id (primary
    // keys, foreign-key lookups, account_id, order_id, record_id…) is appended
    // to at its right edge. Scattering them by each record's own created_at
    // made the load several times slower once the tables outgrow the page
    // cache. The price: an id's time prefix is the latest creation time
    // generated so far, not necessarily its record's own created_at.
    // Ids are time-ordered UUIDs like any record's, but their clock is the
    // order of generation, not the record's (back-dated) creation time: one
    // millisecond per record from four hours before "now". Every index on an
    // id (primary keys, search_docs.record_id, the account_id/order_id
    // references of children written after their parents) then grows at its
    // end, where a back-dated id would land anywhere in an index of millions.
    QString newId(qint64 createdAt)
    {
        Q_UNUSED(createdAt);
        return m_ids.next(m_idClock++);
    }

    // An instant during local business hours (Mon-Fri, 8-18h) on or after the given day.
    qint64 businessTime(qint64 t, int utcOffsetHours);
    // A price in EUR minor units in the currency, at time t (prices rise a few percent a year).
    qint64 price(qint64 eurMinor, const QString &currency, qint64 t) const;
    double eurRate(const QString &currency) const;

    Store &store;
    const GeneratorOptions options;
    const qint64 now;
    const qint64 windowStart; // orders are generated for the four years before now
    Rng rng;
    const NameCorpus names;
    const PhraseBook phrases;
    BulkWriter writer;

    QString localUserId;
    QList<UserRef> users;
    QList<QList<int>> repsByRegion; // user indexes per region
    QList<int> marketing, support;
    PipelineRef sales, renewals;
    std::vector<ProductRef> products;
    QList<QList<int>> productsByCategory;
    QStringList categories;
    QList<double> categoryWeights;
    std::vector<CampaignRef> campaigns;
    std::vector<ContactRef> contacts;
    std::vector<std::vector<int>> contactsByRegion;
    std::vector<std::vector<AccountRef>> accountsByRegion;
    qint64 orderNumber = 0;

    // One record per entity, reused row after row.
    BulkRecord user, tag, pipeline, stage, account, contact, campaign, opportunity, stageChange, kase, activity, campaignMember, product,
        order, orderLine;

private:
    RecordIdGenerator m_ids;
    qint64 m_idClock = 0;
};

} // namespace rapport::demo
