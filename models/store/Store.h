#pragma once
#include "StoreError.h"
#include "domain/RecordId.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>

namespace rapport {

class ChangeSet;

// One connection to a Rapport store file. Opening validates the file before
// anything can write to it (header, application id, schema version, SQLite's
// own quick check), so a foreign, damaged or too-new file is refused and left
// byte-for-byte as it was. Each thread opens its own Store on the same file
// (SQLite connections are not shared across threads); WAL lets readers run
// beside the one writer.
class Store {
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };
    static constexpr quint32 ApplicationId = 0x52415050; // "RAPP"
    // Stores up to this size are fully quick-checked when opened; larger ones
    // get structural checks only (a full check would delay start-up by seconds)
    // and `rapportctl check` for the full integrity check.
    static constexpr qint64 QuickCheckLimitBytes = 64ll * 1024 * 1024;

    static std::unique_ptr<Store> open(const QString &path, OpenMode mode, StoreError *error);
    static std::unique_ptr<Store> openInMemory(StoreError *error);
    // A second connection to the same file, for another thread.
    std::unique_ptr<Store> openConnection(StoreError *error) const;

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &replicaId() const { return m_replicaId; }
    const QString &localUserId() const { return m_localUserId; }
    int schemaVersion() const { return m_schemaVersion; }

    // Time source for created/updated stamps and the journal; tests replace it.
    qint64 now() const;
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    QString newId();
    void setIdGenerator(RecordIdGenerator gen) { m_ids = gen; }

    // A prepared statement cached per SQL text (SQL lives only in this layer).
    QSqlQuery &prepared(const QString &sql);
    // Runs a statement that returns no rows; on failure fills *error.
    bool exec(const QString &sql, StoreError *error = nullptr);
    StoreError sqlError(const QSqlQuery &q, const QString &what) const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    // Re-reads replica and local user ids from meta (after a restore replaced them).
    void reloadIdentity();
    // Writes that keep no journal (BulkWriter's loads, backup imports) give
    // the data a new baseline inside their transaction: anything derived from
    // the old data and brought up to date from the journal since (the saved
    // analytics input) then no longer matches. Empty until the first.
    QString baselineId() const;
    bool markNewBaseline();

    // Nesting-aware transactions: the outermost is BEGIN IMMEDIATE (so two
    // writers queue on the busy timeout instead of deadlocking), inner ones
    // are savepoints.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    ChangeSet *currentChangeSet() const { return m_changeSet; }
    void setCurrentChangeSet(ChangeSet *cs) { m_changeSet = cs; }

    // Called after a change set is durably committed on this connection (not
    // when it joined an outer transaction that is still open): the app's undo
    // stack and its views follow the store through it. Origin is the
    // ChangeSet::Origin as its stored name ("local", "undo", …).
    using CommitObserver = std::function<void(qint64 changeId, const QString &origin, const QString &label)>;
    void setCommitObserver(CommitObserver observer) { m_commitObserver = std::move(observer); }
    void notifyCommitted(qint64 changeId, const QString &origin, const QString &label) const
    {
        if (m_commitObserver)
            m_commitObserver(changeId, origin, label);
    }

private:
    Store() = default;
    static std::unique_ptr<Store> connect(const QString &path, bool create, StoreError *error);
    bool migrate(StoreError *error);
    bool initialise(StoreError *error);

    CommitObserver m_commitObserver;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_replicaId;
    QString m_localUserId;
    int m_schemaVersion = 0;
    int m_depth = 0;
    ChangeSet *m_changeSet = nullptr;
    std::function<qint64()> m_clock;
    RecordIdGenerator m_ids;
    QHash<QString, QSqlQuery> m_statements;
};

// Checks a file without writing to it: what Store::open would refuse, and why.
StoreError validateStoreFile(const QString &path);

} // namespace rapport
