#include "ProductCatalogue.h"

#include "store/Store.h"

#include <QSqlQuery>
#include <QVariant>

namespace rapport {

Result<QList<ProductCatalogue::Item>> ProductCatalogue::all()
{
    QSqlQuery &q = m_store.prepared(QStringLiteral("SELECT id, name, code, list_price, currency FROM products WHERE deleted_at IS NULL "
                                                   "ORDER BY sort_key, id LIMIT ?"));
    q.addBindValue(Limit);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("read the product catalogue"));
    QList<Item> out;
    while (q.next()) {
        Item i{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), std::nullopt, q.value(4).toString()};
        if (!q.value(3).isNull())
            i.listPrice = q.value(3).toLongLong();
        out << i;
    }
    q.finish();
    return out;
}

} // namespace rapport
