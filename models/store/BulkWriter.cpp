#include "BulkWriter.h"

#include "FieldValue.h"
#include "FullTextIndexBuilder.h"
#include "SearchIndexer.h"
#include "SqliteHandle.h"
#include "StatementPipeline.h"
#include "Store.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace rapport {

namespace {

// The row SearchIndexer::index writes, with the docid chosen here (the next
// after the largest, as SQLite would choose it).
const QString &searchDocSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO search_docs (docid, entity, record_id, title, name, keys, notes) "
        "VALUES (?, ?, ?, ifnull(?, ''), ifnull(?, ''), ifnull(?, ''), ifnull(?, ''))");
    return sql;
}

// The FTS trigger that is suspended during a load; see BulkWriter.
const QString &ftsInsertTrigger()
{
    static const QString name = QStringLiteral("search_docs_ai");
    return name;
}

// FTS5's in-memory buffer while filling the index (default 1 MB): fewer,
// larger segments, about twice as fast. Set back to the default afterwards.
constexpr qint64 FillHashSize = 128ll * 1024 * 1024;
constexpr qint64 DefaultHashSize = 1024 * 1024;

const QString &searchTermSql()
{
    static const QString sql = QStringLiteral("INSERT OR IGNORE INTO search_terms (term, docid) VALUES (?, ?)");
    return sql;
}

const QString &activityContactSql()
{
    static const QString sql = QStringLiteral("INSERT OR IGNORE INTO activity_contacts (contact_id, activity_id) VALUES (?, ?)");
    return sql;
}

// Any list, as RecordWriter reads it: SQLite takes the ids out of the JSON.
const QString &activityContactsSql()
{
    static const QString sql = QStringLiteral(
        "INSERT OR IGNORE INTO activity_contacts (contact_id, activity_id) SELECT value, ? FROM json_each(?) WHERE type = 'text'");
    return sql;
}

// The ids of a list of plain strings (["a","b"]), the usual contact_ids; false
// for anything else (escapes, other types), which goes through json_each.
bool plainStringList(const QString &json, QStringList *out)
{
    if (json.size() < 2 || json.front() != QLatin1Char('[') || json.back() != QLatin1Char(']') || json.contains(QLatin1Char('\\')))
        return false;
    const QStringView body = QStringView(json).mid(1, json.size() - 2);
    if (body.isEmpty())
        return true;
    for (QStringView item : body.split(QLatin1Char(','))) {
        if (item.size() < 2 || item.front() != QLatin1Char('"') || item.back() != QLatin1Char('"') || item.mid(1, item.size() - 2).contains(QLatin1Char('"')))
            return false;
        *out << item.mid(1, item.size() - 2).toString();
    }
    return true;
}

// PRAGMAs and DROP take no parameters: names (from sqlite_schema) are quoted identifiers.
QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    return v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isNull();
}

} // namespace

BulkRecord::BulkRecord(const EntityDef &entity) : m_entity(&entity), m_values(entity.fields.size()) {}

int BulkRecord::field(QStringView name) const
{
    for (int i = 0; i < m_entity->fields.size(); ++i)
        if (m_entity->fields[i].name == name)
            return i;
    return -1;
}

void BulkRecord::start(const QString &id, qint64 createdAt, qint64 updatedAt)
{
    m_id = id;
    m_createdAt = createdAt;
    m_updatedAt = updatedAt;
    for (QVariant &v : m_values)
        v = QVariant();
}

void BulkRecord::setText(int field, const QString &text)
{
    m_values[field] = text.isEmpty() ? QVariant() : QVariant(text);
}

void BulkRecord::setInteger(int field, qint64 value)
{
    m_values[field] = QVariant(value);
}

void BulkRecord::setJson(int field, const QString &encoded)
{
    const bool empty = encoded.isEmpty() || encoded == QLatin1String("[]") || encoded == QLatin1String("{}");
    m_values[field] = empty ? QVariant() : QVariant(encoded);
}

void BulkRecord::setNull(int field)
{
    m_values[field] = QVariant();
}

void BulkRecord::set(int field, const QJsonValue &value)
{
    const FieldDef &fd = m_entity->fields[field];
    const QVariant v = toSqlValue(fd, value);
    if (isNullValue(v))
        setNull(field);
    else if (fd.type == FieldType::Text)
        setText(field, v.toString());
    else if (fd.type == FieldType::Json)
        setJson(field, v.toString());
    else
        m_values[field] = v;
}

