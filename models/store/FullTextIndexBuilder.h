#pragma once

#include "StoreError.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

class StatementPipeline;

// Builds the full-text index (search_fts) of a bulk load into an EMPTY
// store on a scratch database and a thread of its own, then copies the
// finished index into the store's FTS5 shadow tables.
//
// Why: FTS5's trigram index is a fifth of a 100k-account load (2.4 million
// documents), and inside the store it can only be built after the rows, on
// the one connection that is busy inserting them. An FTS5 index is plain
// rows in its shadow tables (_data, _idx, _docsize) and depends only on the
// (rowid, text) pairs and the table's options, so a contentless table with
// the same columns and tokenizer, fed the same documents elsewhere, yields
// rows the store's table can take as they are. The copy is a few seconds of
// plain inserts; `INSERT INTO search_fts(search_fts) VALUES('integrity-check')`
// checks the result against search_docs (tests/demo does).
//
// Documents are staged in a plain table and moved into the FTS table in
// large chunks: FTS5 flushes its pending index at the end of every
// statement, so a statement per document would cost ~40 us each.
class FullTextIndexBuilder {
public:
    // A scratch database (SQLite's private temporary file, removed on close).
    // Null when it cannot be opened; the caller then fills the index in place.
    static std::unique_ptr<FullTextIndexBuilder> open();
    ~FullTextIndexBuilder();
    FullTextIndexBuilder(const FullTextIndexBuilder &) = delete;
    FullTextIndexBuilder &operator=(const FullTextIndexBuilder &) = delete;

    // Queues one document (the values search_docs holds for it).
    Status add(qint64 docid, const QString &name, const QString &keys, const QString &notes);

    // Finishes the index and writes it into `store`'s search_fts shadow
    // tables, replacing the empty index there. `store` must be idle, inside
    // the caller's transaction (a rollback undoes the copy), and its
    // search_fts must hold no documents.
    Status copyInto(sqlite3 *store);

    // Queues the last move and the final merge, so that they run while the
    // caller does other work (copyInto then only waits for what is left).
    void finishInBackground();

private:
    explicit FullTextIndexBuilder(sqlite3 *scratch);
    Status exec(sqlite3 *db, const char *sql);
    void queueMove(); // staged documents into the FTS table, one statement
    Status copyTable(sqlite3 *store, const char *from, const char *to);

    sqlite3 *m_db;
    std::unique_ptr<StatementPipeline> m_pipeline;
    sqlite3_stmt *m_stage = nullptr;
    sqlite3_stmt *m_move = nullptr;
    sqlite3_stmt *m_clear = nullptr;
    sqlite3_stmt *m_optimize = nullptr;
    bool m_finishing = false;
    qint64 m_staged = 0;
};

} // namespace rapport
