#include "Migrations.h"

namespace rapport {

namespace {

// Columns every record table starts with. See EntitySchema.h for what each means.
#define RECORD_META                                                                                                     \
    "id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER, "      \
    "version INTEGER NOT NULL DEFAULT 1, fver TEXT, owner_id TEXT REFERENCES users(id), "
#define ADDRESS "street TEXT, city TEXT, region TEXT, postcode TEXT, country TEXT, "

Migration v1()
{
    Migration m{1, "initial schema: records, journal, search", {}};
    auto &s = m.statements;
    s << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT) STRICT");

    s << QStringLiteral("CREATE TABLE users (" RECORD_META
                        "name TEXT NOT NULL, display_name TEXT, email TEXT, role TEXT, team TEXT, active INTEGER) STRICT");
    s << QStringLiteral("CREATE TABLE tags (" RECORD_META "name TEXT NOT NULL, color TEXT) STRICT");
    s << QStringLiteral("CREATE TABLE saved_views (" RECORD_META "name TEXT NOT NULL, entity TEXT NOT NULL, definition TEXT) STRICT");

    s << QStringLiteral("CREATE TABLE accounts (" RECORD_META
                        "name TEXT NOT NULL, sort_key TEXT NOT NULL, type TEXT, industry TEXT, source TEXT, website TEXT, "
                        "phones TEXT, emails TEXT, " ADDRESS
                        "parent_id TEXT REFERENCES accounts(id), tags TEXT, notes TEXT, visit_interval_days INTEGER) STRICT");
    s << QStringLiteral("CREATE INDEX accounts_by_sort ON accounts(sort_key, id) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX accounts_by_city ON accounts(ifnull(city, ''), id) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX accounts_by_owner ON accounts(owner_id)");
    s << QStringLiteral("CREATE INDEX accounts_by_parent ON accounts(parent_id) WHERE parent_id IS NOT NULL");

    s << QStringLiteral("CREATE TABLE contacts (" RECORD_META
                        "given_name TEXT, family_name TEXT, romanised_name TEXT, sort_key TEXT NOT NULL, title TEXT, department TEXT, "
                        "account_id TEXT REFERENCES accounts(id), emails TEXT, phones TEXT, " ADDRESS
                        "birthday TEXT, preferred_channel TEXT, consent TEXT, tags TEXT, notes TEXT) STRICT");
    s << QStringLiteral("CREATE INDEX contacts_by_sort ON contacts(sort_key, id) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX contacts_by_account ON contacts(account_id)");

    s << QStringLiteral("CREATE TABLE pipelines (" RECORD_META "name TEXT NOT NULL, position INTEGER, is_default INTEGER) STRICT");
    s << QStringLiteral("CREATE TABLE stages (" RECORD_META
                        "pipeline_id TEXT NOT NULL REFERENCES pipelines(id), name TEXT NOT NULL, position INTEGER NOT NULL, "
                        "probability INTEGER, kind TEXT NOT NULL CHECK (kind IN ('open','won','lost'))) STRICT");
    s << QStringLiteral("CREATE INDEX stages_by_pipeline ON stages(pipeline_id, position)");

    s << QStringLiteral("CREATE TABLE campaigns (" RECORD_META
                        "name TEXT NOT NULL, sort_key TEXT NOT NULL, channel TEXT, budget INTEGER, actual_cost INTEGER, currency TEXT, "
                        "start_date TEXT, end_date TEXT, status TEXT, notes TEXT) STRICT");

    s << QStringLiteral("CREATE TABLE opportunities (" RECORD_META
                        "account_id TEXT REFERENCES accounts(id), contact_id TEXT REFERENCES contacts(id), name TEXT NOT NULL, "
                        "sort_key TEXT NOT NULL, amount INTEGER, currency TEXT, pipeline_id TEXT REFERENCES pipelines(id), "
                        "stage_id TEXT REFERENCES stages(id), probability INTEGER, expected_close TEXT, "
                        "campaign_id TEXT REFERENCES campaigns(id), close_reason TEXT, closed_at INTEGER, tags TEXT, notes TEXT) STRICT");
    s << QStringLiteral("CREATE INDEX opportunities_by_account ON opportunities(account_id)");
    s << QStringLiteral("CREATE INDEX opportunities_by_stage ON opportunities(stage_id, expected_close) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX opportunities_by_sort ON opportunities(sort_key, id) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX opportunities_by_campaign ON opportunities(campaign_id) WHERE campaign_id IS NOT NULL");

