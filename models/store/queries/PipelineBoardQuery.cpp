#include "PipelineBoardQuery.h"

#include "store/Store.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace rapport {

namespace {

// WHERE terms on opportunities `o` shared by the totals and the cards, with
// their bound values in the order of the terms.
struct Conditions {
    QStringList terms;
    QVariantList binds;
};

// `closedTerm` is the condition that applies closedSince; it differs between
// the totals (only the won and lost stages of the join) and a closed column.
Conditions filterConditions(const BoardFilter &filter, const QString &closedTerm)
{
    Conditions c;
    c.terms << QStringLiteral("o.deleted_at IS NULL"); // also what lets opportunities_by_stage (a partial index) serve
    if (!filter.ownerId.isEmpty()) {
        c.terms << QStringLiteral("o.owner_id = ?");
        c.binds << filter.ownerId;
    }
    if (filter.closeMonth.isValid()) {
        // ISO dates compare as text: [first of the month, first of the next).
        const QDate first(filter.closeMonth.year(), filter.closeMonth.month(), 1);
        c.terms << QStringLiteral("o.expected_close >= ?") << QStringLiteral("o.expected_close < ?");
        c.binds << first.toString(Qt::ISODate) << first.addMonths(1).toString(Qt::ISODate);
    }
    if (filter.closedSince && !closedTerm.isEmpty()) {
        c.terms << closedTerm;
        c.binds << *filter.closedSince;
    }
    return c;
}

Conditions cardConditions(const Stage &stage, const BoardFilter &filter)
{
    Conditions c{{QStringLiteral("o.stage_id = ?")}, {stage.id}};
    const Conditions f = filterConditions(filter, stage.isClosed() ? QStringLiteral("o.closed_at >= ?") : QString());
    c.terms += f.terms;
    c.binds += f.binds;
    return c;
}

Conditions totalsConditions(const BoardFilter &filter)
{
    Conditions c{{QStringLiteral("s.pipeline_id = ?"), QStringLiteral("s.deleted_at IS NULL")}, {filter.pipelineId}};
    const Conditions f = filterConditions(filter, QStringLiteral("(s.kind = 'open' OR o.closed_at >= ?)"));
    c.terms += f.terms;
    c.binds += f.binds;
    return c;
}

// Rounds a sum of amount × percent to minor units (half up; amounts are never negative).
qint64 percentToMinor(qint64 sumOfAmountTimesPercent)
{
    return (sumOfAmountTimesPercent + 50) / 100;
}

} // namespace

QString PipelineBoardQuery::totalsSql(const BoardFilter &filter)
{
    return QStringLiteral("SELECT o.stage_id, o.currency, count(*), sum(o.amount), sum(o.amount * ifnull(o.probability, 0)) "
                          "FROM stages s JOIN opportunities o ON o.stage_id = s.id WHERE %1 GROUP BY o.stage_id, o.currency")
        .arg(totalsConditions(filter).terms.join(QStringLiteral(" AND ")));
}

Result<QHash<QString, StageTotals>> PipelineBoardQuery::stageTotals(const BoardFilter &filter)
{
    QSqlQuery &q = m_store.prepared(totalsSql(filter));
    for (const QVariant &b : totalsConditions(filter).binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("sum the pipeline's stages"));
    QHash<QString, StageTotals> out;
    while (q.next()) {
        StageTotals &t = out[q.value(0).toString()];
        const qint64 count = q.value(2).toLongLong();
        t.count += count;
        // Deals without an amount have no currency: counted, not summed.
        if (q.value(1).isNull() || q.value(3).isNull())
            continue;
        t.currencies << CurrencyTotal{q.value(1).toString(), count, q.value(3).toLongLong(), percentToMinor(q.value(4).toLongLong())};
    }
    q.finish();
    for (StageTotals &t : out)
        std::sort(t.currencies.begin(), t.currencies.end(), [](const CurrencyTotal &a, const CurrencyTotal &b) { return a.currency < b.currency; });
    return out;
}

