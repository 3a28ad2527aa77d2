#include "Directory.h"

#include "store/SavedViewRepository.h"
#include "store/Store.h"
#include "store/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rapport {

Result<QList<User>> Directory::users(bool includeInactive)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT id, owner_id, name, display_name, email, role, team, active FROM users "
        "WHERE deleted_at IS NULL AND (? OR ifnull(active, 1) <> 0) ORDER BY lower(ifnull(display_name, name)), id"));
    q.addBindValue(includeInactive);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("list users"));
    QList<User> out;
    while (q.next()) {
        QJsonObject f{{QStringLiteral("owner_id"), q.value(1).toString()},
                      {QStringLiteral("name"), q.value(2).toString()},
                      {QStringLiteral("display_name"), q.value(3).toString()},
                      {QStringLiteral("email"), q.value(4).toString()},
                      {QStringLiteral("role"), q.value(5).toString()},
                      {QStringLiteral("team"), q.value(6).toString()}};
        if (!q.value(7).isNull())
            f.insert(QStringLiteral("active"), q.value(7).toLongLong());
        out << UserRepository::fromFields(q.value(0).toString(), f);
    }
    q.finish();
    return out;
}

Result<QList<SavedView>> Directory::savedViews(const QString &entity)
{
    QSqlQuery &q = m_store.prepared(QStringLiteral(
        "SELECT id, owner_id, name, entity, definition FROM saved_views WHERE deleted_at IS NULL AND entity = ? ORDER BY lower(name), id"));
    q.addBindValue(entity);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("list saved views"));
    QList<SavedView> out;
    while (q.next()) {
        QJsonObject f{{QStringLiteral("owner_id"), q.value(1).toString()},
                      {QStringLiteral("name"), q.value(2).toString()},
                      {QStringLiteral("entity"), q.value(3).toString()}};
        // definition is a JSON column: the repository reads it as an object.
        const QJsonDocument d = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
        if (d.isObject())
            f.insert(QStringLiteral("definition"), d.object());
        out << SavedViewRepository::fromFields(q.value(0).toString(), f);
    }
    q.finish();
    return out;
}

} // namespace rapport
