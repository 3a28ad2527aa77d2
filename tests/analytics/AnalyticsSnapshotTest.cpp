// The analytics input kept between sessions: read back exactly as written,
// used only for the data it was made from, brought up to date from the
// journal like a loaded input, and a damaged file is an error, never a crash.
#include "analytics/AnalyticsInputLoader.h"
#include "analytics/AnalyticsSnapshot.h"
#include "analytics/LifetimeAnalysis.h"
#include "analytics/LifetimeFitCache.h"
#include "demo/DataGenerator.h"
#include "queries/QueryTestData.h"
#include "store/OrderRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace rapport;
using namespace rapport::analytics;
using namespace rapport::test;

namespace {

// A generated company: every kind of record the input holds.
struct DemoStore {
    TempStore ts;
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("input.analytics")); }

    DemoStore()
    {
        GeneratorOptions o;
        o.accounts = 60;
        o.seed = 7;
        const Status st = DataGenerator().run(*ts, o);
        EXPECT_TRUE(st.ok()) << (st.ok() ? std::string() : st.error().message.toStdString());
    }
    AnalyticsInput load()
    {
        const Result<AnalyticsInput> in = AnalyticsInputLoader::load(*ts);
        EXPECT_TRUE(in.ok()) << (in.ok() ? std::string() : in.error().message.toStdString());
        return in.ok() ? *in : AnalyticsInput();
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace

TEST(AnalyticsSnapshot, ReadsBackEveryFieldAndTheFit)
{
    DemoStore s;
    const AnalyticsInput in = s.load();
    // The demo data fills every part, so the comparison below compares something.
    ASSERT_FALSE(in.purchases.purchases.empty());
    ASSERT_FALSE(in.lines.empty());
    ASSERT_FALSE(in.activities.empty());
    ASSERT_FALSE(in.pipeline.moves.empty());
    ASSERT_FALSE(in.campaigns.members.empty());
    ASSERT_FALSE(in.service.cases.empty());

    const LifetimeAnalysis fitted = LifetimeAnalysis::compute(in.purchases, QDate(2026, 11, 1));
    ASSERT_TRUE(fitted.purchases.model.has_value());
    const SnapshotIdentity id = AnalyticsInputLoader::snapshotIdentity(*s.ts);
    ASSERT_TRUE(AnalyticsSnapshot::write(s.path(), id, in, &fitted).ok());

    const Result<SavedAnalytics> read = AnalyticsSnapshot::read(s.path(), id);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    AnalyticsInput back = read->input;
    back.loadId = in.loadId;
    EXPECT_TRUE(back == in);
    EXPECT_EQ(back.purchases.customers, in.purchases.customers);
    EXPECT_EQ(back.purchases.purchases, in.purchases.purchases);
    EXPECT_EQ(back.lines, in.lines);
    EXPECT_TRUE(back.activities == in.activities);
    EXPECT_EQ(back.pipeline.deals, in.pipeline.deals);
    EXPECT_EQ(back.campaigns.members, in.campaigns.members);
    EXPECT_EQ(back.service.cases, in.service.cases);
    EXPECT_EQ(back.journalSeq, in.journalSeq);

    ASSERT_TRUE(read->lifetime.has_value());
    const LifetimeAnalysis &kept = *read->lifetime;
    EXPECT_EQ(kept.summary.asOf(), QDate(2026, 11, 1));
    EXPECT_EQ(kept.purchases.model->parameters().r, fitted.purchases.model->parameters().r);
    EXPECT_EQ(kept.purchases.model->parameters().b, fitted.purchases.model->parameters().b);
    EXPECT_EQ(kept.spend.model->parameters().gamma, fitted.spend.model->parameters().gamma);
    EXPECT_EQ(kept.purchases.converged, fitted.purchases.converged);
    EXPECT_EQ(kept.purchases.logLikelihood, fitted.purchases.logLikelihood);
    ASSERT_EQ(kept.summary.customers().size(), fitted.summary.customers().size());
    ASSERT_EQ(kept.values.size(), fitted.values.size());
    for (size_t i = 0; i < kept.values.size(); ++i) {
        EXPECT_EQ(kept.summary.customers()[i].T, fitted.summary.customers()[i].T) << i;
        EXPECT_EQ(kept.values[i].customer, fitted.values[i].customer) << i;
        EXPECT_EQ(kept.values[i].lifetimeValue, fitted.values[i].lifetimeValue) << i;
        EXPECT_EQ(kept.values[i].probabilityAlive, fitted.values[i].probabilityAlive) << i;
    }
}

// A restored fit is what the cache hands out for its date, and new orders
// merged since re-value their customers exactly as a running session would.
TEST(AnalyticsSnapshot, ARestoredFitServesItsDateAndFollowsNewOrders)
{
    DemoStore s;
    AnalyticsInput in = s.load();
    const QDate asOf(2026, 11, 1);
    LifetimeFitCache running;
    const std::shared_ptr<const LifetimeAnalysis> fitted = running.get(in, asOf);
    ASSERT_TRUE(AnalyticsInputLoader::save(*s.ts, s.path(), in, running.saved(in).get()).ok());

    Result<SavedAnalytics> restored = AnalyticsInputLoader::restore(*s.ts, s.path());
    ASSERT_TRUE(restored.ok());
    AnalyticsInput next = restored->input;
    LifetimeFitCache session;
    LifetimeAnalysis kept = std::move(*restored.value().lifetime);
    ASSERT_GE(kept.values.size(), 2u);
    // Marked, so that a value computed again would show: the kept ones are served.
    const double marked = 12345.678;
    kept.values[1].lifetimeValue = marked;
    session.seed(next, std::move(kept));
    const std::shared_ptr<const LifetimeAnalysis> served = session.get(next, asOf);
    ASSERT_EQ(served->values.size(), fitted->values.size());
    EXPECT_EQ(served->values[1].lifetimeValue, marked) << "valued again instead of kept";
    for (size_t i = 2; i < served->values.size(); ++i)
        EXPECT_EQ(served->values[i].lifetimeValue, fitted->values[i].lifetimeValue) << i;

    // One more purchase for a customer: both sessions re-value alike.
    const int buyer = fitted->values.front().customer;
    AnalyticsDelta delta;
    delta.journalSeq = in.journalSeq + 1;
    delta.purchases.push_back({buyer, QDate(2026, 10, 30), 250.0, 100.0});
    AnalyticsInputLoader::apply(in, delta);
    AnalyticsInputLoader::apply(next, delta);
    const std::shared_ptr<const LifetimeAnalysis> a = running.get(in, asOf);
    const std::shared_ptr<const LifetimeAnalysis> b = session.get(next, asOf);
    ASSERT_EQ(a->values.size(), b->values.size());
    EXPECT_EQ(b->values[1].lifetimeValue, marked);  // unchanged customers keep their kept value
    for (size_t i = 0; i < a->values.size(); ++i) {
        if (i != 1) {
            EXPECT_EQ(a->values[i].lifetimeValue, b->values[i].lifetimeValue) << i;
        }
    }
    EXPECT_NE(a->values.front().lifetimeValue, fitted->values.front().lifetimeValue);
    EXPECT_EQ(b->values.front().lifetimeValue, a->values.front().lifetimeValue);  // the buyer valued again
    // Another date is a fit of its own, not the kept one.
    const std::shared_ptr<const LifetimeAnalysis> earlier = session.get(next, asOf.addDays(-30));
    EXPECT_EQ(earlier->summary.asOf(), asOf.addDays(-30));
    EXPECT_NE(earlier->values[1].lifetimeValue, marked);
}

TEST(AnalyticsSnapshot, IsUsedOnlyForTheDataItWasMadeFrom)
{
    DemoStore s;
    const AnalyticsInput in = s.load();
    ASSERT_TRUE(AnalyticsInputLoader::save(*s.ts, s.path(), in).ok());
    ASSERT_TRUE(AnalyticsInputLoader::restore(*s.ts, s.path()).ok());

    // Another time zone puts orders on other days.
    SnapshotIdentity elsewhere = AnalyticsInputLoader::snapshotIdentity(*s.ts);
    elsewhere.timeZone = elsewhere.timeZone == "Asia/Tokyo" ? QByteArray("Europe/Paris") : QByteArray("Asia/Tokyo");
    EXPECT_EQ(AnalyticsSnapshot::read(s.path(), elsewhere).error().kind, StoreError::Kind::Invalid);
    SnapshotIdentity newer = AnalyticsInputLoader::snapshotIdentity(*s.ts);
    newer.schemaVersion += 1;
    EXPECT_EQ(AnalyticsSnapshot::read(s.path(), newer).error().kind, StoreError::Kind::Invalid);

    // Saved after journal entries this file does not have (an older copy of
    // the file was put back): another history.
    AnalyticsInput ahead = in;
    ahead.journalSeq += 5;
    ASSERT_TRUE(AnalyticsInputLoader::save(*s.ts, s.path(), ahead).ok());
    EXPECT_FALSE(AnalyticsInputLoader::restore(*s.ts, s.path()).ok());

    // A bulk load writes no journal: it starts a new baseline.
    ASSERT_TRUE(AnalyticsInputLoader::save(*s.ts, s.path(), in).ok());
    ASSERT_TRUE(s.ts->begin());
    ASSERT_TRUE(s.ts->markNewBaseline());
    ASSERT_TRUE(s.ts->commit());
    const Result<SavedAnalytics> stale = AnalyticsInputLoader::restore(*s.ts, s.path());
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, StoreError::Kind::Invalid);

    // None saved.
    EXPECT_EQ(AnalyticsInputLoader::restore(*s.ts, s.dir.filePath(QStringLiteral("none"))).error().kind, StoreError::Kind::NotFound);
}

