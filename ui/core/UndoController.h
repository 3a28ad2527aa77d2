#pragma once
#include <QList>
#include <QObject>
#include <QString>

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

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoLabel() const { return m_undo.isEmpty() ? QString() : m_undo.last().label; }
    QString redoLabel() const { return m_redo.isEmpty() ? QString() : m_redo.last().label; }

    // A change set committed by the user (origin "local"); undo and redo
    // change sets made by this controller are ignored.
    void recordCommitted(qint64 changeId, const QString &origin, const QString &label);

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
    Store &m_store;
    QList<Step> m_undo;
    QList<Step> m_redo;
    bool m_reverting = false;
};

} // namespace rapport
