#include "AnalyticsSnapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <limits>
#include <type_traits>

namespace rapport::analytics {

namespace {

// Bump when anything below changes: an older file is then simply not used.
constexpr quint32 FormatVersion = 3;
constexpr char Magic[8] = {'R', 'A', 'P', 'P', 'A', 'N', 'A', '1'};
constexpr quint32 ByteOrderMark = 0x01020304;
constexpr qint64 NoDate = std::numeric_limits<qint64>::min();

// Fields one after another in host byte order; strings as indexes into one
// table of distinct strings (an account's owner id or a stage id repeats
// thousands of times, and a shared QString costs a reference, not a copy).
class Encoder
{
public:
    template <typename T>
    void pod(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_body.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void integer(qint64 v) { pod<qint64>(v); }
    void number(double v) { pod<double>(v); }
    void small(int v) { pod<qint32>(qint32(v)); }
    void date(QDate d) { pod<qint64>(d.isValid() ? d.toJulianDay() : NoDate); }
    void text(const QString &s)
    {
        auto it = m_ids.constFind(s);
        if (it == m_ids.constEnd()) {
            it = m_ids.insert(s, quint32(m_strings.size()));
            m_strings.push_back(s);
        }
        pod<quint32>(*it);
    }
    void count(size_t n) { pod<quint64>(quint64(n)); }

    const QByteArray &body() const { return m_body; }
    const std::vector<QString> &strings() const { return m_strings; }

private:
    QByteArray m_body;
    QHash<QString, quint32> m_ids;
    std::vector<QString> m_strings;
};

// Reads what Encoder wrote; any read past the end, or a string index out of
// the table, sets failed() and returns zeros from then on.
class Decoder
{
public:
    Decoder(const char *data, qint64 size) : m_at(data), m_end(data + size) {}