TEST(AnalyticsSnapshot, GeneratingDataStartsANewBaseline)
{
    TempStore ts;
    const QString before = ts->baselineId();
    GeneratorOptions o;
    o.accounts = 5;
    ASSERT_TRUE(DataGenerator().run(*ts, o).ok());
    EXPECT_NE(ts->baselineId(), before);
    EXPECT_FALSE(ts->baselineId().isEmpty());
}

TEST(AnalyticsSnapshot, RestoredAndBroughtUpToDateEqualsAFreshLoad)
{
    DemoStore s;
    const AnalyticsInput in = s.load();
    ASSERT_TRUE(AnalyticsInputLoader::save(*s.ts, s.path(), in).ok());

    // The next session: an order was recorded in between.
    Order o;
    o.accountId = in.purchases.customers[0].id;
    o.orderedAt = QDateTime(QDate(2026, 10, 20), QTime(10, 0)).toMSecsSinceEpoch();
    o.currency = in.currency;
    o.number = QStringLiteral("SO-SNAPSHOT");
    OrderLine l;
    l.productId = in.products[0].id;
    l.quantity = 2;
    l.unitPrice = 12345;
    o.lines << l;
    must(OrderRepository(*s.ts).create(o), "order");

    Result<SavedAnalytics> restored = AnalyticsInputLoader::restore(*s.ts, s.path());
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_NE(restored->input.loadId, in.loadId);  // caches key on it
    AnalyticsInput current = restored->input;
    const auto delta = AnalyticsInputLoader::changesSince(*s.ts, current);
    ASSERT_TRUE(delta.ok());
    ASSERT_TRUE(delta->has_value());
    EXPECT_EQ((*delta)->purchases.size(), 1u);
    AnalyticsInputLoader::apply(current, **delta);

    AnalyticsInput fresh = s.load();
    EXPECT_EQ(current.purchases.purchases, fresh.purchases.purchases);
    EXPECT_EQ(current.lines.size(), fresh.lines.size());
    EXPECT_EQ(current.journalSeq, fresh.journalSeq);
    EXPECT_EQ(current.purchases.customers, fresh.purchases.customers);
}

