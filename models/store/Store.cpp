#include "Store.h"

#include "StatementTrace.h"

#include "ChangeSet.h"
#include "Migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryFile>
#include <QUuid>
#include <QUrl>
#include <QtEndian>
#include <mutex>
#include <sqlite3.h>

namespace rapport {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Can we create files in this folder? Tried for real: permission bits say
// nothing for root, read-only mounts or pseudo file systems.
bool folderIsWritable(const QString &dir)
{
    QTemporaryFile probe(dir + QStringLiteral("/.rapport-write-probe-XXXXXX"));
    return probe.open();
}

StoreError corrupt(const QString &path, const QString &detail)
{
    return StoreError::make(StoreError::Kind::Corrupt,
                            QObject::tr("%1 is a damaged Rapport store (%2). It was left untouched: restore it from a backup, "
                                        "or run \"rapportctl --db %1 check\" for a full report.")
                                .arg(nativePath(path), detail));
}

StoreError foreign(const QString &path)
{
    return StoreError::make(StoreError::Kind::ForeignDatabase,
                            QObject::tr("%1 is not a Rapport store: it is a database of another program.").arg(nativePath(path)));
}

StoreError tooNew(const QString &path, qint64 userVersion)
{
    return StoreError::make(StoreError::Kind::TooNew,
                            QObject::tr("%1 was written by a newer Rapport (store version %2); this Rapport reads store versions up "
                                        "to %3. Please update Rapport to open it. The file was left untouched.")
                                .arg(nativePath(path))
                                .arg(userVersion)
                                .arg(latestSchemaVersion()));
}

// Reads the 100-byte SQLite header directly, so a file we refuse is never
// opened by SQLite at all (opening in WAL mode would already rewrite bytes).
StoreError checkHeader(const QString &path, bool *looksEmpty)
{
    *looksEmpty = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::Kind::Unwritable,
                                QObject::tr("Cannot read %1: %2").arg(nativePath(path), f.errorString()));
    const QByteArray header = f.read(100);
    const qint64 size = f.size();
    if (size == 0) {
        *looksEmpty = true;
        return {};
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return StoreError::make(StoreError::Kind::NotSqlite,
                                QObject::tr("%1 is not a Rapport store: it is not a database file at all.").arg(nativePath(path)));
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 userVersion = qFromBigEndian<quint32>(h + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(h + 68);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(path, QObject::tr("invalid page size %1").arg(pageSize));
    if (applicationId != Store::ApplicationId) {
        if (applicationId == 0 && userVersion == 0 && pageCount <= 1) {
            *looksEmpty = true; // an empty SQLite file: we may turn it into a store
            return {};
        }
        return foreign(path);
    }
    if (int(userVersion) > latestSchemaVersion())
        return tooNew(path, userVersion);
    // The in-header page count is valid when the change counter matches; a
    // file shorter than that was truncated. (A longer one can be a live WAL
    // checkpoint in progress, so only "shorter" counts.)
    if (validFor == changeCounter && pageCount > 0 && size < qint64(pageCount) * pageSize)
        return corrupt(path, QObject::tr("the file is truncated: %1 bytes of %2 expected").arg(size).arg(qint64(pageCount) * pageSize));
    return {};
}

} // namespace

StoreError validateStoreFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("%1 does not exist.").arg(nativePath(path)));
    if (info.isDir())
        return StoreError::make(StoreError::Kind::NotSqlite, QObject::tr("%1 is a folder, not a Rapport store.").arg(nativePath(path)));
    bool empty = false;
    StoreError e = checkHeader(path, &empty);
    // The header in the main file lags behind commits that are still only in
    // the -wal file (another program has the file open, or crashed): then the
    // header alone cannot tell an empty file from a foreign or newer one.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (e.isError() || (empty && !(wal.exists() && wal.size() > 0)))
        return e;

    // Let SQLite look inside, read-only: a damaged b-tree is reported here
    // rather than half-way through a write. Without a -wal (or hot -journal)
    // file the main file is all there is, and "immutable" keeps SQLite from
    // creating -wal and -shm files beside a file we may refuse, or failing
    // for want of them in a folder we cannot write.
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (wal.exists() || QFileInfo::exists(path + QStringLiteral("-journal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        // Identity and version as SQLite sees them, WAL included.
        qint64 applicationId = 0, userVersion = 0, objects = 0;
        auto readIdentity = [&]() {
            QSqlQuery id(db);
            if (!id.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                        "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)"))
                || !id.next())
                return id.lastError().text().isEmpty() ? QStringLiteral("unreadable header") : id.lastError().text();
            applicationId = id.value(0).toLongLong();
            userVersion = id.value(1).toLongLong();
            objects = id.value(2).toLongLong();
            return QString();
        };
        QString failure;
        if (!db.open()) {
            e = corrupt(path, db.lastError().text());
        } else if (!(failure = readIdentity()).isEmpty()) {
            e = corrupt(path, failure);
        } else if (applicationId != Store::ApplicationId) {
            if (applicationId != 0 || userVersion != 0 || objects != 0)
                e = foreign(path);
        } else if (userVersion > latestSchemaVersion()) {
            e = tooNew(path, userVersion);
        } else {
            QSqlQuery q(db);
            const bool full = info.size() <= Store::QuickCheckLimitBytes;
            if (!q.exec(full ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
                e = corrupt(path, q.lastError().databaseText());
            } else if (full && q.next() && q.value(0).toString() != QLatin1String("ok")) {
                e = corrupt(path, q.value(0).toString());
            } else {
                QSqlQuery t(db);
                if (!t.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'journal'")) || !t.next()
                    || t.value(0).toInt() != 1)
                    e = corrupt(path, QObject::tr("the change journal is missing"));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return e;
}

std::unique_ptr<Store> Store::open(const QString &path, OpenMode mode, StoreError *error)
{
    StoreError local;
    StoreError &err = error ? *error : local;
    err = {};
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (info.exists()) {
        err = validateStoreFile(path);
        if (err.isError())
            return nullptr;
        if (!folderIsWritable(dir) || !info.isWritable()) {
            err = StoreError::make(StoreError::Kind::Unwritable,
                                   QObject::tr("Cannot write to %1: Rapport needs to write to the store and to its folder %2.")
                                       .arg(nativePath(path), nativePath(dir)));
            return nullptr;
        }
    } else {
        if (mode == OpenMode::ExistingOnly) {
            err = StoreError::make(StoreError::Kind::NotFound, QObject::tr("%1 does not exist.").arg(nativePath(path)));
            return nullptr;
        }
        if (!QDir().mkpath(dir) || !folderIsWritable(dir)) {
            err = StoreError::make(StoreError::Kind::Unwritable,
                                   QObject::tr("Cannot create a store in %1: the folder cannot be written.").arg(nativePath(dir)));
            return nullptr;
        }
    }
    return connect(info.absoluteFilePath(), true, &err);
}

std::unique_ptr<Store> Store::openInMemory(StoreError *error)
{
    StoreError local;
    return connect(QStringLiteral(":memory:"), true, error ? error : &local);
}

std::unique_ptr<Store> Store::openConnection(StoreError *error) const
{
    StoreError local;
    return connect(m_path, false, error ? error : &local);
}

namespace {

// Before the process's first connection: SQLite's memory statistics take a
// global mutex on every allocation, which the bulk load's two SQLite threads
// (BulkWriter's writer and the full-text index builder) then fight over.
// Nothing here reads the statistics. Possible only before SQLite initialises;
// if something else opened a database first, the call fails harmlessly.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

std::unique_ptr<Store> Store::connect(const QString &path, bool create, StoreError *error)
{
    configureSqliteOnce();
    std::unique_ptr<Store> s(new Store);
    s->m_path = path;
    s->m_connectionName = nextConnectionName();
    s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connectionName);
    s->m_db.setDatabaseName(path);
    s->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!s->m_db.open()) {
        *error = StoreError::make(StoreError::Kind::Unwritable, QObject::tr("Cannot open %1: %2").arg(nativePath(path), s->m_db.lastError().text()));
        return nullptr;
    }
    StatementTrace::attach(s->m_db);
    // A new file gets 8 KiB pages (SQLite's default is 4 KiB): records with
    // several text columns and long index keys (UUIDs, sort keys) fit more per
    // page, so B-trees are shallower and bulk loads split fewer pages. The
    // size can only be chosen before the first table, and before WAL mode.
    if (create && path != QLatin1String(":memory:") && !s->exec(QStringLiteral("PRAGMA page_size=8192"), error))
        return nullptr;
    // WAL: readers (the GUI) never wait for the writer (sync, import) and the
    // writer never waits for readers. NORMAL sync is durable across app crashes
    // and loses at most the last commits on power loss, never corrupts.
    if (path != QLatin1String(":memory:") && !s->exec(QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return nullptr;
    if (!s->exec(QStringLiteral("PRAGMA foreign_keys=ON"), error) || !s->exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !s->exec(QStringLiteral("PRAGMA busy_timeout=5000"), error))
        return nullptr;
    if (create) {
        if (!s->migrate(error) || !s->initialise(error))
            return nullptr;
    } else {
        QSqlQuery q(s->m_db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        s->m_schemaVersion = q.next() ? q.value(0).toInt() : 0;
    }
    s->m_replicaId = s->meta(QStringLiteral("replica_id"));
    s->m_localUserId = s->meta(QStringLiteral("local_user_id"));
    return s;
}

Store::~Store()
{
    if (m_depth > 0)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::migrate(StoreError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = sqlError(q, QStringLiteral("read schema version"));
        return false;
    }
    m_schemaVersion = q.value(0).toInt();
    // Done with it: an unfinished statement would make a migration's DROP fail
    // with "database table is locked".
    q.finish();
    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
            continue;
        if (!begin()) {
            *error = StoreError::make(StoreError::Kind::Sql, QObject::tr("Cannot start the upgrade to store version %1.").arg(m.version));
            return false;
        }
        for (const QString &sql : m.statements) {
            QSqlQuery st(m_db);
            if (!st.exec(sql)) {
                *error = StoreError::make(StoreError::Kind::Sql, QObject::tr("Upgrading the store to version %1 failed: %2")
                                                                     .arg(m.version)
                                                                     .arg(st.lastError().databaseText()));
                rollback();
                return false;
            }
        }
        // PRAGMAs take no parameters; the values are compile-time integers.
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version), error)
            || !exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId), error) || !commit()) {
            rollback();
            return false;
        }
        m_schemaVersion = m.version;
    }
    return true;
}

