#pragma once
#include <QObject>
#include <QString>

namespace rapport {

class Store;
class UndoController;

// What every page and dialog of the app shares: the store of the GUI thread,
// the undo stack, and the signal that the store changed. The store is
// borrowed and outlives the context.
//
// Any change set committed on the GUI thread's store (an edit, a stage move,
// an undo) is seen here through Store::setCommitObserver: it goes onto the
// undo stack, and storeChanged() is emitted once the event loop is back, so
// several writes in one user action refresh the views once. Work done on
// another thread's connection (bulk edits) reports its change set with
// changeCommittedElsewhere() when it finishes.
class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(Store &store, QObject *parent = nullptr);
    ~AppContext() override;

    Store &store() const { return m_store; }
    UndoController &undo() const { return *m_undo; }
    // True when the store holds generated demo data (meta key "demo").
    bool isDemo() const;

    void changeCommittedElsewhere(qint64 changeId, const QString &label);

signals:
    // The store changed; views re-read what they show.
    void storeChanged();

private:
    void scheduleChanged();

    Store &m_store;
    UndoController *m_undo = nullptr;
    bool m_changePending = false;
};

} // namespace rapport
