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

bool SearchQuery::exec(QSqlQuery &q)
{
    if (m_trace)
        m_trace->append({q.lastQuery(), q.boundValues()});
    return q.exec();
}

Result<QList<SearchHit>> SearchQuery::run(const QString &rawText, int limit)
{
    QList<SearchHit> hits;
    QSet<QString> seen;
    const QString text = rawText.simplified();
    if (text.isEmpty() || limit <= 0)
        return hits;

    auto collect = [&](QSqlQuery &q, int tier) -> Status {
        if (!exec(q))
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
        // Shortest terms first ("Li" before "Lindqvist"), alphabetically within
        // a length: one range of the (length(term), term) index per length,
        // from the text's own length up, until the page is full. Ordering the
        // whole prefix range by length instead read and sorted every term
        // starting with the text: 150 ms for "m" on 100k accounts.
        QSqlQuery &longest = m_store.prepared(QStringLiteral("SELECT max(length(term)) FROM search_terms"));
        if (!exec(longest) || !longest.next())
            return m_store.sqlError(longest, QStringLiteral("search"));
        const int maxLength = longest.value(0).toInt();
        longest.finish();
        QSqlQuery &q = m_store.prepared(
            QStringLiteral("SELECT d.entity, d.record_id, d.title FROM search_terms t JOIN search_docs d ON d.docid = t.docid "
                           "WHERE length(t.term) = ? AND t.term >= ? AND t.term < ?%1 ORDER BY t.term LIMIT ?")
                .arg(m_entity.isEmpty() ? QString() : QStringLiteral(" AND d.entity = ?")));
        for (int length = ucs4Length(folded); length <= maxLength && hits.size() < limit; ++length) {
            q.addBindValue(length);
            q.addBindValue(folded);
            q.addBindValue(prefixUpperBound(folded));
            if (!m_entity.isEmpty())
                q.addBindValue(m_entity);
            // A record has several terms (its name and each word of it) and
            // collect() skips records already found, so read past the page.
            q.addBindValue(limit + seen.size());
            if (Status s = collect(q, 0); !s)
                return s.error();
        }
    }

    // Trigram matching needs at least three characters of the query.
    auto ftsTier = [&](const QString &column, const QString &phrase, int tier) -> Status {
        if (hits.size() >= limit)
            return success();
        QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT d.entity, d.record_id, d.title FROM search_fts f JOIN search_docs d ON d.docid = f.rowid "
                                                       "WHERE search_fts MATCH ?%1 LIMIT ?")
                                            .arg(m_entity.isEmpty() ? QString() : QStringLiteral(" AND d.entity = ?")));
        q.addBindValue(QStringLiteral("{%1} : %2").arg(column, phrase));
        if (!m_entity.isEmpty())
            q.addBindValue(m_entity);
        // Each document once; collect() skips those already found (at most
        // hits.size() of them), so `limit` rows always fill the page.
        q.addBindValue(limit);
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