QString PipelineBoardQuery::cardsSql(const Stage &stage, const BoardFilter &filter, bool undated, bool hasAfter)
{
    // Open stages: soonest close first. Won and lost: latest first.
    const bool latestFirst = stage.isClosed();
    const QString dir = latestFirst ? QStringLiteral(" DESC") : QString();
    const QString after = latestFirst ? QStringLiteral("<") : QStringLiteral(">");
    QStringList where = cardConditions(stage, filter).terms;
    QString order;
    if (undated) {
        // Ids are UUIDv7, so by id is by creation time.
        where << QStringLiteral("o.expected_close IS NULL");
        if (hasAfter)
            where << QStringLiteral("o.id %1 ?").arg(after);
        order = QStringLiteral("o.id") + dir;
    } else {
        // The row value comparison is NULL for undated rows: they never match.
        where << (hasAfter ? QStringLiteral("(o.expected_close, o.id) %1 (?, ?)").arg(after) : QStringLiteral("o.expected_close IS NOT NULL"));
        order = QStringLiteral("o.expected_close%1, o.id%1").arg(dir);
    }
    return QStringLiteral("SELECT o.id, o.name, o.account_id, a.name, o.amount, o.currency, o.probability, o.expected_close, o.owner_id, "
                          "ifnull(u.display_name, u.name), o.closed_at, o.close_reason "
                          "FROM opportunities o LEFT JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
                          "LEFT JOIN users u ON u.id = o.owner_id WHERE %1 ORDER BY %2 LIMIT ?")
        .arg(where.join(QStringLiteral(" AND ")), order);
}

Result<QList<BoardCard>> PipelineBoardQuery::readCards(const Stage &stage, const BoardFilter &filter, bool undated, const CardCursor &after,
                                                       int limit)
{
    QList<BoardCard> out;
    if (limit <= 0)
        return out;
    // An empty id means "from the top of this part".
    const bool hasAfter = !after.id.isEmpty() && after.undated == undated;
    QSqlQuery &q = m_store.prepared(cardsSql(stage, filter, undated, hasAfter));
    for (const QVariant &b : cardConditions(stage, filter).binds)
        q.addBindValue(b);
    if (hasAfter && !undated)
        q.addBindValue(after.expectedClose);
    if (hasAfter)
        q.addBindValue(after.id);
    q.addBindValue(limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the cards of a pipeline stage"));
    while (q.next()) {
        BoardCard c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.accountId = q.value(2).toString();
        c.accountName = q.value(3).toString();
        if (!q.value(4).isNull())
            c.amount = Money{q.value(4).toLongLong(), q.value(5).toString()};
        if (!q.value(6).isNull())
            c.probability = q.value(6).toInt();
        c.expectedClose = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.ownerId = q.value(8).toString();
        c.ownerName = q.value(9).toString();
        if (!q.value(10).isNull())
            c.closedAt = q.value(10).toLongLong();
        c.closeReason = q.value(11).toString();
        out << c;
    }
    q.finish();
    return out;
}

Result<CardPage> PipelineBoardQuery::cards(const Stage &stage, const BoardFilter &filter, const std::optional<CardCursor> &after, int limit)
{
    CardPage page;
    if (limit <= 0)
        return page;
    const CardCursor from = after.value_or(CardCursor{});
    // One more than asked tells whether there is a next page without a count.
    QList<BoardCard> read;
    if (!from.undated) {
        Result<QList<BoardCard>> dated = readCards(stage, filter, false, from, limit + 1);
        if (!dated)
            return dated.error();
        read = *dated;
    }
    if (read.size() <= limit) {
        const CardCursor undatedFrom = from.undated ? from : CardCursor{true, {}, {}};
        Result<QList<BoardCard>> undated = readCards(stage, filter, true, undatedFrom, limit + 1 - int(read.size()));
        if (!undated)
            return undated.error();
        read += *undated;
    }
    if (read.size() > limit) {
        read.resize(limit);
        const BoardCard &last = read.last();
        page.next = last.expectedClose.isValid() ? CardCursor{false, last.expectedClose.toString(Qt::ISODate), last.id}
                                                 : CardCursor{true, {}, last.id};
    }
    page.cards = read;
    return page;
}

} // namespace rapport