    template <typename T>
    T pod()
    {
        T value{};
        if (m_failed || m_end - m_at < qint64(sizeof value)) {
            m_failed = true;
            return value;
        }
        std::memcpy(&value, m_at, sizeof value);
        m_at += sizeof value;
        return value;
    }
    qint64 integer() { return pod<qint64>(); }
    double number() { return pod<double>(); }
    int small() { return pod<qint32>(); }
    QDate date()
    {
        const qint64 jd = pod<qint64>();
        return jd == NoDate ? QDate() : QDate::fromJulianDay(jd);
    }
    QString text()
    {
        const quint32 id = pod<quint32>();
        if (id >= m_strings.size()) {
            m_failed = true;
            return {};
        }
        return m_strings[id];
    }
    // A count of elements of at least `minimumSize` bytes each: one larger
    // than the rest of the file could hold is damage, not a huge allocation.
    size_t count(size_t minimumSize)
    {
        const quint64 n = pod<quint64>();
        if (m_failed || n > quint64(m_end - m_at) / std::max<size_t>(minimumSize, 1)) {
            m_failed = true;
            return 0;
        }
        return size_t(n);
    }
    QString inlineText()
    {
        const size_t n = count(sizeof(char16_t));
        if (m_failed)
            return {};
        QString s(reinterpret_cast<const QChar *>(m_at), qsizetype(n));
        m_at += n * sizeof(char16_t);
        return s;
    }
    void readStrings()
    {
        const size_t n = count(sizeof(quint64));
        m_strings.reserve(n);
        for (size_t i = 0; i < n && !m_failed; ++i)
            m_strings.push_back(inlineText());
    }
    void fail() { m_failed = true; }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }

private:
    const char *m_at;
    const char *m_end;
    bool m_failed = false;
    std::vector<QString> m_strings;
};

void writeInlineText(QByteArray &out, const QString &s)
{
    const quint64 n = quint64(s.size());
    out.append(reinterpret_cast<const char *>(&n), sizeof n);
    out.append(reinterpret_cast<const char *>(s.utf16()), qsizetype(n * sizeof(char16_t)));
}

template <typename T, typename Write>
void writeAll(Encoder &e, const std::vector<T> &items, Write write)
{
    e.count(items.size());
    for (const T &item : items)
        write(item);
}

// Reads `count` elements, each at least `minimumSize` bytes in the file.
template <typename T, typename Read>
std::vector<T> readAll(Decoder &d, size_t minimumSize, Read read)
{
    std::vector<T> items(d.count(minimumSize));
    for (T &item : items) {
        if (d.failed())
            return {};
        item = read();
    }
    return items;
}

template <typename Model>
void writeFit(Encoder &e, const ModelFit<Model> &fit, auto writeParameters)
{
    e.small(fit.model ? 1 : 0);
    if (fit.model)
        writeParameters(fit.model->parameters());
    e.number(fit.logLikelihood);
    e.small(fit.iterations);
    e.small(fit.converged ? 1 : 0);
    e.text(fit.error);
}

template <typename Model, typename Parameters>
ModelFit<Model> readFit(Decoder &d, auto readParameters)
{
    ModelFit<Model> fit;
    if (d.small() == 1) {
        const Parameters p = readParameters();
        fit.model.emplace(p);
    }
    fit.logLikelihood = d.number();
    fit.iterations = d.small();
    fit.converged = d.small() == 1;
    fit.error = d.text();
    return fit;
}

void encode(Encoder &e, const AnalyticsInput &in, const LifetimeAnalysis *lifetime)
{
    e.text(in.currency);
    e.small(in.ordersInOtherCurrencies);
    e.small(in.dealsInOtherCurrencies);
    e.small(in.campaignsInOtherCurrencies);

    writeAll(e, in.purchases.customers, [&](const Customer &c) {
        e.text(c.id);
        e.text(c.name);
        e.text(c.type);
        e.text(c.source);
        e.text(c.ownerId);
    });
    writeAll(e, in.purchases.purchases, [&](const Purchase &p) {
        e.small(p.customer);
        e.date(p.day);
        e.number(p.revenue);
        e.number(p.cost);
    });
    writeAll(e, in.products, [&](const ProductInfo &p) {
        e.text(p.id);
        e.text(p.code);
        e.text(p.name);
        e.text(p.category);
    });
    writeAll(e, in.lines, [&](const PurchasedLine &l) {
        e.small(l.customer);
        e.small(l.product);
        e.date(l.day);
        e.number(l.quantity);
        e.number(l.revenue);
    });
    writeAll(e, in.activities.kinds(), [&](const QString &k) { e.text(k); });
    writeAll(e, in.activities.groups(), [&](const ActivityDays::Group &g) {
        e.small(g.customer);
        e.small(g.kind);
        e.pod<quint32>(g.first);
        e.pod<quint32>(g.size);
    });
    e.count(in.activities.days().size());
    for (const qint32 day : in.activities.days())
        e.pod<qint32>(day);

    const PipelineRecords &p = in.pipeline;
    writeAll(e, p.stages, [&](const PipelineStageInfo &s) {
        e.text(s.id);
        e.text(s.pipelineId);
        e.text(s.name);
        e.small(s.position);
        e.small(s.probability);
        e.small(int(s.kind));
    });
    e.count(size_t(p.pipelineNames.size()));
    for (auto it = p.pipelineNames.cbegin(); it != p.pipelineNames.cend(); ++it) {
        e.text(it.key());
        e.text(it.value());
    }
    writeAll(e, p.deals, [&](const Deal &d) {
        e.text(d.id);
        e.text(d.name);
        e.small(d.customer);
        e.text(d.accountId);
        e.text(d.ownerId);
        e.text(d.pipelineId);
        e.text(d.stageId);
        e.text(d.campaignId);
        e.number(d.amount);
        e.small(d.probability);
        e.date(d.expectedClose);
        e.integer(d.createdAt);
        e.integer(d.closedAt);
        e.text(d.closeReason);
    });
    writeAll(e, p.moves, [&](const DealStageMove &m) {
        e.small(m.deal);
        e.text(m.fromStageId);
        e.text(m.toStageId);
        e.integer(m.at);
    });

    const CampaignRecords &c = in.campaigns;
    writeAll(e, c.campaigns, [&](const CampaignInfo &i) {
        e.text(i.id);
        e.text(i.name);
        e.text(i.channel);
        e.text(i.status);
        e.text(i.ownerId);
        e.number(i.budget);
        e.number(i.actualCost);
        e.date(i.start);
        e.date(i.end);
    });
    writeAll(e, c.members, [&](const CampaignMemberInfo &m) {
        e.small(m.campaign);
        e.text(m.contactId);
        e.small(m.customer);
        e.small(int(m.status));
        e.integer(m.targetedAt);
        e.integer(m.sentAt);
        e.integer(m.respondedAt);
        e.integer(m.convertedAt);
    });
    writeAll(e, c.orders, [&](const CampaignOrder &o) {
        e.small(o.campaign);
        e.small(o.customer);
        e.date(o.day);
        e.number(o.revenue);
    });

    writeAll(e, in.service.cases, [&](const ServiceCase &s) {
        e.text(s.id);
        e.text(s.subject);
        e.small(s.customer);
        e.text(s.accountId);
        e.text(s.ownerId);
        e.text(s.assigneeId);
        e.text(s.priority);
        e.text(s.status);
        e.integer(s.openedAt);
        e.integer(s.dueAt);
        e.integer(s.resolvedAt);
        e.small(s.satisfaction);
    });

    e.small(lifetime ? 1 : 0);
    if (lifetime) {
        e.small(lifetime->settings.horizonWeeks);
        e.number(lifetime->settings.annualDiscountRate);
        writeFit(e, lifetime->purchases, [&](const BgNbdParameters &q) {
            e.number(q.r);
            e.number(q.alpha);
            e.number(q.a);
            e.number(q.b);
        });
        writeFit(e, lifetime->spend, [&](const GammaGammaParameters &q) {
            e.number(q.p);
            e.number(q.q);
            e.number(q.gamma);
        });
        const RepeatPurchaseSummary &summary = lifetime->summary;
        e.date(summary.asOf());
        e.small(summary.excludedCustomers());
        writeAll(e, summary.customers(), [&](const CustomerRepeatPurchases &c) {
            e.small(c.customer);
            e.date(c.firstPurchase);
            e.small(c.x);
            e.number(c.tx);
            e.number(c.T);
            e.number(c.meanRepeatSpend);
            e.small(c.spendCount);
        });
        writeAll(e, lifetime->values, [&](const CustomerLifetime &v) {
            e.small(v.customer);
            e.number(v.expectedTransactions);
            e.number(v.expectedSpend);
            e.number(v.probabilityAlive);
            e.number(v.lifetimeValue);
            e.number(v.valueAtRisk);
            e.text(v.error);
        });
    }
}

// Everything another part of the program indexes with is in range, and what
// it expects sorted is sorted: otherwise the file is damaged.
bool consistent(const AnalyticsInput &in)
{
    const int customers = int(in.purchases.customers.size());
    const auto customer = [customers](int c) { return c >= 0 && c < customers; };
    const auto customerOrNone = [customers](int c) { return c >= -1 && c < customers; };
    const auto &buys = in.purchases.purchases;
    for (size_t i = 0; i < buys.size(); ++i) {
        if (!customer(buys[i].customer) || !buys[i].day.isValid())
            return false;
        if (i > 0 && (buys[i - 1].customer > buys[i].customer || (buys[i - 1].customer == buys[i].customer && buys[i - 1].day > buys[i].day)))
            return false;
    }
    for (const PurchasedLine &l : in.lines)
        if (!customer(l.customer) || l.product < 0 || l.product >= int(in.products.size()) || !l.day.isValid())
            return false;
    // Groups one after another in days(), in customer order, each group's
    // days ascending: what counts() searches and adjust() shifts rely on.
    const ActivityDays &a = in.activities;
    quint64 next = 0;
    int lastCustomer = -1;
    for (const ActivityDays::Group &g : a.groups()) {
        if (!customer(g.customer) || g.customer < lastCustomer || g.kind < 0 || g.kind >= int(a.kinds().size()) || g.first != next
            || next + g.size > a.days().size())
            return false;
        if (!std::is_sorted(a.days().begin() + g.first, a.days().begin() + g.first + g.size))
            return false;
        lastCustomer = g.customer;
        next += g.size;
    }
    if (next != a.days().size())
        return false;
    const int deals = int(in.pipeline.deals.size());
    for (const Deal &d : in.pipeline.deals)
        if (!customerOrNone(d.customer))
            return false;
    const auto &moves = in.pipeline.moves;
    for (size_t i = 0; i < moves.size(); ++i) {
        if (moves[i].deal < 0 || moves[i].deal >= deals)
            return false;
        if (i > 0 && (moves[i - 1].deal > moves[i].deal || (moves[i - 1].deal == moves[i].deal && moves[i - 1].at > moves[i].at)))
            return false;
    }
    const int campaigns = int(in.campaigns.campaigns.size());
    for (const CampaignMemberInfo &m : in.campaigns.members)
        if (m.campaign < 0 || m.campaign >= campaigns || !customerOrNone(m.customer))
            return false;
    for (const CampaignOrder &o : in.campaigns.orders)
        if (o.campaign < 0 || o.campaign >= campaigns || !customer(o.customer) || !o.day.isValid())
            return false;
    for (const ServiceCase &s : in.service.cases)
        if (!customerOrNone(s.customer))
            return false;
    return true;
}

std::optional<SavedAnalytics> decode(Decoder &d)
{
    SavedAnalytics saved;
    AnalyticsInput &in = saved.input;
    in.currency = d.text();
    in.ordersInOtherCurrencies = d.small();
    in.dealsInOtherCurrencies = d.small();
    in.campaignsInOtherCurrencies = d.small();

    in.purchases.customers = readAll<Customer>(d, 20, [&] {
        Customer c;
        c.id = d.text();
        c.name = d.text();
        c.type = d.text();
        c.source = d.text();
        c.ownerId = d.text();
        return c;
    });
    in.purchases.purchases = readAll<Purchase>(d, 28, [&] {
        Purchase p;
        p.customer = d.small();
        p.day = d.date();
        p.revenue = d.number();
        p.cost = d.number();
        return p;
    });
    in.products = readAll<ProductInfo>(d, 16, [&] { return ProductInfo{d.text(), d.text(), d.text(), d.text()}; });
    in.lines = readAll<PurchasedLine>(d, 32, [&] {
        PurchasedLine l;
        l.customer = d.small();
        l.product = d.small();
        l.day = d.date();
        l.quantity = d.number();
        l.revenue = d.number();
        return l;
    });
    std::vector<QString> kinds = readAll<QString>(d, 4, [&] { return d.text(); });
    std::vector<ActivityDays::Group> groups = readAll<ActivityDays::Group>(d, 16, [&] {
        ActivityDays::Group g;
        g.customer = d.small();
        g.kind = d.small();
        g.first = d.pod<quint32>();
        g.size = d.pod<quint32>();
        return g;
    });
    std::vector<qint32> days = readAll<qint32>(d, 4, [&] { return d.pod<qint32>(); });
    in.activities = ActivityDays::fromParts(std::move(kinds), std::move(groups), std::move(days));

    PipelineRecords &p = in.pipeline;
    p.stages = readAll<PipelineStageInfo>(d, 24, [&] {
        PipelineStageInfo s;
        s.id = d.text();
        s.pipelineId = d.text();
        s.name = d.text();
        s.position = d.small();
        s.probability = d.small();
        const int kind = d.small();
        if (kind < int(StageKind::Open) || kind > int(StageKind::Lost))
            d.fail();
        s.kind = StageKind(kind);
        return s;
    });
    const size_t names = d.count(8);
    for (size_t i = 0; i < names && !d.failed(); ++i) {
        const QString id = d.text();
        p.pipelineNames.insert(id, d.text());
    }
    p.deals = readAll<Deal>(d, 72, [&] {
        Deal x;
        x.id = d.text();
        x.name = d.text();
        x.customer = d.small();
        x.accountId = d.text();
        x.ownerId = d.text();
        x.pipelineId = d.text();
        x.stageId = d.text();
        x.campaignId = d.text();
        x.amount = d.number();
        x.probability = d.small();
        x.expectedClose = d.date();
        x.createdAt = d.integer();
        x.closedAt = d.integer();
        x.closeReason = d.text();
        return x;
    });
    p.moves = readAll<DealStageMove>(d, 20, [&] {
        DealStageMove m;
        m.deal = d.small();
        m.fromStageId = d.text();
        m.toStageId = d.text();
        m.at = d.integer();
        return m;
    });

    CampaignRecords &c = in.campaigns;
    c.campaigns = readAll<CampaignInfo>(d, 52, [&] {
        CampaignInfo i;
        i.id = d.text();
        i.name = d.text();
        i.channel = d.text();
        i.status = d.text();
        i.ownerId = d.text();
        i.budget = d.number();
        i.actualCost = d.number();
        i.start = d.date();
        i.end = d.date();
        return i;
    });
    c.members = readAll<CampaignMemberInfo>(d, 48, [&] {
        CampaignMemberInfo m;
        m.campaign = d.small();
        m.contactId = d.text();
        m.customer = d.small();
        const int status = d.small();
        if (status < int(MemberStatus::Targeted) || status > int(MemberStatus::Converted))
            d.fail();
        m.status = MemberStatus(status);
        m.targetedAt = d.integer();
        m.sentAt = d.integer();
        m.respondedAt = d.integer();
        m.convertedAt = d.integer();
        return m;
    });
    c.orders = readAll<CampaignOrder>(d, 24, [&] {
        CampaignOrder o;
        o.campaign = d.small();
        o.customer = d.small();
        o.day = d.date();
        o.revenue = d.number();
        return o;
    });

    in.service.cases = readAll<ServiceCase>(d, 60, [&] {
        ServiceCase s;
        s.id = d.text();
        s.subject = d.text();
        s.customer = d.small();
        s.accountId = d.text();
        s.ownerId = d.text();
        s.assigneeId = d.text();
        s.priority = d.text();
        s.status = d.text();
        s.openedAt = d.integer();
        s.dueAt = d.integer();
        s.resolvedAt = d.integer();
        s.satisfaction = d.small();
        return s;
    });

    if (d.small() == 1) {
        LifetimeAnalysis lifetime;
        lifetime.settings.horizonWeeks = d.small();
        lifetime.settings.annualDiscountRate = d.number();
        lifetime.purchases = readFit<BgNbdModel, BgNbdParameters>(d, [&] {
            BgNbdParameters q;
            q.r = d.number();
            q.alpha = d.number();
            q.a = d.number();
            q.b = d.number();
            return q;
        });
        lifetime.spend = readFit<GammaGammaModel, GammaGammaParameters>(d, [&] {
            GammaGammaParameters q;
            q.p = d.number();
            q.q = d.number();
            q.gamma = d.number();
            return q;
        });
        const QDate asOf = d.date();
        const int excluded = d.small();
        std::vector<CustomerRepeatPurchases> summarised = readAll<CustomerRepeatPurchases>(d, 44, [&] {
            CustomerRepeatPurchases c;
            c.customer = d.small();
            c.firstPurchase = d.date();
            c.x = d.small();
            c.tx = d.number();
            c.T = d.number();
            c.meanRepeatSpend = d.number();
            c.spendCount = d.small();
            return c;
        });
        lifetime.values = readAll<CustomerLifetime>(d, 48, [&] {
            CustomerLifetime v;
            v.customer = d.small();
            v.expectedTransactions = d.number();
            v.expectedSpend = d.number();
            v.probabilityAlive = d.number();
            v.lifetimeValue = d.number();
            v.valueAtRisk = d.number();
            v.error = d.text();
            return v;
        });
        // One value per summarised customer, in the same order, each a customer of the input.
        const size_t customers = in.purchases.customers.size();
        if (!asOf.isValid() || (!lifetime.values.empty() && lifetime.values.size() != summarised.size()))
            d.fail();
        for (size_t i = 0; i < summarised.size() && !d.failed(); ++i)
            if (size_t(summarised[i].customer) >= customers || (!lifetime.values.empty() && lifetime.values[i].customer != summarised[i].customer))
                d.fail();
        lifetime.summary = RepeatPurchaseSummary::fromParts(asOf, std::move(summarised), excluded);
        saved.lifetime = std::move(lifetime);
    }
    if (d.failed() || !d.atEnd() || !consistent(in))
        return std::nullopt;
    return saved;
}

StoreError corrupt(const QString &path)
{
    return StoreError::make(StoreError::Kind::Corrupt, QObject::tr("The saved analytics in %1 are damaged.").arg(QFileInfo(path).fileName()));
}

} // namespace

Status AnalyticsSnapshot::write(const QString &path, const SnapshotIdentity &identity, const AnalyticsInput &input,
                                const LifetimeAnalysis *lifetime)
{
    Encoder e;
    encode(e, input, lifetime);

    QByteArray head;
    head.append(Magic, sizeof Magic);
    head.append(reinterpret_cast<const char *>(&FormatVersion), sizeof FormatVersion);
    head.append(reinterpret_cast<const char *>(&ByteOrderMark), sizeof ByteOrderMark);
    writeInlineText(head, identity.replicaId);
    writeInlineText(head, identity.baselineId);
    writeInlineText(head, QString::number(identity.schemaVersion));
    writeInlineText(head, QString::fromUtf8(identity.timeZone));
    writeInlineText(head, QString::number(identity.inputVersion));
    for (const qint64 v : {input.journalSeq, input.journalAt})
        head.append(reinterpret_cast<const char *>(&v), sizeof v);
    const quint64 strings = e.strings().size();
    head.append(reinterpret_cast<const char *>(&strings), sizeof strings);
    for (const QString &s : e.strings())
        writeInlineText(head, s);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size() || file.write(e.body()) != e.body().size() || !file.commit())
        return StoreError::make(StoreError::Kind::Unwritable,
                                QObject::tr("Cannot save the analytics to %1: %2").arg(path, file.errorString()));
    return success();
}

