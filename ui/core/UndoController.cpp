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

void UndoController::setLargeRevertRunner(Runner runner, qint64 threshold)
{
    m_runner = std::move(runner);
    m_threshold = threshold;
}

bool UndoController::undo()
{
    return revert(true);
}

bool UndoController::redo()
{
    return revert(false);
}

bool UndoController::revert(bool undoing)
{
    QList<Step> &from = undoing ? m_undo : m_redo;
    if (from.isEmpty() || m_reverting)
        return false;
    const Step step = from.last();
    const QString label = undoing ? tr("Undo %1").arg(step.label) : tr("Redo %1").arg(step.label);
    // Runs on the GUI thread when the revert is over, here or in the background.
    const auto finish = [this, step, undoing](const Result<qint64> &r) {
        m_reverting = false;
        if (!r.ok()) {
            emit failed(undoing ? tr("Cannot undo \"%1\": %2").arg(step.label, r.error().message)
                                : tr("Cannot redo \"%1\": %2").arg(step.label, r.error().message));
            emit stateChanged();
            return;
        }
        (undoing ? m_undo : m_redo).removeLast();
        (undoing ? m_redo : m_undo).append({*r, step.label});
        emit stateChanged();
    };
    // While reverting, the change set it commits is not a new user action.
    m_reverting = true;
    if (m_runner) {
        const Result<qint64> size = Journal(m_store).entryCount(step.changeId);
        if (size.ok() && *size > m_threshold) {
            emit stateChanged(); // busy: Undo and Redo are disabled until it is done
            m_runner(step.changeId, label, finish);
            return true;
        }
    }
    const Result<qint64> r = Journal(m_store).revert(step.changeId, label);
    finish(r);
    return r.ok();
}

} // namespace rapport
