#pragma once
#include "StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <Qt>
#include <optional>

namespace rapport {

class Store;

// The record lists (accounts, contacts, activities, …) read page by page with
// keyset pagination: each page continues after the (sort value, id) of the last
// row of the previous one, so page 5,000 costs what page 1 does. No OFFSET and
// no COUNT(*): a list knows its length only when it has read to the end.
enum class ListKind { Accounts, Contacts, Activities, Opportunities, Campaigns, Cases };

// How a column's value is to be shown; the store delivers raw values.
enum class ValueKind {
    Text,
    Integer,
    Timestamp, // UTC milliseconds since the epoch, shown in local time
    Date,      // ISO date text (expected close, campaign start), shown in the locale's format
    Money,     // two selects: amount in minor units and currency code
    Percent,   // an integer 0-100
};

struct ListColumn {
    QString key;        // stable name ("city"), for settings and saved views
    const char *header; // QT_TRANSLATE_NOOP("ListQuery", …): translate with context ListQuery::TranslationContext
    // The SQL expressions selected for the value. One normally; two for a
    // person's name (given, family), combined into one display value by
    // page(), and for money (amount, currency).
    QStringList select;
    // SQL expression ordered by, never NULL (row-value comparison of NULL is
    // NULL, which would end a page early); empty if the column is not sortable.
    QString sortExpr;
    ValueKind kind = ValueKind::Text;

    bool sortable() const { return !sortExpr.isEmpty(); }
};

// A filter a list offers: a WHERE condition with exactly one placeholder.
struct ListFilterDef {
    QString key;        // "type", "tag", "from": stable, for saved views
    const char *label;  // QT_TRANSLATE_NOOP("ListQuery", …)
    QString condition;  // e.g. "t.type = ?"
    ValueKind kind = ValueKind::Text; // what the bound value is (Timestamp: UTC ms)
};

struct ListDef {
    ListKind kind;
    QString entity; // entity name in EntitySchema: "account"
    QString from;   // FROM clause; the listed table is always aliased t
    QList<ListColumn> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
    QList<ListFilterDef> filters; // besides "owner" and "ids", which every list has

    int columnIndex(const QString &key) const;
    const ListFilterDef *filter(const QString &key) const;
};

const ListDef &listDef(ListKind kind);
// The list of an entity name ("opportunity"), if there is one.
std::optional<ListKind> listKindOf(const QString &entity);

// What to list. The filters are ANDed, each one a bound value; keys are those
// of ListDef::filters plus "owner" (a user id) and "ids" (a list of record
// ids: the matches of a search).
struct ListSpec {
    ListSpec() = default;
    // Engaged optionals are copied member by member: GCC 12 at -O1 with the
    // sanitizers warns (maybe-uninitialized) when a disengaged
    // optional<QString> is moved or copied as a whole.
    explicit ListSpec(ListKind k, const std::optional<QString> &owner = std::nullopt, const QList<QPair<QString, QVariant>> &f = {},
                      const std::optional<QStringList> &only = std::nullopt)
        : kind(k), filters(f)
    {
        if (owner)
            ownerId = *owner;
        if (only)
            ids = *only;
    }

    ListKind kind = ListKind::Accounts;
    std::optional<QString> ownerId; // only records owned by this user
    QList<QPair<QString, QVariant>> filters;
    std::optional<QStringList> ids;  // only these records (search results)

    const ListDef &def() const { return listDef(kind); }
    // Empty if every filter key is known, else the first unknown one.
    QString unknownFilter() const;
    friend bool operator==(const ListSpec &, const ListSpec &) = default;
};

// Where a page starts: after the row with this sort value and id.
struct PageKey {
    QVariant sortValue;
    QString id;
};

struct ListRow {
    QString id;
    QVariant sortValue;  // the value of the sort expression, for the next PageKey
    QVariantList values; // one per column of the list, raw (NULL stays a null QVariant)

    PageKey key() const { return {sortValue, id}; }
};

class ListQuery {
public:
    static constexpr const char *TranslationContext = "ListQuery";

    explicit ListQuery(Store &store) : m_store(store) {}

    // Up to `limit` live (not deleted) rows, ordered by the column's sort
    // expression then id, starting after `after` (or at the beginning).
    Result<QList<ListRow>> page(const ListSpec &spec, int sortColumn, Qt::SortOrder order, const std::optional<PageKey> &after,
                                int limit);

    // The statement page() runs, for tests and EXPLAIN QUERY PLAN checks.
    static QString pageSql(const ListSpec &spec, int sortColumn, Qt::SortOrder order, bool hasAfter);

private:
    Store &m_store;
};

} // namespace rapport
