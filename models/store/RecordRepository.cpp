#include "RecordRepository.h"

#include "ChangeSet.h"
#include "SearchIndexer.h"
#include "Store.h"

namespace rapport {

namespace {

void dropEmptyOwner(QJsonObject &fields)
{
    const QJsonValue owner = fields.value(QStringLiteral("owner_id"));
    if (owner.isNull() || (owner.isString() && owner.toString().isEmpty()))
        fields.remove(QStringLiteral("owner_id"));
}

} // namespace

std::optional<StoredRecord> RecordRepository::readLive(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    std::optional<StoredRecord> r = RecordWriter(m_store).read(m_entity, id);
    if (!r || r->deletedAt)
        return std::nullopt;
    return r;
}

Result<QString> RecordRepository::create(QJsonObject fields, const QString &id, const Check &check)
{
    dropEmptyOwner(fields);
    ChangeSet cs(m_store, QObject::tr("Create %1").arg(noun(m_entity.name)));
    if (!cs.isActive())
        return notStarted();
    if (Status s = checkReferences(fields, {}); !s)
        return s.error();
    if (check) {
        if (Status s = check(QJsonObject()); !s)
            return s.error();
    }
    Result<QString> created = RecordWriter(m_store).create(m_entity, fields, id);
    if (!created)
        return created;
    if (Status c = cs.commit(); !c)
        return c.error();
    return created;
}

Result<bool> RecordRepository::update(const QString &id, QJsonObject changes, const Check &check)
{
    dropEmptyOwner(changes);
    ChangeSet cs(m_store, QObject::tr("Edit %1").arg(noun(m_entity.name)));
    if (!cs.isActive())
        return notStarted();
    const std::optional<StoredRecord> stored = readLive(id);
    if (!stored)
        return StoreError::make(StoreError::Kind::NotFound, QObject::tr("There is no %1 with the id \"%2\".").arg(noun(m_entity.name), id));
    if (Status s = checkReferences(changes, stored->fields); !s)
        return s.error();
    if (check) {
        if (Status s = check(stored->fields); !s)
            return s.error();
    }
    Result<bool> changed = RecordWriter(m_store).update(m_entity, id, changes);
    if (!changed)
        return changed;
    if (Status c = cs.commit(); !c)
        return c.error();
    return changed;
}

Status RecordRepository::remove(const QString &id)
{
    return RecordWriter(m_store).remove(m_entity, id);
}

Result<QStringList> RecordRepository::liveIdsWhere(const QString &field, const QString &value, const QString &orderBy)
{
    Q_ASSERT(m_entity.field(field));
    QSqlQuery &q = m_store.prepared(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted_at IS NULL ORDER BY %3").arg(m_entity.table, field, orderBy));
    q.addBindValue(value);
    if (!q.exec())
        return m_store.sqlError(q, QStringLiteral("list %1").arg(m_entity.table));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

Result<QStringList> RecordRepository::writeChildren(const QString &parentField, const QString &parentId,
                                                    const QList<std::pair<QString, QJsonObject>> &children)
{
    const Result<QStringList> existing = liveIdsWhere(parentField, parentId);
    if (!existing)
        return existing.error();
    QStringList written;
    for (const auto &[id, childFields] : children) {
        QJsonObject fields = childFields;
        fields.insert(parentField, parentId);
        if (id.isEmpty()) {
            Result<QString> created = create(fields);
            if (!created)
                return created.error();
            written << *created;
            continue;
        }
        if (!existing->contains(id)) {
            // Moving a child between parents by id would hide it from its
            // first parent without a trace in that parent's edit.
            return invalid(QObject::tr("The %1 %2 does not belong to this %3.")
                               .arg(noun(m_entity.name), id, noun(m_entity.field(parentField)->references)));
        }
        if (Result<bool> updated = update(id, fields); !updated)
            return updated.error();
        written << id;
    }
    for (const QString &id : *existing) {
        if (written.contains(id))
            continue;
        if (Status s = remove(id); !s)
            return s.error();
    }
    return written;
}

Status RecordRepository::checkReferences(const QJsonObject &fields, const QJsonObject &stored) const
{
    for (const FieldDef &fd : m_entity.fields) {
        if (fd.references.isEmpty())
            continue;
        const QJsonValue v = fields.value(fd.name);
        // An unchanged reference is not checked again: a record whose account
        // was deleted later can still be edited.
        if (!v.isString() || v.toString().isEmpty() || v == stored.value(fd.name))
            continue;
        if (Status s = requireLive(fd.references, v.toString()); !s)
            return s;
    }
    return success();
}

Status RecordRepository::requireLive(const QString &entityName, const QString &id) const
{
    const EntityDef *def = entityByName(entityName);
    const std::optional<StoredRecord> r = def && !id.isEmpty() ? RecordWriter(m_store).read(*def, id) : std::nullopt;
    if (!r)
        return invalid(QObject::tr("The %1 %2 does not exist.").arg(noun(entityName), id));
    if (r->deletedAt) {
        QString title = recordTitle(*def, r->fields);
        if (title.isEmpty())
            title = r->fields.value(QStringLiteral("name")).toString();
        return invalid(title.isEmpty() ? QObject::tr("The %1 %2 has been deleted.").arg(noun(entityName), id)
                                       : QObject::tr("The %1 \"%2\" has been deleted.").arg(noun(entityName), title));
    }
    return success();
}

QString RecordRepository::noun(const QString &e)
{
    if (e == QLatin1String("user"))
        return QObject::tr("user");
    if (e == QLatin1String("tag"))
        return QObject::tr("tag");
    if (e == QLatin1String("saved_view"))
        return QObject::tr("saved view");
    if (e == QLatin1String("account"))
        return QObject::tr("account");
    if (e == QLatin1String("contact"))
        return QObject::tr("contact");
    if (e == QLatin1String("pipeline"))
        return QObject::tr("pipeline");
    if (e == QLatin1String("stage"))
        return QObject::tr("stage");
    if (e == QLatin1String("campaign"))
        return QObject::tr("campaign");
    if (e == QLatin1String("opportunity"))
        return QObject::tr("opportunity");
    if (e == QLatin1String("stage_change"))
        return QObject::tr("stage change");
    if (e == QLatin1String("case"))
        return QObject::tr("case");
    if (e == QLatin1String("activity"))
        return QObject::tr("activity");
    if (e == QLatin1String("campaign_member"))
        return QObject::tr("campaign member");
    if (e == QLatin1String("product"))
        return QObject::tr("product");
    if (e == QLatin1String("order"))
        return QObject::tr("order");
    if (e == QLatin1String("order_line"))
        return QObject::tr("order line");
    return e;
}

QString RecordRepository::alternatives(const QStringList &values)
{
    if (values.size() < 2)
        return values.join(QString());
    return QObject::tr("%1 or %2").arg(values.mid(0, values.size() - 1).join(QStringLiteral(", ")), values.last());
}

} // namespace rapport
