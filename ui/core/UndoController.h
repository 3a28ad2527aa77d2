#pragma once
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

#include "store/StoreError.h"

namespace rapport {

class Store;

// Undo and redo of whole user actions, built on the change journal: undoing a
// change set writes its inverse as a new, journaled change set
// (Journal::revert), so an undo syncs like any edit and survives a crash.
// The stacks hold this session's actions; a new action clears redo.
class UndoController : public QObject {
    Q_OBJECT
public:
    explicit UndoController(Store &store, QObject *parent = nullptr);

    bool canUndo() const { return !m_undo.isEmpty() && !m_reverting; }
    bool canRedo() const { return !m_redo.isEmpty() && !m_reverting; }
    QString undoLabel() const { return m_undo.isEmpty() ? QString() : m_undo.last().label; }
    QString redoLabel() const { return m_redo.isEmpty() ? QString() : m_redo.last().label; }

    // A change set committed by the user (origin "local"); undo and redo
    // change sets made by this controller are ignored.
    void recordCommitted(qint64 changeId, const QString &origin, const QString &label);

    // Reverts of more than `threshold` journal entries (a bulk edit of
    // thousands of rows, a campaign's members) go to this runner, which runs
    // them off the GUI thread (AppContext uses BackgroundJob: progress and
    // Cancel) and calls `done` on the GUI thread with the new change set's id
    // or the error. Smaller ones run at once on the GUI thread's store.
    using Done = std::function<void(const Result<qint64> &)>;
    using Runner = std::function<void(qint64 changeId, const QString &label, Done done)>;
    void setLargeRevertRunner(Runner runner, qint64 threshold);
    // An undo or redo is running in the background.
    bool isBusy() const { return m_reverting; }

public slots:
    bool undo();
    bool redo();

signals:
    void stateChanged();
    void failed(const QString &message);

private:
    struct Step {
        qint64 changeId;
        QString label;
    };
    bool revert(bool undoing);
    Store &m_store;
    QList<Step> m_undo;
    QList<Step> m_redo;
    bool m_reverting = false;
    Runner m_runner;
    qint64 m_threshold = 0;
};

} // namespace rapport