BulkWriter::BulkWriter(Store &store, Binding binding) : m_store(store)
{
    if (binding == Binding::Auto)
        m_db = sqliteHandle(store.db());
    if (m_db)
        m_pipeline = std::make_unique<StatementPipeline>(m_db);
}

BulkWriter::~BulkWriter()
{
    if (m_pipeline)
        m_pipeline->drain(); // a failure was reported (or is moot): only the connection must be idle
    // Not finished: a rolled-back load has its indexes and trigger back. If
    // the load is still open or (a bug) was committed, complete it, so the
    // schema is whole whatever happens next.
    if ((!m_ftsTriggerSql.isEmpty() || !m_droppedIndexes.isEmpty()) && !schemaIntact()) {
        qWarning("Rapport: BulkWriter destroyed before finish(); finishing now");
        const Status s = finish();
        if (!s)
            qWarning("Rapport: BulkWriter::finish failed: %s", qPrintable(s.error().message));
    }
    m_pipeline.reset(); // runs what is queued; then the statements are free
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

const BulkWriter::EntityPlan &BulkWriter::plan(const EntityDef &entity)
{
    auto it = m_plans.find(entity.name);
    if (it != m_plans.end())
        return *it;
    // Identifiers come from the compile-time catalogue, never from input; every value is bound.
    EntityPlan p;
    QStringList cols = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version")};
    cols += entity.fieldNames();
    p.derived = derivedColumns(entity, QJsonObject()).keys();
    cols += p.derived;
    QStringList marks;
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    p.insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(entity.table, cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    // buildSearchDocument reads the fields with a search role (and an activity's
    // kind for its title); derivedColumns reads names, which all have one.
    // Handing it only those keeps a row's cost down; the demo tests compare
    // the result with SearchIndexer's document of the full stored record.
    for (int i = 0; i < entity.fields.size(); ++i)
        if (entity.fields[i].search != SearchRole::None || entity.fields[i].name == QLatin1String("kind"))
            p.searchInputs << i;
    if (entity.name == QLatin1String("activity"))
        p.contactIds = int(entity.fieldNames().indexOf(QStringLiteral("contact_ids")));
    return *m_plans.insert(entity.name, p);
}

Status BulkWriter::prepareTables(const EntityDef &entity)
{
    // Indexes are set aside and the FTS trigger suspended inside the caller's
    // transaction, so that a failure or crash before the commit undoes it all.
    if (m_store.transactionDepth() == 0)
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("BulkWriter needs an open transaction"));
    // DDL through Qt Sql: the connection must be idle.
    if (Status s = quiesce(); !s)
        return s;
    QStringList tables{entity.table};
    if (entity.searchable)
        tables << QStringLiteral("search_docs") << QStringLiteral("search_terms");
    if (m_plans.value(entity.name).contactIds >= 0)
        tables << QStringLiteral("activity_contacts");
    for (const QString &table : std::as_const(tables)) {
        if (m_preparedTables.contains(table))
            continue;
        // The table's own indexes (not those behind PRIMARY KEY / UNIQUE, which
        // have no SQL of their own) that a load does not append to.
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
        q.addBindValue(table);
        if (!q.exec())
            return m_store.sqlError(q, QStringLiteral("bulk load indexes"));
        QList<QPair<QString, QString>> indexes;
        while (q.next())
            indexes << qMakePair(q.value(0).toString(), q.value(1).toString());
        q.finish();
        const EntityDef *owner = entityByTable(table);
        for (auto it = indexes.begin(); it != indexes.end();) {
            QSqlQuery info(m_store.db());
            const QString lead = info.exec(QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(it->first))) && info.next() ? info.value(2).toString() : QString();
            const FieldDef *fd = owner ? owner->field(lead) : nullptr;
            const bool appended = (fd && !fd->references.isEmpty()) || lead == QLatin1String("docid") || lead.endsWith(QLatin1String("_id"));
            it = appended ? indexes.erase(it) : it + 1;
        }
        for (const auto &index : std::as_const(indexes)) {
            StoreError e;
            const QString &name = index.first;
            if (!m_store.exec(QStringLiteral("DROP INDEX %1").arg(quoted(name)), &e))
                return e;
            m_droppedIndexes << index.second;
            m_droppedNames << name;
        }
        m_preparedTables << table;
    }
    m_plans[entity.name].prepared = true;
    return success();
}

QJsonObject BulkWriter::searchInput(const EntityPlan &p, const BulkRecord &record) const
{
    QJsonObject o;
    for (int i : p.searchInputs) {
        const QVariant &v = record.value(i);
        if (!v.isValid())
            continue;
        const FieldDef &fd = record.entity().fields[i];
        o.insert(fd.name, fromSqlValue(fd, v));
    }
    return o;
}

