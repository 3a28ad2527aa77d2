#pragma once
#include "EntitySchema.h"
#include "StoreError.h"

#include <QJsonObject>
#include <QStringList>

namespace rapport {

class Store;

// What one record contributes to search: the text columns of search_docs and
// the prefix terms for 1-2 character queries.
struct SearchDocument {
    QString title; // shown in results
    QString name;
    QString keys;  // emails, phones (as written and as digits), city, tags, codes
    QString notes;
    QStringList terms;
};

SearchDocument buildSearchDocument(const EntityDef &entity, const QJsonObject &fields);
QString recordTitle(const EntityDef &entity, const QJsonObject &fields);

// Keeps search_docs / search_fts / search_terms current. Called by the write
// path inside the same transaction as the edit it reflects.
class SearchIndexer {
public:
    explicit SearchIndexer(Store &store) : m_store(store) {}
    Status index(const EntityDef &entity, const QString &id, const QJsonObject &fields);
    Status remove(const QString &id);

private:
    Store &m_store;
};

} // namespace rapport
