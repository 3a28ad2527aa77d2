#include "FullTextIndexBuilder.h"

#include "StatementPipeline.h"

#include <sqlite3.h>

namespace rapport {

namespace {

// Documents per move into the FTS table. Each move leaves a segment; FTS5's
// automerge folds them as they come, and fewer, larger moves mean less merging.
constexpr qint64 ChunkDocuments = 400000;

const QString &stageSql()
{
    static const QString sql = QStringLiteral("staging a search document");
    return sql;
}

const QString &moveSql()
{
    static const QString sql = QStringLiteral("indexing staged search documents");
    return sql;
}

StoreError sqliteError(sqlite3 *db, const QString &what)
{
    return StoreError::make(StoreError::Kind::Sql, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

std::unique_ptr<FullTextIndexBuilder> FullTextIndexBuilder::open()
{
    sqlite3 *db = nullptr;
    // An empty file name: a private temporary database that SQLite deletes on close.
    if (sqlite3_open_v2("", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<FullTextIndexBuilder> b(new FullTextIndexBuilder(db));
    // Scratch data: no journal, no syncs. The table matches search_fts
    // (Migrations.cpp) in columns, tokenizer and detail; only its content
    // option differs, which does not change the index rows.
    const char *setup[] = {
        "PRAGMA page_size=8192",
        "PRAGMA journal_mode=OFF",
        "PRAGMA synchronous=OFF",
        "PRAGMA cache_size=-131072",
        "CREATE TABLE staged (docid INTEGER PRIMARY KEY, name TEXT NOT NULL, keys TEXT NOT NULL, notes TEXT NOT NULL)",
        "CREATE VIRTUAL TABLE fts USING fts5(name, keys, notes, content='', tokenize='trigram')",
        "INSERT INTO fts(fts, rank) VALUES ('hashsize', 134217728)",
        "BEGIN",
    };
    for (const char *sql : setup)
        if (!b->exec(db, sql))
            return nullptr;
    const auto prepare = [db](const char *sql, sqlite3_stmt **out) {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr) == SQLITE_OK;
    };
    if (!prepare("INSERT INTO staged (docid, name, keys, notes) VALUES (?, ifnull(?, ''), ifnull(?, ''), ifnull(?, ''))", &b->m_stage)
        || !prepare("INSERT INTO fts (rowid, name, keys, notes) SELECT docid, name, keys, notes FROM staged", &b->m_move)
        || !prepare("DELETE FROM staged", &b->m_clear)
        || !prepare("INSERT INTO fts(fts) VALUES ('optimize')", &b->m_optimize))
        return nullptr;
    b->m_pipeline = std::make_unique<StatementPipeline>(db);
    return b;
}

FullTextIndexBuilder::FullTextIndexBuilder(sqlite3 *scratch) : m_db(scratch) {}

FullTextIndexBuilder::~FullTextIndexBuilder()
{
    m_pipeline.reset(); // its thread is done with the connection
    sqlite3_finalize(m_stage);
    sqlite3_finalize(m_move);
    sqlite3_finalize(m_clear);
    sqlite3_finalize(m_optimize);
    sqlite3_close(m_db);
}

Status FullTextIndexBuilder::exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QString::fromUtf8(sql));
    return success();
}

Status FullTextIndexBuilder::add(qint64 docid, const QString &name, const QString &keys, const QString &notes)
{
    m_pipeline->begin(m_stage, &stageSql());
    m_pipeline->bindInteger(docid);
    m_pipeline->bindText(name);
    m_pipeline->bindText(keys);
    m_pipeline->bindText(notes);
    if (++m_staged % ChunkDocuments == 0)
        queueMove();
    return m_pipeline->end();
}

void FullTextIndexBuilder::queueMove()
{
    m_pipeline->begin(m_move, &moveSql());
    m_pipeline->begin(m_clear, &moveSql());
    m_pipeline->end(); // a failure surfaces at the next add() or at copyInto
}

void FullTextIndexBuilder::finishInBackground()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_staged % ChunkDocuments != 0)
        queueMove();
    m_staged = 0;
    // One segment, as the in-place fill leaves it: searches read one b-tree
    // per term, and later edits merge into it incrementally.
    m_pipeline->begin(m_optimize, &moveSql());
    m_pipeline->end(); // as above
}

Status FullTextIndexBuilder::copyTable(sqlite3 *store, const char *from, const char *to)
{
    sqlite3_stmt *read = nullptr;
    sqlite3_stmt *write = nullptr;
    const QString what = QStringLiteral("copying the search index (%1)").arg(QString::fromUtf8(to));
    if (sqlite3_prepare_v2(m_db, QStringLiteral("SELECT * FROM %1").arg(QString::fromUtf8(from)).toUtf8().constData(), -1, &read, nullptr) != SQLITE_OK)
        return sqliteError(m_db, what);
    const int columns = sqlite3_column_count(read);
    QString marks = QStringLiteral("?");
    for (int i = 1; i < columns; ++i)
        marks += QStringLiteral(", ?");
    // Table names are the constants of copyInto; every value is bound.
    const QByteArray insert = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(QString::fromUtf8(to), marks).toUtf8();
    if (sqlite3_prepare_v2(store, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
        sqlite3_finalize(read);
        return sqliteError(store, what);
    }
    Status result = success();
    int rc;
    while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i));
        const int w = sqlite3_step(write);
        sqlite3_reset(write);
        if (w != SQLITE_DONE) {
            result = sqliteError(store, what);
            break;
        }
    }
    if (result && rc != SQLITE_DONE)
        result = sqliteError(m_db, what);
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return result;
}

Status FullTextIndexBuilder::copyInto(sqlite3 *store)
{
    finishInBackground();
    if (Status s = m_pipeline->drain(); !s)
        return s;
    // Replace the empty index's rows (its structure and averages records).
    for (const char *sql : {"DELETE FROM search_fts_data", "DELETE FROM search_fts_idx", "DELETE FROM search_fts_docsize"})
        if (Status s = exec(store, sql); !s)
            return s;
    const char *tables[][2] = {{"fts_data", "search_fts_data"}, {"fts_idx", "search_fts_idx"}, {"fts_docsize", "search_fts_docsize"}};
    for (const auto &t : tables)
        if (Status s = copyTable(store, t[0], t[1]); !s)
            return s;
    // This connection's FTS5 may hold the empty index's structure from
    // before the copy; rolling back a savepoint in which the table took part
    // makes it read the structure again.
    const char *reload[] = {
        "SAVEPOINT search_fts_reload",
        "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576)",
        "ROLLBACK TO search_fts_reload",
        "RELEASE search_fts_reload",
    };
    for (const char *sql : reload)
        if (Status s = exec(store, sql); !s)
            return s;
    return success();
}

} // namespace rapport
