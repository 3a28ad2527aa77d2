#include "SearchQuery.h"

#include "Store.h"
#include "domain/PersonName.h"
#include "domain/PhoneDigits.h"

#include <QRegularExpression>
#include <QSet>

namespace rapport {

namespace {

// FTS5 string literal: double quotes doubled. The whole text is one phrase,
// so operators typed by the user (AND, *, :) are just characters.
QString ftsPhrase(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Smallest string greater than every string that starts with `prefix`.
QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+0-9()\\-./\\s]+$"));
    return re.match(text).hasMatch() && phoneDigits(text).size() >= 3;
}

int ucs4Length(const QString &s)
{
    return int(s.toUcs4().size());
}

} // namespace

Result<QList<SearchHit>> SearchQuery::run(const QString &rawText, int limit)
{
    QList<SearchHit> hits;
    QSet<QString> seen;
    const QString text = rawText.simplified();
    if (text.isEmpty() || limit <= 0)
        return hits;

    auto collect = [&](QSqlQuery &q, int tier) -> Status {
        if (!q.exec())
            return m_store.sqlError(q, QStringLiteral("search"));
        while (q.next() && hits.size() < limit) {
            const QString id = q.value(1).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            hits << SearchHit{q.value(0).toString(), id, q.value(2).toString(), tier};
        }
        q.finish();
        return success();
    };

    // Tier 0: name words starting with the text.
    const QString folded = foldForSort(text);
    if (!folded.isEmpty()) {
        QSqlQuery &q = m_store.prepared(QStringLiteral(
            // Sort and cut the (covering) index range first and join only the
            // rows kept: joining every matching term before sorting made "m"
            // cost ~0.5 s on 100k accounts (docs/performance.md).
            "SELECT d.entity, d.record_id, d.title FROM (SELECT term, docid FROM search_terms WHERE term >= ? AND term < ? "
            "ORDER BY length(term), term LIMIT ?) t JOIN search_docs d ON d.docid = t.docid ORDER BY length(t.term), t.term"));
        q.addBindValue(folded);
        q.addBindValue(prefixUpperBound(folded));
        q.addBindValue(limit * 2);
        if (Status s = collect(q, 0); !s)
            return s.error();
    }

    // Trigram matching needs at least three characters of the query.
    auto ftsTier = [&](const QString &column, const QString &phrase, int tier) -> Status {
        if (hits.size() >= limit)
            return success();
        QSqlQuery &q = m_store.prepared(QStringLiteral(
            "SELECT d.entity, d.record_id, d.title FROM search_fts f JOIN search_docs d ON d.docid = f.rowid "
            "WHERE search_fts MATCH ? LIMIT ?"));
        q.addBindValue(QStringLiteral("{%1} : %2").arg(column, phrase));
        q.addBindValue(limit - hits.size() + seen.size());
        return collect(q, tier);
    };
    if (ucs4Length(text) >= 3) {
        const QString phrase = ftsPhrase(text);
        if (Status s = ftsTier(QStringLiteral("name"), phrase, 1); !s)
            return s.error();
        if (Status s = ftsTier(QStringLiteral("keys"), phrase, 2); !s)
            return s.error();
        if (looksLikePhone(text)) {
            const QString digits = phoneDigits(text);
            if (digits != text)
                if (Status s = ftsTier(QStringLiteral("keys"), ftsPhrase(digits), 2); !s)
                    return s.error();
        }
        if (Status s = ftsTier(QStringLiteral("notes"), phrase, 3); !s)
            return s.error();
    } else if (looksLikePhone(text)) {
        // e.g. "+8" has only one digit: nothing to find by digits yet.
    }
    return hits;
}

} // namespace rapport
