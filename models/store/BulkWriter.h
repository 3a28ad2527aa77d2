#pragma once
#include "EntitySchema.h"
#include "StoreError.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

class Store;
class StatementPipeline;
class FullTextIndexBuilder;

// One record for BulkWriter: its meta columns and one SQL value per field, in
// EntityDef::fields order (look a field's index up once with field(), then set
// values by index: no name lookups per row). Values are what toSqlValue makes:
// text, integers, JSON text for lists and objects; unset means NULL.
class BulkRecord {
public:
    explicit BulkRecord(const EntityDef &entity);

    const EntityDef &entity() const { return *m_entity; }
    int field(QStringView name) const; // -1 if the entity has no such field

    // Starts the next record: every field NULL again.
    void start(const QString &id, qint64 createdAt, qint64 updatedAt);
    void setText(int field, const QString &text); // empty text is NULL, as in normaliseValue
    void setInteger(int field, qint64 value);
    void setJson(int field, const QString &encoded); // compact JSON list or object; "[]" and "{}" are NULL
    void setNull(int field);
    void set(int field, const QJsonValue &value); // any value, through toSqlValue

    const QString &id() const { return m_id; }
    qint64 createdAt() const { return m_createdAt; }
    qint64 updatedAt() const { return m_updatedAt; }
    const QVariant &value(int field) const { return m_values[field]; }
    const QVector<QVariant> &values() const { return m_values; }

private:
    const EntityDef *m_entity;
    QString m_id;
    qint64 m_createdAt = 0;
    qint64 m_updatedAt = 0;
    QVector<QVariant> m_values; // invalid QVariant = NULL
};

// Writes complete records straight into their tables: generated demo data and
// other bulk loads of rows that already have their ids and times.
//
// Unlike RecordWriter it writes NO journal entries. A bulk load is a baseline,
// like a restored backup, not a series of user changes: there is nothing to
// undo and nothing to push as edits (a first sync uploads the records as they
// are). Everything else is written as the normal write path would: all meta
// columns (version 1, no field versions), the derived columns (sort keys via
// derivedColumns), the search document and prefix terms (buildSearchDocument,
// rows as SearchIndexer writes them; search_fts see below) and, for
// activities, activity_contacts.
//
// The caller owns the transaction (required; one for the whole load is by far
// the fastest), inserts parents before children (foreign keys are checked if
// the connection checks them) and calls finish() before committing. Values are
// not validated beyond what the table's constraints check.
//
// Speed: Qt Sql costs a few microseconds per bound value and statement (a
// placeholder name and a hash insert per value), more than SQLite needs to
// insert the row, and a generated store has ~15 million rows including search
// and link rows. So when Qt's SQLite driver runs on the same SQLite library we
// link (the system one), statements are prepared and bound through the SQLite
// C API on the store's own connection, inside its transaction. Otherwise, or
// with Binding::QtSql, the same SQL runs through Store::prepared. Through the
// C API, the statements run on a second thread (StatementPipeline) while the
// caller builds the next rows; errors then surface at a later insert() or at
// finish(), and the caller's transaction is rolled back whole either way.
//
// Indexes on scattered keys are built once, at finish(). Keeping an index on
// a date or a sort key current row by row touches a random page per row, and
// once the indexes outgrow the page cache that is a read and a spilled write
// per row. Indexes led by a record reference (account_id, order_id, …) or a
// docid are kept: records are loaded parents first with increasing ids, so
// those grow at their end. So the first record of a table drops the table's
// other CREATE INDEX indexes (primary keys and UNIQUE constraints stay and
// keep working) and finish() creates them again from their stored SQL.
//
// The full-text index is filled once as well: FTS5 flushes its pending
// index data at every statement that writes to it (each opens a savepoint),
// so a document per statement costs ~40 us and leaves a segment per row to
// merge, against ~3 us each in one statement. So the first searchable record
// drops the search_docs insert trigger (inside the caller's transaction: a
// rollback brings it back), and finish() inserts what it would have inserted
// in one statement and re-creates it from its stored SQL. Into an empty
// index (a new store) the documents go to a FullTextIndexBuilder instead,
// which builds the index on a scratch connection while the rows load, and
// finish() copies its rows into search_fts's shadow tables.
class BulkWriter {
public:
    enum class Binding { Auto, QtSql };
    explicit BulkWriter(Store &store, Binding binding = Binding::Auto);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status insert(const BulkRecord &record);
    // Fields by name, as RecordWriter::create takes them; unknown names are ignored.
    Status insert(const EntityDef &entity, const QString &id, qint64 createdAt, qint64 updatedAt, const QJsonObject &fields);
    // Completes the load: creates the indexes set aside, fills the full-text
    // index for the load's search documents and restores its trigger (see
    // below). Call it before committing.
    Status finish();

    // Waits until every queued statement has run; their first error, if any.
    // Call it before anything else uses the connection, above all before
    // rolling back a load that stopped early (cancelled or failed).
    Status quiesce();

    bool usesSqliteApi() const { return m_db != nullptr; }
    qint64 recordsWritten() const { return m_records; }

private:
    struct EntityPlan {
        QString insertSql;
        QStringList derived;        // derived column names, bound after the fields
        QVector<int> searchInputs;  // fields buildSearchDocument and derivedColumns may read
        int contactIds = -1;        // activities: the field activity_contacts is derived from
        bool prepared = false;      // its tables' indexes are set aside (see finish())
    };
    const EntityPlan &plan(const EntityDef &entity);
    Status prepareTables(const EntityDef &entity);
    QJsonObject searchInput(const EntityPlan &plan, const BulkRecord &record) const;
    Status index(const EntityDef &entity, const QString &id, const QJsonObject &fields);
    Status suspendFtsTrigger();
    bool schemaIntact() const;
    // Runs one statement with these values bound in order.
    Status run(const QString &sql, const QVariant *values, int count);
    sqlite3_stmt *statement(const QString &sql);
    void bind(const QVariant &value); // the next parameter of the queued statement
    Status statementError(const QString &sql);

    Store &m_store;
    sqlite3 *m_db = nullptr; // the store's connection when binding through the SQLite API
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QString, EntityPlan> m_plans; // by entity name
    QVector<QVariant> m_bind;           // reused per row (QtSql binding)
    // SQLite binding: statements run on the pipeline's thread (see StatementPipeline).
    std::unique_ptr<StatementPipeline> m_pipeline;
    std::unique_ptr<FullTextIndexBuilder> m_ftsBuilder; // loads into an empty index only
    std::unordered_map<sqlite3_stmt *, QString> m_statementSql; // for error messages; stable addresses
    qint64 m_nextDocid = 0;             // 0: no search document written yet
    qint64 m_firstDocid = 0;            // the load's first docid
    QString m_ftsTriggerSql;            // the suspended trigger, empty if none
    QStringList m_preparedTables;       // whose indexes are set aside
    QStringList m_droppedIndexes;       // their CREATE INDEX statements
    QStringList m_droppedNames;         // and names
    qint64 m_records = 0;
};

} // namespace rapport
