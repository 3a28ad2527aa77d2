#include "UndoController.h"

#include "store/Journal.h"

namespace rapport {

UndoController::UndoController(Store &store, QObject *parent) : QObject(parent), m_store(store) {}

void UndoController::recordCommitted(qint64 changeId, const QString &origin, const QString &label)
{
    if (m_reverting || origin != QLatin1String("local"))
        return;
    m_undo.append({changeId, label});
    m_redo.clear();
    emit stateChanged();
}

bool UndoController::undo()
{
    if (m_undo.isEmpty())
        return false;
    const Step step = m_undo.last();
    m_reverting = true;
    const Result<qint64> inverse = Journal(m_store).revert(step.changeId, tr("Undo %1").arg(step.label));
    m_reverting = false;
    if (!inverse.ok()) {
        emit failed(tr("Cannot undo \"%1\": %2").arg(step.label, inverse.error().message));
        return false;
    }
    m_undo.removeLast();
    m_redo.append({*inverse, step.label});
    emit stateChanged();
    return true;
}

bool UndoController::redo()
{
    if (m_redo.isEmpty())
        return false;
    const Step step = m_redo.last();
    m_reverting = true;
    const Result<qint64> again = Journal(m_store).revert(step.changeId, tr("Redo %1").arg(step.label));
    m_reverting = false;
    if (!again.ok()) {
        emit failed(tr("Cannot redo \"%1\": %2").arg(step.label, again.error().message));
        return false;
    }
    m_redo.removeLast();
    m_undo.append({*again, step.label});
    emit stateChanged();
    return true;
}

} // namespace rapport
