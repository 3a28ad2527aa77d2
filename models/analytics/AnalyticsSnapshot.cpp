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
#include <utility>

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

    // The same calls as Decoder's, so that one description of the fields
    // (transfer() below) both writes and reads them.
    static constexpr bool Reading = false;
    void word(quint32 v) { pod<quint32>(v); }
    void flag(bool v) { small(v ? 1 : 0); }
    template <typename E>
    void choice(E v, E, E)
    {
        small(int(v));
    }
    template <typename T, typename Fields>
    void list(const std::vector<T> &items, size_t, Fields fields)
    {
        count(items.size());
        for (const T &item : items)
            fields(*this, item);
    }

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

    // Encoder's calls, reading into the fields.
    static constexpr bool Reading = true;
    void text(QString &v) { v = text(); }
    void small(int &v) { v = small(); }
    void integer(qint64 &v) { v = integer(); }
    void number(double &v) { v = number(); }
    void date(QDate &v) { v = date(); }
    void word(quint32 &v) { v = pod<quint32>(); }
    void flag(bool &v) { v = small() == 1; }
    template <typename E>
    void choice(E &v, E lowest, E highest)
    {
        const int n = small();
        if (n < int(lowest) || n > int(highest))
            fail();
        v = E(n);
    }
    // `count` elements, each at least `minimumSize` bytes in the file.
    template <typename T, typename Fields>
    void list(std::vector<T> &items, size_t minimumSize, Fields fields)
    {
        items.assign(count(minimumSize), T{});
        for (T &item : items) {
            if (m_failed) {
                items.clear();
                return;
            }
            fields(*this, item);
        }
    }

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

// Every field of the input, in file order, for writing (Encoder, a const
// input) and reading (Decoder) alike: the two can never disagree.
template <typename Io, typename Input>
void transfer(Io &x, Input &in)
{
    x.text(in.currency);
    x.small(in.ordersInOtherCurrencies);
    x.small(in.dealsInOtherCurrencies);
    x.small(in.campaignsInOtherCurrencies);

    x.list(in.purchases.customers, 20, [](auto &x, auto &c) {
        x.text(c.id);
        x.text(c.name);
        x.text(c.type);
        x.text(c.source);
        x.text(c.ownerId);
    });
    x.list(in.purchases.purchases, 28, [](auto &x, auto &p) {
        x.small(p.customer);
        x.date(p.day);
        x.number(p.revenue);
        x.number(p.cost);
    });
    x.list(in.products, 16, [](auto &x, auto &p) {
        x.text(p.id);
        x.text(p.code);
        x.text(p.name);
        x.text(p.category);
    });
    x.list(in.lines, 32, [](auto &x, auto &l) {
        x.small(l.customer);
        x.small(l.product);
        x.date(l.day);
        x.number(l.quantity);
        x.number(l.revenue);
    });

    // ActivityDays keeps its parts private: written from its accessors, read
    // into parts and assembled (consistent() checks their layout).
    auto activityParts = [&x](auto &kinds, auto &groups, auto &days) {
        x.list(kinds, 4, [](auto &x, auto &k) { x.text(k); });
        x.list(groups, 16, [](auto &x, auto &g) {
            x.small(g.customer);
            x.small(g.kind);
            x.word(g.first);
            x.word(g.size);
        });
        x.list(days, 4, [](auto &x, auto &day) { x.small(day); });
    };
    if constexpr (Io::Reading) {
        std::vector<QString> kinds;
        std::vector<ActivityDays::Group> groups;
        std::vector<qint32> days;
        activityParts(kinds, groups, days);
        in.activities = ActivityDays::fromParts(std::move(kinds), std::move(groups), std::move(days));
    } else {
        activityParts(in.activities.kinds(), in.activities.groups(), in.activities.days());
    }

    auto &p = in.pipeline;
    x.list(p.stages, 24, [](auto &x, auto &s) {
        x.text(s.id);
        x.text(s.pipelineId);
        x.text(s.name);
        x.small(s.position);
        x.small(s.probability);
        x.choice(s.kind, StageKind::Open, StageKind::Lost);
    });
    std::vector<std::pair<QString, QString>> names;
    if constexpr (!Io::Reading)
        for (auto it = p.pipelineNames.cbegin(); it != p.pipelineNames.cend(); ++it)
            names.emplace_back(it.key(), it.value());
    x.list(names, 8, [](auto &x, auto &n) {
        x.text(n.first);
        x.text(n.second);
    });
    if constexpr (Io::Reading)
        for (const auto &[id, name] : names)
            p.pipelineNames.insert(id, name);
    x.list(p.deals, 72, [](auto &x, auto &d) {
        x.text(d.id);
        x.text(d.name);
        x.small(d.customer);
        x.text(d.accountId);
        x.text(d.ownerId);
        x.text(d.pipelineId);
        x.text(d.stageId);
        x.text(d.campaignId);
        x.number(d.amount);
        x.small(d.probability);
        x.date(d.expectedClose);
        x.integer(d.createdAt);
        x.integer(d.closedAt);
        x.text(d.closeReason);
    });
    x.list(p.moves, 20, [](auto &x, auto &m) {
        x.small(m.deal);
        x.text(m.fromStageId);
        x.text(m.toStageId);
        x.integer(m.at);
    });

    auto &c = in.campaigns;
    x.list(c.campaigns, 52, [](auto &x, auto &i) {
        x.text(i.id);
        x.text(i.name);
        x.text(i.channel);
        x.text(i.status);
        x.text(i.ownerId);
        x.number(i.budget);
        x.number(i.actualCost);
        x.date(i.start);
        x.date(i.end);
    });
    x.list(c.members, 48, [](auto &x, auto &m) {
        x.small(m.campaign);
        x.text(m.contactId);
        x.small(m.customer);
        x.choice(m.status, MemberStatus::Targeted, MemberStatus::Converted);
        x.integer(m.targetedAt);
        x.integer(m.sentAt);
        x.integer(m.respondedAt);
        x.integer(m.convertedAt);
    });
    x.list(c.orders, 24, [](auto &x, auto &o) {
        x.small(o.campaign);
        x.small(o.customer);
        x.date(o.day);
        x.number(o.revenue);
    });

    x.list(in.service.cases, 60, [](auto &x, auto &s) {
        x.text(s.id);
        x.text(s.subject);
        x.small(s.customer);
        x.text(s.accountId);
        x.text(s.ownerId);
        x.text(s.assigneeId);
        x.text(s.priority);
        x.text(s.status);
        x.integer(s.openedAt);
        x.integer(s.dueAt);
        x.integer(s.resolvedAt);
        x.small(s.satisfaction);
    });
}

