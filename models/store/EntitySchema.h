#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// The catalogue of record types as the generic write path, the journal, search,
// export and the checker see them. The DDL itself lives in the migrations (one
// frozen source per schema version); a test compares this catalogue with the
// live tables so the two can never drift apart.
enum class FieldType { Text, Integer, Json };

// What a field contributes to the search index.
enum class SearchRole {
    None,
    Name,   // display names: ranked first
    Key,    // emails, phones (indexed by digits too), city, tags, codes
    Notes,  // free text: ranked last
};

struct FieldDef {
    QString name;
    FieldType type = FieldType::Text;
    SearchRole search = SearchRole::None;
    QString references; // entity name of a foreign key, or empty
};

struct EntityDef {
    QString name;   // "account": the name in the journal and the JSONL export
    QString table;  // "accounts"
    QList<FieldDef> fields; // user-visible fields, all journaled (owner_id included)
    bool searchable = false;
    bool prefixTerms = false; // index name words for 1-2 character search

    const FieldDef *field(const QString &name) const;
    QStringList fieldNames() const;
};

// Columns every record table has besides its fields. created_at/updated_at/version
// are maintained by the write path; deleted_at is journaled as the 'delete' op;
// fver holds per-field versions ({"name":3}) for sync's conflict detection.
QStringList metaColumns();

const QList<EntityDef> &entityCatalogue(); // in dependency order (parents first)
const EntityDef *entityByName(const QString &name);
const EntityDef *entityByTable(const QString &table);

// Columns computed from the fields on every write (sort keys); not journaled.
QJsonObject derivedColumns(const EntityDef &def, const QJsonObject &fields);

} // namespace rapport
