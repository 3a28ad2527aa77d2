#include "RecordTitleQuery.h"

#include "store/Store.h"

#include <QSqlQuery>

namespace rapport {

Result<std::optional<QString>> RecordTitleQuery::title(const QString &entity, const QString &id)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT title FROM search_docs WHERE record_id = ? AND entity = ?"));
    q.addBindValue(id);
    q.addBindValue(entity);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("record title"));
    std::optional<QString> title;
    if (q.next())
        title = q.value(0).toString();
    q.finish();
    return title;
}

} // namespace rapport