    s << QStringLiteral("CREATE TABLE stage_changes (" RECORD_META
                        "opportunity_id TEXT NOT NULL REFERENCES opportunities(id), from_stage_id TEXT REFERENCES stages(id), "
                        "to_stage_id TEXT REFERENCES stages(id), changed_at INTEGER NOT NULL, changed_by TEXT REFERENCES users(id)) STRICT");
    s << QStringLiteral("CREATE INDEX stage_changes_by_opportunity ON stage_changes(opportunity_id, changed_at)");

    s << QStringLiteral("CREATE TABLE cases (" RECORD_META
                        "subject TEXT NOT NULL, sort_key TEXT NOT NULL, description TEXT, account_id TEXT REFERENCES accounts(id), "
                        "contact_id TEXT REFERENCES contacts(id), priority TEXT, status TEXT, assignee_id TEXT REFERENCES users(id), "
                        "due_at INTEGER, resolved_at INTEGER, resolution TEXT, satisfaction INTEGER, followup_activity_id TEXT) STRICT");
    s << QStringLiteral("CREATE INDEX cases_by_account ON cases(account_id)");
    s << QStringLiteral("CREATE INDEX cases_by_status ON cases(status, due_at) WHERE deleted_at IS NULL");

    s << QStringLiteral("CREATE TABLE activities (" RECORD_META
                        "kind TEXT NOT NULL, subject TEXT, body TEXT, start_at INTEGER NOT NULL, duration_min INTEGER, due_at INTEGER, "
                        "done_at INTEGER, outcome TEXT, location TEXT, account_id TEXT REFERENCES accounts(id), contact_ids TEXT, "
                        "opportunity_id TEXT REFERENCES opportunities(id), case_id TEXT REFERENCES cases(id)) STRICT");
    s << QStringLiteral("CREATE INDEX activities_by_start ON activities(start_at, id) WHERE deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX activities_by_account ON activities(account_id, start_at)");
    s << QStringLiteral("CREATE INDEX activities_open_by_due ON activities(due_at) WHERE done_at IS NULL AND deleted_at IS NULL");
    s << QStringLiteral("CREATE INDEX activities_by_opportunity ON activities(opportunity_id) WHERE opportunity_id IS NOT NULL");
    s << QStringLiteral("CREATE INDEX activities_by_case ON activities(case_id) WHERE case_id IS NOT NULL");
    // Derived from activities.contact_ids by the write path so that a contact's
    // timeline is an index lookup, not a scan of every activity's JSON.
    s << QStringLiteral("CREATE TABLE activity_contacts (contact_id TEXT NOT NULL, activity_id TEXT NOT NULL, "
                        "PRIMARY KEY (contact_id, activity_id)) WITHOUT ROWID, STRICT");
    s << QStringLiteral("CREATE INDEX activity_contacts_by_activity ON activity_contacts(activity_id)");

    s << QStringLiteral("CREATE TABLE campaign_members (" RECORD_META
                        "campaign_id TEXT NOT NULL REFERENCES campaigns(id), contact_id TEXT NOT NULL REFERENCES contacts(id), "
                        "status TEXT NOT NULL, targeted_at INTEGER, sent_at INTEGER, responded_at INTEGER, converted_at INTEGER) STRICT");
    s << QStringLiteral("CREATE INDEX campaign_members_by_campaign ON campaign_members(campaign_id, contact_id)");
    s << QStringLiteral("CREATE INDEX campaign_members_by_contact ON campaign_members(contact_id)");

    s << QStringLiteral("CREATE TABLE products (" RECORD_META
                        "code TEXT, name TEXT NOT NULL, sort_key TEXT NOT NULL, category TEXT, list_price INTEGER, unit_cost INTEGER, "
                        "currency TEXT) STRICT");
    s << QStringLiteral("CREATE TABLE orders (" RECORD_META
                        "account_id TEXT REFERENCES accounts(id), contact_id TEXT REFERENCES contacts(id), ordered_at INTEGER NOT NULL, "
                        "currency TEXT NOT NULL, channel TEXT, campaign_id TEXT REFERENCES campaigns(id), number TEXT) STRICT");
    s << QStringLiteral("CREATE INDEX orders_by_account ON orders(account_id, ordered_at)");
    s << QStringLiteral("CREATE INDEX orders_by_date ON orders(ordered_at)");
    s << QStringLiteral("CREATE TABLE order_lines (" RECORD_META
                        "order_id TEXT NOT NULL REFERENCES orders(id), product_id TEXT REFERENCES products(id), "
                        "quantity INTEGER NOT NULL, unit_price INTEGER NOT NULL, discount INTEGER) STRICT");
    s << QStringLiteral("CREATE INDEX order_lines_by_order ON order_lines(order_id)");
    s << QStringLiteral("CREATE INDEX order_lines_by_product ON order_lines(product_id)");

