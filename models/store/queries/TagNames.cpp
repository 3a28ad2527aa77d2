#include "TagNames.h"

#include "store/Store.h"

#include <QSqlQuery>

namespace rapport {

Result<QStringList> TagNames::all()
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT name FROM tags WHERE deleted_at IS NULL ORDER BY lower(name), id LIMIT ?"));
    q.addBindValue(Limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("list tags"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

} // namespace rapport
