#include "ChangeSet.h"

#include "Store.h"

namespace rapport {

QString originName(ChangeSet::Origin origin)
{
    switch (origin) {
    case ChangeSet::Origin::Local: return QStringLiteral("local");
    case ChangeSet::Origin::Undo: return QStringLiteral("undo");
    case ChangeSet::Origin::Redo: return QStringLiteral("redo");
    case ChangeSet::Origin::Import: return QStringLiteral("import");
    }
    return QStringLiteral("local");
}

ChangeSet::ChangeSet(Store &store, const QString &label, Origin origin, const QString &batchId, qint64 reverts)
    : m_store(store), m_outer(store.currentChangeSet()), m_label(label), m_origin(origin), m_batchId(batchId), m_reverts(reverts)
{
    if (m_outer)
        m_outer->id(); // its row must exist outside our savepoint, which may roll back
    m_active = m_store.begin();
    if (m_active && !m_outer)
        m_store.setCurrentChangeSet(this);
}

ChangeSet::~ChangeSet()
{
    if (m_active)
        rollback();
}

Result<qint64> ChangeSet::id()
{
    if (m_outer)
        return m_outer->id();
    if (m_id)
        return m_id;
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "INSERT INTO change_sets (at, user_id, label, origin, batch_id, reverts) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_store.now());
    q.addBindValue(m_store.localUserId());
    q.addBindValue(m_label);
    q.addBindValue(originName(m_origin));
    q.addBindValue(m_batchId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_batchId));
    q.addBindValue(m_reverts ? QVariant(m_reverts) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("record change set"));
    m_id = q.lastInsertId().toLongLong();
    if (m_reverts) {
        QSqlQuery &u = m_store.prepared(QStringLiteral("UPDATE change_sets SET reverted_by = ? WHERE id = ?"));
        u.addBindValue(m_id);
        u.addBindValue(m_reverts);
        if (!u.exec())
            return m_store.sqlError(u, QStringLiteral("mark change set reverted"));
    }
    return m_id;
}

Status ChangeSet::commit()
{
    if (!m_active)
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("change set is not active"));
    m_active = false;
    if (!m_outer)
        m_store.setCurrentChangeSet(nullptr);
    if (!m_store.commit()) {
        m_store.rollback();
        return StoreError::make(StoreError::Kind::Sql, QStringLiteral("commit failed"));
    }
    if (!m_outer && m_id && m_store.transactionDepth() == 0)
        m_store.notifyCommitted(m_id, originName(m_origin), m_label);
    return success();
}

void ChangeSet::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_outer)
        m_store.setCurrentChangeSet(nullptr);
    m_store.rollback();
}

} // namespace rapport