    // One row per user action (an edit, a bulk edit, an import, an undo): the
    // unit of undo and of import revert. Journal entries point at it.
    s << QStringLiteral("CREATE TABLE change_sets (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, user_id TEXT, "
                        "label TEXT, origin TEXT NOT NULL DEFAULT 'local', batch_id TEXT, reverts INTEGER, reverted_by INTEGER) STRICT");
    // The change journal: one row per changed field. seq is the local, gapless
    // (AUTOINCREMENT never reuses) order in which changes were made; sync pushes
    // rows in seq order. base_version is the field version the edit was made on.
    s << QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id INTEGER NOT NULL REFERENCES change_sets(id), "
                        "at INTEGER NOT NULL, replica_id TEXT NOT NULL, user_id TEXT, entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                        "op TEXT NOT NULL CHECK (op IN ('create','update','delete')), field TEXT NOT NULL, old_value TEXT, new_value TEXT, "
                        "base_version INTEGER NOT NULL, pushed INTEGER NOT NULL DEFAULT 0) STRICT");
    s << QStringLiteral("CREATE INDEX journal_by_record ON journal(record_id, field, seq)");
    s << QStringLiteral("CREATE INDEX journal_by_change ON journal(change_id)");
    s << QStringLiteral("CREATE INDEX journal_unpushed ON journal(seq) WHERE pushed = 0");

    // Search: one document per searchable record; FTS5 trigram over three
    // columns (name, keys, notes) for substring search of 3+ characters, and
    // search_terms for 1-2 character prefix search (trigrams cannot match those).
    s << QStringLiteral("CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, entity TEXT NOT NULL, record_id TEXT NOT NULL UNIQUE, "
                        "title TEXT NOT NULL, name TEXT NOT NULL, keys TEXT NOT NULL, notes TEXT NOT NULL) STRICT");
    s << QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(name, keys, notes, content='search_docs', content_rowid='docid', "
                        "tokenize='trigram')");
    s << QStringLiteral("CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
                        "INSERT INTO search_fts(rowid, name, keys, notes) VALUES (new.docid, new.name, new.keys, new.notes); END");
    s << QStringLiteral("CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
                        "INSERT INTO search_fts(search_fts, rowid, name, keys, notes) VALUES ('delete', old.docid, old.name, old.keys, old.notes); END");
    s << QStringLiteral("CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
                        "INSERT INTO search_fts(search_fts, rowid, name, keys, notes) VALUES ('delete', old.docid, old.name, old.keys, old.notes); "
                        "INSERT INTO search_fts(rowid, name, keys, notes) VALUES (new.docid, new.name, new.keys, new.notes); END");
    s << QStringLiteral("CREATE TABLE search_terms (term TEXT NOT NULL, docid INTEGER NOT NULL, PRIMARY KEY (term, docid)) WITHOUT ROWID, STRICT");
    s << QStringLiteral("CREATE INDEX search_terms_by_doc ON search_terms(docid)");
    return m;
}

#undef RECORD_META
#undef ADDRESS

// 1-2 character search walks search_terms by length, then alphabetically
// (short words first: "Li" before "Lindqvist"). Without this index a query
// such as "m" read and sorted every term starting with m: 150 ms on 100k
// accounts. With it, each length is one index range: see SearchQuery.
//
// FTS5 merges its index segments incrementally as edits add small ones, but
// when 16 pile up on one level it merges them at once ("crisis merge"), in
// the transaction of whichever edit came last. Next to a large segment (any
// bulk load, after 'optimize') that merge rewrote the whole index: single
// edits of an account's name stalled 8-12 s on a 20k-account store. With the
// crisis threshold out of reach the incremental merging spreads the work over
// the edits (the slowest of 400 edits: ~0.1 s).
Migration v2()
{
    Migration m{2, "search terms by length; full-text merges without stalls", {}};
    m.statements << QStringLiteral("CREATE INDEX search_terms_by_length ON search_terms(length(term), term)");
    m.statements << QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 1000)");
    return m;
}