bool Store::initialise(StoreError *error)
{
    if (!meta(QStringLiteral("replica_id")).isEmpty())
        return true;
    // A new store: give this replica its identity and one local user who owns
    // everything until sync brings real users.
    if (!begin())
        return false;
    const QString replica = newId();
    const QString user = newId();
    const qint64 t = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, created_at, updated_at, owner_id, name, display_name, role, active) "
                             "VALUES (?, ?, ?, NULL, ?, ?, 'admin', 1)"));
    q.addBindValue(user);
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(QStringLiteral("local"));
    q.addBindValue(QObject::tr("Me"));
    if (!q.exec() || !setMeta(QStringLiteral("replica_id"), replica) || !setMeta(QStringLiteral("local_user_id"), user)
        || !setMeta(QStringLiteral("created_at"), QString::number(t))) {
        *error = sqlError(q, QStringLiteral("initialise store"));
        rollback();
        return false;
    }
    return commit();
}

qint64 Store::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString Store::newId()
{
    return m_ids.next(now());
}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qWarning("Rapport: cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

bool Store::exec(const QString &sql, StoreError *error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sqlError(q, sql);
    return false;
}

StoreError Store::sqlError(const QSqlQuery &q, const QString &what) const
{
    return StoreError::make(StoreError::Kind::Sql, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

QString Store::baselineId() const
{
    return meta(QStringLiteral("baseline_id"));
}

bool Store::markNewBaseline()
{
    return setMeta(QStringLiteral("baseline_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void Store::reloadIdentity()
{
    m_replicaId = meta(QStringLiteral("replica_id"));
    m_localUserId = meta(QStringLiteral("local_user_id"));
}

bool Store::begin()
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!exec(sql))
        return false;
    ++m_depth;
    return true;
}

bool Store::commit()
{
    if (m_depth == 0)
        return false;
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    // Statements still stepping would make COMMIT fail with SQLITE_BUSY.
    for (auto &q : m_statements)
        q.finish();
    if (!exec(sql))
        return false;
    --m_depth;
    return true;
}

void Store::rollback()
{
    if (m_depth == 0)
        return;
    for (auto &q : m_statements)
        q.finish();
    if (m_depth == 1)
        exec(QStringLiteral("ROLLBACK"));
    else
    {
        exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth - 1));
        exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1));
    }
    --m_depth;
}

} // namespace rapport
