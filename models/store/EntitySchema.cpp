#include "EntitySchema.h"

#include "domain/PersonName.h"

namespace rapport {

namespace {
using FT = FieldType;
using SR = SearchRole;

FieldDef text(const char *n, SR s = SR::None) { return {QString::fromLatin1(n), FT::Text, s, {}}; }
FieldDef integer(const char *n) { return {QString::fromLatin1(n), FT::Integer, SR::None, {}}; }
FieldDef json(const char *n, SR s = SR::None) { return {QString::fromLatin1(n), FT::Json, s, {}}; }
FieldDef ref(const char *n, const char *entity) { return {QString::fromLatin1(n), FT::Text, SR::None, QString::fromLatin1(entity)}; }

EntityDef entity(const char *name, const char *table, QList<FieldDef> fields, bool searchable = false, bool prefixTerms = false)
{
    fields.prepend(ref("owner_id", "user"));
    return {QString::fromLatin1(name), QString::fromLatin1(table), fields, searchable, prefixTerms};
}

QList<FieldDef> address()
{
    return {text("street"), text("city", SR::Key), text("region"), text("postcode"), text("country")};
}

QList<EntityDef> buildCatalogue()
{
    QList<EntityDef> c;
    c << entity("user", "users", {text("name", SR::Name), text("display_name"), text("email"), text("role"), text("team"), integer("active")});
    c << entity("tag", "tags", {text("name"), text("color")});
    c << entity("saved_view", "saved_views", {text("name"), text("entity"), json("definition")});
    c << entity("account", "accounts",
                QList<FieldDef>{text("name", SR::Name), text("type"), text("industry"), text("source"), text("website", SR::Key),
                                json("phones", SR::Key), json("emails", SR::Key)}
                    + address()
                    + QList<FieldDef>{ref("parent_id", "account"), json("tags", SR::Key), text("notes", SR::Notes), integer("visit_interval_days")},
                true, true);
    c << entity("contact", "contacts",
                QList<FieldDef>{text("given_name", SR::Name), text("family_name", SR::Name), text("romanised_name", SR::Key), text("title"),
                                text("department"), ref("account_id", "account"), json("emails", SR::Key), json("phones", SR::Key)}
                    + address()
                    + QList<FieldDef>{text("birthday"), text("preferred_channel"), json("consent"), json("tags", SR::Key), text("notes", SR::Notes)},
                true, true);
    c << entity("pipeline", "pipelines", {text("name"), integer("position"), integer("is_default")});
    c << entity("stage", "stages", {ref("pipeline_id", "pipeline"), text("name"), integer("position"), integer("probability"), text("kind")});
    c << entity("campaign", "campaigns",
                {text("name", SR::Name), text("channel"), integer("budget"), integer("actual_cost"), text("currency"), text("start_date"),
                 text("end_date"), text("status"), text("notes", SR::Notes)},
                true, true);
    c << entity("opportunity", "opportunities",
                {ref("account_id", "account"), ref("contact_id", "contact"), text("name", SR::Name), integer("amount"), text("currency"),
                 ref("pipeline_id", "pipeline"), ref("stage_id", "stage"), integer("probability"), text("expected_close"),
                 ref("campaign_id", "campaign"), text("close_reason"), integer("closed_at"), json("tags", SR::Key), text("notes", SR::Notes)},
                true, true);
    c << entity("stage_change", "stage_changes",
                {ref("opportunity_id", "opportunity"), ref("from_stage_id", "stage"), ref("to_stage_id", "stage"), integer("changed_at"),
                 ref("changed_by", "user")});
    c << entity("case", "cases",
                {text("subject", SR::Name), text("description", SR::Notes), ref("account_id", "account"), ref("contact_id", "contact"),
                 text("priority"), text("status"), ref("assignee_id", "user"), integer("due_at"), integer("resolved_at"), text("resolution"),
                 integer("satisfaction"), text("followup_activity_id")},
                true, true);
    c << entity("activity", "activities",
                {text("kind"), text("subject", SR::Name), text("body"), integer("start_at"), integer("duration_min"), integer("due_at"),
                 integer("done_at"), text("outcome"), text("location"), ref("account_id", "account"), json("contact_ids"),
                 ref("opportunity_id", "opportunity"), ref("case_id", "case")},
                true, false);
    c << entity("campaign_member", "campaign_members",
                {ref("campaign_id", "campaign"), ref("contact_id", "contact"), text("status"), integer("targeted_at"), integer("sent_at"),
                 integer("responded_at"), integer("converted_at")});
    c << entity("product", "products",
                {text("code", SR::Key), text("name", SR::Name), text("category", SR::Key), integer("list_price"), integer("unit_cost"),
                 text("currency")},
                true, true);
    c << entity("order", "orders",
                {ref("account_id", "account"), ref("contact_id", "contact"), integer("ordered_at"), text("currency"), text("channel"),
                 ref("campaign_id", "campaign"), text("number")});
    c << entity("order_line", "order_lines",
                {ref("order_id", "order"), ref("product_id", "product"), integer("quantity"), integer("unit_price"), integer("discount")});
    return c;
}
} // namespace

const FieldDef *EntityDef::field(const QString &n) const
{
    for (const FieldDef &f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

QStringList EntityDef::fieldNames() const
{
    QStringList out;
    for (const FieldDef &f : fields)
        out << f.name;
    return out;
}

QStringList metaColumns()
{
    return {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at"),
            QStringLiteral("version"), QStringLiteral("fver")};
}

const QList<EntityDef> &entityCatalogue()
{
    static const QList<EntityDef> catalogue = buildCatalogue();
    return catalogue;
}

const EntityDef *entityByName(const QString &name)
{
    for (const EntityDef &e : entityCatalogue())
        if (e.name == name)
            return &e;
    return nullptr;
}

const EntityDef *entityByTable(const QString &table)
{
    for (const EntityDef &e : entityCatalogue())
        if (e.table == table)
            return &e;
    return nullptr;
}

QJsonObject derivedColumns(const EntityDef &def, const QJsonObject &f)
{
    QJsonObject out;
    if (def.name == QLatin1String("account") || def.name == QLatin1String("product") || def.name == QLatin1String("campaign")
        || def.name == QLatin1String("opportunity")) {
        out.insert(QStringLiteral("sort_key"), foldForSort(f.value(QStringLiteral("name")).toString()));
    } else if (def.name == QLatin1String("contact")) {
        out.insert(QStringLiteral("sort_key"),
                   personSortKey(f.value(QStringLiteral("given_name")).toString(), f.value(QStringLiteral("family_name")).toString(),
                                 f.value(QStringLiteral("romanised_name")).toString()));
    } else if (def.name == QLatin1String("case")) {
        out.insert(QStringLiteral("sort_key"), foldForSort(f.value(QStringLiteral("subject")).toString()));
    }
    return out;
}

} // namespace rapport