// Indexes for the desktop pages, measured on a 100k-account store:
// - an account's last visit (Today's visits due, the account's key figures):
//   only done visits, so the lookup no longer walks every activity of the
//   account (2 s warm / 24 s cold for the whole round; 0.5 s cold with it);
// - the pipeline's table: one pipeline's opportunities in name order, a
//   keyset page walked in the index instead of sorting the pipeline;
// - a campaign's attributed orders (9-18 s through orders_by_date before);
// - the cases list in subject order (each page read all cases before).
Migration v3()
{
    Migration m{3, "indexes for visits due and pipeline lists", {}};
    m.statements << QStringLiteral("CREATE INDEX activities_visits_done ON activities(account_id, start_at) "
                                   "WHERE kind = 'visit' AND done_at IS NOT NULL AND deleted_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX opportunities_by_pipeline ON opportunities(pipeline_id, sort_key, id) WHERE deleted_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX orders_by_campaign ON orders(campaign_id) WHERE campaign_id IS NOT NULL");
    m.statements << QStringLiteral("CREATE INDEX cases_by_sort ON cases(sort_key, id) WHERE deleted_at IS NULL");
    return m;
}

// Indexes found by the desktop benchmark (bench/UiBench.cpp: each page after
// an edit, its slowest statement), on a 100k-account store:
// - Today's open activities of one owner, overdue first: the owner's open
//   activities in due order, and those without a due time in start order
//   (the undated half walked every open activity: 133 ms → 9 ms);
// - the pipeline board's stage totals from the index alone (each closed
//   deal was a table lookup: 193 ms → 15 ms);
// - the cases list in status and priority order, the order the list shows
//   by default (sorted all cases with their joins: 330 ms → 3 ms).
Migration v4()
{
    Migration m{4, "indexes for Today, pipeline totals and case order", {}};
    m.statements << QStringLiteral("CREATE INDEX activities_open_by_owner_due ON activities(owner_id, due_at) "
                                   "WHERE done_at IS NULL AND deleted_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX activities_open_undated ON activities(start_at) "
                                   "WHERE done_at IS NULL AND deleted_at IS NULL AND due_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX activities_open_undated_by_owner ON activities(owner_id, start_at) "
                                   "WHERE done_at IS NULL AND deleted_at IS NULL AND due_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX opportunities_stage_totals ON opportunities(stage_id, closed_at, currency, amount, probability, "
                                   "deleted_at) WHERE deleted_at IS NULL"); // deleted_at: so that it covers the query's own term
    // The same expressions as the cases list's sort columns (ListQuery.cpp),
    // so that SQLite matches them.
    m.statements << QStringLiteral("CREATE INDEX cases_by_status_order ON cases(CASE status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 "
                                   "WHEN 'in progress' THEN 2 WHEN 'waiting' THEN 3 WHEN 'resolved' THEN 4 WHEN 'closed' THEN 5 ELSE 6 END, id) "
                                   "WHERE deleted_at IS NULL");
    m.statements << QStringLiteral("CREATE INDEX cases_by_priority_order ON cases(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
                                   "WHEN 'normal' THEN 2 WHEN 'low' THEN 3 ELSE 4 END, id) WHERE deleted_at IS NULL");
    return m;
}

// The analytics load (AnalyticsRowsQuery::doneActivityCounts: done
// activities per account and kind, the cost to serve) read every activity row
// of the table: 4.6 s of its 7.3 s on the 100k store (bench/AnalyticsBench).
// Covering and in GROUP BY order, it reads the index alone. It also answers
// "the last done visit of an account" (kind = 'visit' is a prefix of it), so
// migration 3's index of done visits goes: one index less to write per activity.
Migration v5()
{
    Migration m{5, "index for the analytics' activity counts", {}};
    m.statements << QStringLiteral("DROP INDEX activities_visits_done");
    // done_at and deleted_at as columns too, so that it covers the query's own terms.
    m.statements << QStringLiteral("CREATE INDEX activities_done_by_account_kind ON activities(account_id, kind, start_at, done_at, deleted_at) "
                                   "WHERE done_at IS NOT NULL AND deleted_at IS NULL");
    return m;
}

QList<Migration> build()
{
    return {v1(), v2(), v3(), v4(), v5()};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = build();
    return all;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace rapport