sqlite3_stmt *BulkWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    // Preparing uses the connection, which the pipeline's thread may be using.
    if (!m_pipeline->drain())
        return nullptr;
    sqlite3_stmt *s = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return nullptr;
    }
    m_statements.insert(sql, s);
    m_statementSql.emplace(s, sql);
    return s;
}

Status BulkWriter::run(const QString &sql, const QVariant *values, int count)
{
    if (!m_db) {
        QSqlQuery &q = m_store.prepared(sql);
        for (int i = 0; i < count; ++i)
            q.addBindValue(values[i]);
        if (!q.exec())
            return m_store.sqlError(q, sql);
        return success();
    }
    sqlite3_stmt *s = statement(sql);
    if (!s)
        return statementError(sql);
    m_pipeline->begin(s, &m_statementSql[s]);
    for (int i = 0; i < count; ++i)
        bind(values[i]);
    return m_pipeline->end();
}

Status BulkWriter::statementError(const QString &sql)
{
    const Status pending = m_pipeline->drain();
    if (!pending)
        return pending;
    return StoreError::make(StoreError::Kind::Sql, QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void BulkWriter::bind(const QVariant &v)
{
    if (isNullValue(v))
        m_pipeline->bindNull();
    else if (v.typeId() == QMetaType::QString)
        m_pipeline->bindText(*static_cast<const QString *>(v.constData()));
    else
        m_pipeline->bindInteger(v.toLongLong());
}

Status BulkWriter::insert(const EntityDef &entity, const QString &id, qint64 createdAt, qint64 updatedAt, const QJsonObject &fields)
{
    BulkRecord r(entity);
    r.start(id, createdAt, updatedAt);
    for (int i = 0; i < entity.fields.size(); ++i)
        r.set(i, fields.value(entity.fields[i].name));
    return insert(r);
}

Status BulkWriter::insert(const BulkRecord &record)
{
    const EntityDef &entity = record.entity();
    const EntityPlan &p = plan(entity);
    if (!p.prepared) {
        Status s = prepareTables(entity);
        if (!s)
            return s;
    }
    const bool needsSearchInput = entity.searchable || !p.derived.isEmpty();
    const QJsonObject input = needsSearchInput ? searchInput(p, record) : QJsonObject();

    QStringList derived;
    if (!p.derived.isEmpty()) {
        const QJsonObject d = derivedColumns(entity, input);
        for (const QString &col : p.derived)
            derived << d.value(col).toString();
    }
    const int fields = int(entity.fields.size());
    Status s = success();
    if (m_db) {
        sqlite3_stmt *st = statement(p.insertSql);
        if (!st)
            return statementError(p.insertSql);
        m_pipeline->begin(st, &m_statementSql[st]);
        m_pipeline->bindText(record.id());
        m_pipeline->bindInteger(record.createdAt());
        m_pipeline->bindInteger(record.updatedAt());
        m_pipeline->bindInteger(1);
        for (int i = 0; i < fields; ++i)
            bind(record.value(i));
        for (const QString &d : std::as_const(derived))
            m_pipeline->bindText(d);
        s = m_pipeline->end();
    } else {
        m_bind.resize(4 + fields + derived.size());
        m_bind[0] = record.id();
        m_bind[1] = record.createdAt();
        m_bind[2] = record.updatedAt();
        m_bind[3] = qint64(1);
        for (int i = 0; i < fields; ++i)
            m_bind[4 + i] = record.value(i);
        for (int i = 0; i < derived.size(); ++i)
            m_bind[4 + fields + i] = derived[i];
        s = run(p.insertSql, m_bind.constData(), int(m_bind.size()));
    }
    if (!s)
        return s;
    ++m_records;
    if (entity.searchable) {
        s = index(entity, record.id(), input);
        if (!s)
            return s;
    }
    if (p.contactIds >= 0 && record.value(p.contactIds).isValid()) {
        QStringList ids;
        if (!plainStringList(record.value(p.contactIds).toString(), &ids)) {
            const QVariant v[2] = {record.id(), record.value(p.contactIds)};
            return run(activityContactsSql(), v, 2);
        }
        for (const QString &contact : std::as_const(ids)) {
            const QVariant v[2] = {contact, record.id()};
            s = run(activityContactSql(), v, 2);
            if (!s)
                return s;
        }
    }
    return success();
}

Status BulkWriter::index(const EntityDef &entity, const QString &id, const QJsonObject &fields)
{
    if (m_nextDocid == 0) {
        Status s = suspendFtsTrigger();
        if (!s)
            return s;
    }
    const qint64 docid = m_nextDocid++;
    const SearchDocument doc = buildSearchDocument(entity, fields);
    const QVariant values[7] = {docid, entity.name, id, doc.title, doc.name, doc.keys, doc.notes};
    Status s = run(searchDocSql(), values, 7);
    if (!s)
        return s;
    if (m_ftsBuilder) {
        s = m_ftsBuilder->add(docid, doc.name, doc.keys, doc.notes);
        if (!s)
            return s;
    }
    for (const QString &term : doc.terms) {
        const QVariant t[2] = {term, docid};
        s = run(searchTermSql(), t, 2);
        if (!s)
            return s;
    }
    return success();
}

Status BulkWriter::suspendFtsTrigger()
{
    if (Status s = quiesce(); !s)
        return s;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT ifnull(max(docid), 0) + 1 FROM search_docs")) || !q.next())
        return m_store.sqlError(q, QStringLiteral("search docid"));
    m_nextDocid = m_firstDocid = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(ftsInsertTrigger());
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("search trigger"));
    if (!q.next())
        return success(); // no trigger, nothing to suspend (and nothing to fill)
    m_ftsTriggerSql = q.value(0).toString();
    q.finish();
    StoreError e;
    // Identifier from the constant above; DDL takes no parameters.
    if (!m_store.exec(QStringLiteral("DROP TRIGGER %1").arg(ftsInsertTrigger()), &e))
        return e;
    // Loading into an empty index (a new store): build it beside the load
    // on a second connection and thread (FullTextIndexBuilder).
    if (m_db && m_firstDocid == 1) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM search_fts_docsize")) || !q.next())
            return m_store.sqlError(q, QStringLiteral("search index size"));
        if (q.value(0).toLongLong() == 0)
            m_ftsBuilder = FullTextIndexBuilder::open();
        q.finish();
    }
    return success();
}

