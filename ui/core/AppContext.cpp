#include "AppContext.h"

#include "UndoController.h"
#include "store/Store.h"

#include <QTimer>

namespace rapport {

AppContext::AppContext(Store &store, QObject *parent) : QObject(parent), m_store(store), m_undo(new UndoController(store, this))
{
    m_store.setCommitObserver([this](qint64 changeId, const QString &origin, const QString &label) {
        m_undo->recordCommitted(changeId, origin, label);
        scheduleChanged();
    });
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
