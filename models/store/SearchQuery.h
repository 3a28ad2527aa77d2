#pragma once
#include "StoreError.h"

#include <QList>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace rapport {

class Store;

struct SearchHit {
    QString entity;   // "account", "contact", …
    QString id;
    QString title;    // display name
    int tier = 0;     // 0 name starts with, 1 name contains, 2 email/phone/city/tag, 3 notes
};

// Search over every record type. Results come in tiers, each tier a query that
// stops at the limit (no scoring of every match, so a common three letters
// stays fast on millions of records):
//   0. a word of the name starts with the text (search_terms, indexed range);
//      this is also how 1-2 character queries such as "王伟" are answered
//   1. the name contains the text anywhere (FTS5 trigram, name column)
//   2. an email, phone, city, tag or code contains it; phone numbers also
//      match by their digits whatever their format
//   3. the notes contain it
class SearchQuery {
public:
    // A statement run() executed, with the values bound to its placeholders.
    struct Statement {
        QString sql;
        QVariantList values;
    };

    explicit SearchQuery(Store &store) : m_store(store) {}
    Result<QList<SearchHit>> run(const QString &text, int limit = 50);

    // When set, run() appends every statement it executes: the benchmark
    // replays exactly these through the sqlite3 shell as its baseline.
    void setTrace(QList<Statement> *trace) { m_trace = trace; }
    // Only records of this entity ("account"); empty: every entity. A list's
    // own search box uses it.
    void setEntity(const QString &entity) { m_entity = entity; }

private:
    bool exec(QSqlQuery &q);

    Store &m_store;
    QList<Statement> *m_trace = nullptr;
    QString m_entity;
};

} // namespace rapport