bool BulkWriter::schemaIntact() const
{
    QStringList names = m_droppedNames;
    if (!m_ftsTriggerSql.isEmpty())
        names << ftsInsertTrigger();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            return false;
    }
    return true;
}

Status BulkWriter::quiesce()
{
    return m_pipeline ? m_pipeline->drain() : success();
}

Status BulkWriter::finish()
{
    if (Status s = quiesce(); !s)
        return s;
    // No journal for these rows: what was derived from the data before must
    // not be brought up to date from the journal (Store::markNewBaseline).
    if (!m_store.markNewBaseline())
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("cannot record the new baseline"));
    // The full-text index's last documents and merge run while the indexes below are built.
    if (m_ftsBuilder)
        m_ftsBuilder->finishInBackground();
    StoreError e;
    // Built from the sorted table in one pass each: much faster than keeping
    // them current row by row, and they come out compact.
    for (const QString &sql : std::as_const(m_droppedIndexes))
        if (!m_store.exec(sql, &e))
            return e;

    m_droppedIndexes.clear();
    m_droppedNames.clear();
    m_preparedTables.clear();
    for (EntityPlan &p : m_plans)
        p.prepared = false;
    if (m_ftsTriggerSql.isEmpty())
        return success();
    if (m_ftsBuilder) {
        const Status copied = m_ftsBuilder->copyInto(m_db);
        m_ftsBuilder.reset();
        if (!copied)
            return copied;
    } else {
        const QString hashSize = QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', %1)");
        if (!m_store.exec(hashSize.arg(FillHashSize), &e))
            return e;
        // What the trigger would have inserted, for every document of this load, in one statement.
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO search_fts(rowid, name, keys, notes) SELECT docid, name, keys, notes FROM search_docs WHERE docid >= ?"));
        q.addBindValue(m_firstDocid);
        if (!q.exec())
            return m_store.sqlError(q, QStringLiteral("search index"));
        if (!m_store.exec(hashSize.arg(DefaultHashSize), &e))
            return e;
    }
    if (!m_store.exec(m_ftsTriggerSql, &e))
        return e;
    // Merge the large segments the load left behind now, while the user waits
    // for the load anyway: otherwise the first small edits afterwards pay for
    // the merge with multi-second stalls (docs/performance.md).
    if (!m_store.exec(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('optimize')"), &e))
        return e;
    m_ftsTriggerSql.clear();
    m_nextDocid = 0;
    return success();
}

} // namespace rapport
