#pragma once
#include "StoreError.h"

#include <QString>

namespace rapport {

class Store;

// One user action (an edit, a stage move, a bulk edit of 500 rows, an import, an
// undo): one transaction and one change_sets row that all its journal entries
// point at, so it can be undone, reverted or synced as a unit. RAII: rolled back
// unless commit() is called. Change sets nest: an inner one joins the outer.
class ChangeSet {
public:
    enum class Origin { Local, Undo, Redo, Import };
    ChangeSet(Store &store, const QString &label, Origin origin = Origin::Local, const QString &batchId = {}, qint64 reverts = 0);
    ~ChangeSet();
    ChangeSet(const ChangeSet &) = delete;
    ChangeSet &operator=(const ChangeSet &) = delete;

    bool isActive() const { return m_active; }
    // The origin of the outermost change set this one belongs to.
    Origin origin() const { return m_outer ? m_outer->origin() : m_origin; }
    // The change_sets row is written on first use, so a change set that ends up
    // changing nothing leaves no trace.
    Result<qint64> id();
    Status commit();
    void rollback();

private:
    Store &m_store;
    ChangeSet *m_outer = nullptr;
    QString m_label;
    Origin m_origin;
    QString m_batchId;
    qint64 m_reverts = 0;
    qint64 m_id = 0;
    bool m_active = false;
};

QString originName(ChangeSet::Origin origin);

} // namespace rapport
