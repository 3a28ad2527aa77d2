#include "StoreChecker.h"

#include "EntitySchema.h"
#include "FieldValue.h"
#include "Journal.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport {

CheckReport StoreChecker::run()
{
    CheckReport r;
    integrity(r);
    foreignKeys(r);
    searchIndex(r);
    journal(r);
    return r;
}

void StoreChecker::integrity(CheckReport &r)
{
    r.checked << QObject::tr("SQLite integrity check");
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << QObject::tr("The integrity check could not run: %1").arg(q.lastError().text());
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            r.problems << QObject::tr("Database damage: %1").arg(line);
    }
}

void StoreChecker::foreignKeys(CheckReport &r)
{
    r.checked << QObject::tr("references between records");
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        r.problems << QObject::tr("The reference check could not run: %1").arg(q.lastError().text());
        return;
    }
    int n = 0;
    while (q.next()) {
        if (++n <= 20)
            r.problems << QObject::tr("%1 row %2 refers to a missing %3 record").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toString());
    }
    if (n > 20)
        r.problems << QObject::tr("… and %1 more missing references").arg(n - 20);
}

void StoreChecker::searchIndex(CheckReport &r)
{
    r.checked << QObject::tr("search index");
    QSqlQuery q(m_store.db());
    // 'integrity-check' with rank 1 also compares the index with search_docs.
    if (!q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")))
        r.problems << QObject::tr("The full-text index does not match its documents: %1").arg(q.lastError().databaseText());
    for (const EntityDef &e : entityCatalogue()) {
        if (!e.searchable)
            continue;
        // Table names come from the compile-time catalogue; values are bound.
        QSqlQuery missing(m_store.db());
        missing.prepare(QStringLiteral("SELECT count(*) FROM %1 t WHERE t.deleted_at IS NULL AND NOT EXISTS "
                                       "(SELECT 1 FROM search_docs d WHERE d.record_id = t.id)").arg(e.table));
        if (missing.exec() && missing.next() && missing.value(0).toLongLong() > 0)
            r.problems << QObject::tr("%1 %2 records cannot be found by search (not in the index)").arg(missing.value(0).toLongLong()).arg(e.name);
        QSqlQuery stale(m_store.db());
        stale.prepare(QStringLiteral("SELECT count(*) FROM search_docs d WHERE d.entity = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM %1 t WHERE t.id = d.record_id AND t.deleted_at IS NULL)").arg(e.table));
        stale.addBindValue(e.name);
        if (stale.exec() && stale.next() && stale.value(0).toLongLong() > 0)
            r.problems << QObject::tr("%1 search entries point at deleted or missing %2 records").arg(stale.value(0).toLongLong()).arg(e.name);
    }
    QSqlQuery orphanTerms(m_store.db());
    if (orphanTerms.exec(QStringLiteral("SELECT count(*) FROM search_terms t WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.docid = t.docid)"))
        && orphanTerms.next() && orphanTerms.value(0).toLongLong() > 0)
        r.problems << QObject::tr("%1 search prefix terms belong to no document").arg(orphanTerms.value(0).toLongLong());
}

void StoreChecker::journal(CheckReport &r)
{
    r.checked << QObject::tr("change journal");
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM journal j WHERE NOT EXISTS (SELECT 1 FROM change_sets c WHERE c.id = j.change_id)")) && q.next()
        && q.value(0).toLongLong() > 0)
        r.problems << QObject::tr("%1 journal entries belong to no change set").arg(q.value(0).toLongLong());
    QSqlQuery unknown(m_store.db());
    if (unknown.exec(QStringLiteral("SELECT DISTINCT entity FROM journal")))
        while (unknown.next())
            if (!entityByName(unknown.value(0).toString()))
                r.problems << QObject::tr("The journal names an unknown record type \"%1\"").arg(unknown.value(0).toString());
    // The newest journaled value of every field must be the stored value:
    // otherwise something wrote around the journal and sync would lose it.
    Journal j(m_store);
    Result<ReplayedStore> replayed = j.replay();
    if (!replayed) {
        r.problems << replayed.error().message;
        return;
    }
    RecordWriter reader(m_store);
    int reported = 0;
    for (auto e = replayed->cbegin(); e != replayed->cend(); ++e) {
        const EntityDef *def = entityByName(e.key());
        if (!def)
            continue;
        for (auto rec = e->cbegin(); rec != e->cend(); ++rec) {
            const std::optional<StoredRecord> stored = reader.read(*def, rec.key());
            if (!stored) {
                if (++reported <= 20)
                    r.problems << QObject::tr("The journal has changes to %1 %2, which is not in the store").arg(def->name, rec.key());
                continue;
            }
            if (rec->deleteJournaled && stored->deletedAt.has_value() != rec->deleted && ++reported <= 20)
                r.problems << QObject::tr("%1 %2 is %3 in the store but not in the journal")
                                  .arg(def->name, rec.key(), stored->deletedAt ? QObject::tr("deleted") : QObject::tr("live"));
            for (auto f = rec->fields.begin(); f != rec->fields.end(); ++f) {
                if (stored->fields.value(f.key()) != f.value() && ++reported <= 20)
                    r.problems << QObject::tr("%1 %2 field %3 is %4 in the store but %5 in the journal")
                                      .arg(def->name, rec.key(), f.key(), encodeJournalValue(stored->fields.value(f.key())), encodeJournalValue(f.value()));
            }
        }
    }
    if (reported > 20)
        r.problems << QObject::tr("… and %1 more journal mismatches").arg(reported - 20);
}

} // namespace rapport