TEST(AnalyticsSnapshot, ADamagedFileIsAnErrorNeverACrash)
{
    DemoStore s;
    const AnalyticsInput in = s.load();
    const SnapshotIdentity id = AnalyticsInputLoader::snapshotIdentity(*s.ts);
    ASSERT_TRUE(AnalyticsSnapshot::write(s.path(), id, in).ok());
    const QByteArray good = readFile(s.path());
    ASSERT_GT(good.size(), 1000);

    // Cut anywhere: never read as good.
    const QString cut = s.dir.filePath(QStringLiteral("cut.analytics"));
    for (qsizetype n = 0; n < good.size(); n += std::max<qsizetype>(1, good.size() / 400)) {
        writeFile(cut, good.left(n));
        const Result<SavedAnalytics> r = AnalyticsSnapshot::read(cut, id);
        EXPECT_FALSE(r.ok()) << "cut at " << n;
    }
    writeFile(cut, good.left(good.size() - 1));
    EXPECT_EQ(AnalyticsSnapshot::read(cut, id).error().kind, StoreError::Kind::Corrupt);
    // Extra bytes at the end.
    writeFile(cut, good + QByteArray("x"));
    EXPECT_FALSE(AnalyticsSnapshot::read(cut, id).ok());

    // Bytes changed here and there: an error or an input whose indexes are
    // all in range (the decoder checks them); under the sanitizers any read
    // out of bounds fails the test.
    for (qsizetype at = 64; at < good.size(); at += good.size() / 97 + 1) {
        QByteArray bad = good;
        bad[at] = char(~bad[at]);
        writeFile(cut, bad);
        const Result<SavedAnalytics> r = AnalyticsSnapshot::read(cut, id);
        if (r.ok()) {
            for (const Purchase &p : r->input.purchases.purchases)
                ASSERT_LT(size_t(p.customer), r->input.purchases.customers.size());
        }
    }

    // The activity groups must lie one after another: an input whose groups
    // overlap is refused (a merge would shift offsets below zero).
    AnalyticsInput overlapping = in;
    ASSERT_GE(overlapping.activities.groups().size(), 2u);
    std::vector<ActivityDays::Group> groups = overlapping.activities.groups();
    groups[1].first = groups[0].first;
    overlapping.activities = ActivityDays::fromParts(overlapping.activities.kinds(), groups, overlapping.activities.days());
    ASSERT_TRUE(AnalyticsSnapshot::write(cut, id, overlapping).ok());
    EXPECT_EQ(AnalyticsSnapshot::read(cut, id).error().kind, StoreError::Kind::Corrupt);

    // Not a snapshot at all.
    writeFile(cut, QByteArray("SQLite format 3") + QByteArray(200, '\0'));
    EXPECT_EQ(AnalyticsSnapshot::read(cut, id).error().kind, StoreError::Kind::Invalid);
}