// A fit's outcome; `parameters` names the model's parameter fields.
template <typename Io, typename Fit, typename Parameters>
void transferFit(Io &x, Fit &fit, Parameters parameters)
{
    bool fitted = fit.model.has_value();
    x.flag(fitted);
    if (fitted) {
        std::decay_t<decltype(fit.model->parameters())> values{};
        if constexpr (!Io::Reading)
            values = fit.model->parameters();
        parameters(x, values);
        if constexpr (Io::Reading)
            fit.model.emplace(values);
    }
    x.number(fit.logLikelihood);
    x.small(fit.iterations);
    x.flag(fit.converged);
    x.text(fit.error);
}

// The lifetime models, every customer's summary and value.
template <typename Io, typename Lifetime>
void transferLifetime(Io &x, Lifetime &lifetime, QDate &asOf, int &excluded, auto &summarised)
{
    x.small(lifetime.settings.horizonWeeks);
    x.number(lifetime.settings.annualDiscountRate);
    transferFit(x, lifetime.purchases, [](auto &x, auto &q) {
        x.number(q.r);
        x.number(q.alpha);
        x.number(q.a);
        x.number(q.b);
    });
    transferFit(x, lifetime.spend, [](auto &x, auto &q) {
        x.number(q.p);
        x.number(q.q);
        x.number(q.gamma);
    });
    x.date(asOf);
    x.small(excluded);
    x.list(summarised, 44, [](auto &x, auto &c) {
        x.small(c.customer);
        x.date(c.firstPurchase);
        x.small(c.x);
        x.number(c.tx);
        x.number(c.T);
        x.number(c.meanRepeatSpend);
        x.small(c.spendCount);
    });
    x.list(lifetime.values, 48, [](auto &x, auto &v) {
        x.small(v.customer);
        x.number(v.expectedTransactions);
        x.number(v.expectedSpend);
        x.number(v.probabilityAlive);
        x.number(v.lifetimeValue);
        x.number(v.valueAtRisk);
        x.text(v.error);
    });
}

void encode(Encoder &e, const AnalyticsInput &in, const LifetimeAnalysis *lifetime)
{
    transfer(e, in);
    e.flag(lifetime != nullptr);
    if (lifetime) {
        QDate asOf = lifetime->summary.asOf();
        int excluded = lifetime->summary.excludedCustomers();
        transferLifetime(e, *lifetime, asOf, excluded, lifetime->summary.customers());
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
    transfer(d, in);
    bool kept = false;
    d.flag(kept);
    if (kept) {
        LifetimeAnalysis lifetime;
        QDate asOf;
        int excluded = 0;
        std::vector<CustomerRepeatPurchases> summarised;
        transferLifetime(d, lifetime, asOf, excluded, summarised);
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
