#include "ReadSnapshot.h"

#include "store/Store.h"

namespace rapport {

ReadSnapshot::ReadSnapshot(Store &store) : m_store(store)
{
    if (m_store.transactionDepth() > 0)
        return;
    m_own = m_store.exec(QStringLiteral("BEGIN"), &m_error);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_own)
        m_store.exec(QStringLiteral("ROLLBACK"));
}

} // namespace rapport
