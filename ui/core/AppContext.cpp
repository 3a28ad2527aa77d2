#include "AppContext.h"

#include "BackgroundJob.h"
#include "UndoController.h"
#include "store/Journal.h"
#include "store/Store.h"

#include <QApplication>
#include <QTimer>
#include <memory>

namespace rapport {

namespace {
// Journal entries above which an undo or redo runs off the GUI thread (a
// revert writes ~5,000 entries a second on this project's test machine).
constexpr qint64 LargeRevertEntries = 2000;
} // namespace

AppContext::AppContext(Store &store, QObject *parent) : QObject(parent), m_store(store), m_undo(new UndoController(store, this))
{
    m_store.setCommitObserver([this](qint64 changeId, const QString &origin, const QString &label) {
        m_undo->recordCommitted(changeId, origin, label);
        scheduleChanged();
    });
    // Undoing a bulk edit of thousands of rows takes seconds: on a worker,
    // behind a progress dialog with Cancel, like the bulk edit itself.
    m_undo->setLargeRevertRunner(
        [this](qint64 changeId, const QString &label, UndoController::Done done) {
            auto newId = std::make_shared<qint64>(0);
            BackgroundJob::start(
                *this, QApplication::activeWindow(), label,
                [changeId, label, newId](Store &store, JobControl &control) -> Result<qint64> {
                    Result<qint64> r = Journal(store).revert(changeId, label, [&control](qint64 d, qint64 t) {
                        control.progress(d, t);
                        return !control.isCancelled();
                    });
                    if (r.ok())
                        *newId = *r;
                    return r;
                },
                [done, newId](bool ok, const QString &error) {
                    done(ok ? Result<qint64>(*newId) : Result<qint64>(StoreError::make(StoreError::Kind::Invalid, error)));
                });
        },
        LargeRevertEntries);
}

AppContext::~AppContext()
{
    m_store.setCommitObserver({});
}

bool AppContext::isDemo() const
{
    return !m_store.meta(QStringLiteral("demo")).isEmpty();
}

void AppContext::changeCommittedElsewhere(qint64 changeId, const QString &label)
{
    m_undo->recordCommitted(changeId, QStringLiteral("local"), label);
    scheduleChanged();
}

void AppContext::scheduleChanged()
{
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(0, this, [this] {
        m_changePending = false;
        emit storeChanged();
    });
}

} // namespace rapport