Result<SavedAnalytics> AnalyticsSnapshot::read(const QString &path, const SnapshotIdentity &identity)
{
    QFile file(path);
    if (!file.exists())
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("No saved analytics."));
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Mapped, not read: the pages come in as the decoder reaches them.
    QByteArray copy;
    const char *data = nullptr;
    const qint64 size = file.size();
    if (uchar *mapped = file.map(0, size))
        data = reinterpret_cast<const char *>(mapped);
    else {
        copy = file.readAll();
        data = copy.constData();
    }
    Decoder d(data, size);
    char magic[sizeof Magic] = {};
    for (char &m : magic)
        m = d.pod<char>();
    if (d.failed() || std::memcmp(magic, Magic, sizeof Magic) != 0 || d.pod<quint32>() != FormatVersion || d.pod<quint32>() != ByteOrderMark)
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("The saved analytics are of another version."));
    SnapshotIdentity saved;
    saved.replicaId = d.inlineText();
    saved.baselineId = d.inlineText();
    saved.schemaVersion = d.inlineText().toInt();
    saved.timeZone = d.inlineText().toUtf8();
    saved.inputVersion = d.inlineText().toInt();
    if (d.failed())
        return corrupt(path);
    if (!(saved == identity))
        return StoreError::make(StoreError::Kind::Invalid, QObject::tr("The saved analytics are of other data or another time zone."));
    const qint64 seq = d.integer();
    const qint64 at = d.integer();
    if (seq < 0)
        d.fail();
    d.readStrings();
    if (d.failed())
        return corrupt(path);
    std::optional<SavedAnalytics> decoded = decode(d);
    if (!decoded)
        return corrupt(path);
    decoded->input.journalSeq = seq;
    decoded->input.journalAt = at;
    decoded->input.baselineId = saved.baselineId;
    return std::move(*decoded);
}

} // namespace rapport::analytics
