// Property test of the write path and its journal: random creates, edits (nulls,
// lists, objects, Chinese text, edge-case integers), deletes, restores, undos,
// bulk change sets (committed and rolled back) and invalid edits that must leave
// no trace. Afterwards the journal alone must describe every row exactly:
// Journal::replay() equals the tables, seq has no gaps, and every edit's
// base_version / old_value is the field's previous version / value.
//
// Reproduce a failure with RAPPORT_PROPERTY_SEED=<seed> (and optionally
// RAPPORT_PROPERTY_OPS=<n>) test_store --gtest_filter='Seeds/JournalProperty.*'
#include "store/ChangeSet.h"
#include "store/EntitySchema.h"
#include "store/Journal.h"
#include "store/RecordWriter.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <limits>
#include <sstream>

using namespace rapport;

namespace {

std::string str(const QString &s) { return s.toStdString(); }
std::string str(const QJsonValue &v)
{
    if (v.isUndefined())
        return "undefined";
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2).toStdString();
}

// splitmix64: the same sequence on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

const QString kMissingId = QStringLiteral("018b0000-0000-7000-8000-000000000000");

QList<QString> textPool()
{
    static const QList<QString> pool = {
        QStringLiteral("Acme"),
        QStringLiteral("Müller & Söhne GmbH"),
        QStringLiteral("Zoë"),
        QString::fromUtf8("Zoe\xcc\x88"), // decomposed ë
        QStringLiteral("王伟"),
        QStringLiteral("北京市朝阳区建国路88号"),
        QStringLiteral("上海华联 Trading 有限公司"),
        QStringLiteral("ＡＢＣ全角"),
        QStringLiteral("🚀 Rocket Ltd"),
        QStringLiteral("O'Brien \"Bob\""),
        QStringLiteral("'); DROP TABLE accounts;--"),
        QStringLiteral("line1\nline2\ttab"),
        QStringLiteral("back\\slash"),
        QStringLiteral("  padded  "),
        QStringLiteral("%_like_%"),
        QStringLiteral("null"),
        QStringLiteral("0"),
        QStringLiteral("[]"),
        QStringLiteral("{\"a\":1}"),
        QStringLiteral("長い文字列").repeated(80),
        QStringLiteral("x"),
        QStringLiteral(" "),          // folds to an empty sort key
        QString::fromUtf8("\xcc\x88"), // a lone combining mark: folds to nothing
    };
    return pool;
}

QList<qint64> intPool()
{
    return {0, 1, -1, 42, 30, 1700000000000, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
            (qint64(1) << 53) + 1, -(qint64(1) << 53) - 1, 999999999999};
}

struct Context {
    test::TempStore &ts;
    Rng rng;
    quint64 seed;
    RecordWriter w;
    Journal j;
    QHash<QString, QStringList> ids; // entity -> ids created (and not rolled back)
    QStringList log;                 // recent operations, for failure reports
    int op = 0;

    Context(test::TempStore &t, quint64 s) : ts(t), rng(s), seed(s), w(*t), j(*t) {}

    void note(const QString &what)
    {
        log << QStringLiteral("#%1 %2").arg(op).arg(what);
        if (log.size() > 40)
            log.removeFirst();
    }
    std::string where() const
    {
        std::ostringstream o;
        o << "seed " << seed << ", op " << op << "; recent operations:\n" << str(log.join(QLatin1Char('\n')));
        return o.str();
    }
};

const QStringList kFuzzed = {QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity"), QStringLiteral("opportunity")};

const EntityDef &def(const QString &name) { return *entityByName(name); }

bool isRequired(const EntityDef &e, const FieldDef &f)
{
    return (f.name == QLatin1String("name") && (e.name == QLatin1String("account") || e.name == QLatin1String("opportunity")))
           || (e.name == QLatin1String("activity") && (f.name == QLatin1String("kind") || f.name == QLatin1String("start_at")));
}

QJsonValue randomJson(Context &c, const FieldDef &f)
{
    const int kind = c.rng.below(7);
    if (kind == 0)
        return QJsonArray{}; // stored as null
    if (kind == 1)
        return QJsonObject{};
    if (f.name == QLatin1String("phones") || f.name == QLatin1String("emails") || kind == 2) {
        QJsonArray list;
        for (int i = 0, n = 1 + c.rng.below(3); i < n; ++i)
            list.append(QJsonObject{{QStringLiteral("type"), c.rng.chance(50) ? QStringLiteral("work") : QStringLiteral("手机")},
                                    {QStringLiteral("value"), c.rng.chance(50) ? QStringLiteral("+86 138 0013 %1").arg(c.rng.below(10000))
                                                                                : c.rng.pick(textPool())}});
        return list;
    }
    if (kind == 3)
        return QJsonObject{{QStringLiteral("email"), c.rng.chance(50)},
                           {QStringLiteral("since"), qint64(1700000000000 + c.rng.below(1000000))},
                           {QStringLiteral("ratio"), 0.1 * c.rng.below(10)},
                           {QStringLiteral("note"), c.rng.pick(textPool())},
                           {QStringLiteral("nested"), QJsonArray{QJsonValue(QJsonValue::Null), 1, QStringLiteral("二")}}};
    QJsonArray tags;
    for (int i = 0, n = 1 + c.rng.below(4); i < n; ++i)
        tags.append(c.rng.pick(textPool()).left(12));
    return tags;
}

// A valid value for the field (references point at existing records).
QJsonValue randomValue(Context &c, const EntityDef &e, const FieldDef &f)
{
    const bool required = isRequired(e, f);
    if (f.name == QLatin1String("contact_ids")) {
        QJsonArray list;
        const QStringList &contacts = c.ids.value(QStringLiteral("contact"));
        for (int i = 0, n = c.rng.below(4); i < n && !contacts.isEmpty(); ++i)
            list.append(c.rng.pick(contacts));
        if (!list.isEmpty() && c.rng.chance(10))
            list.append(list.first()); // duplicates happen in imported data
        return list;
    }
    if (!f.references.isEmpty()) {
        if (f.references == QLatin1String("user"))
            return c.rng.chance(80) ? QJsonValue(c.ts->localUserId()) : QJsonValue(QJsonValue::Null);
        const QStringList &targets = c.ids.value(f.references);
        if (targets.isEmpty() || c.rng.chance(20))
            return QJsonValue(QJsonValue::Null);
        return c.rng.pick(targets);
    }
    if (!required && c.rng.chance(12))
        return QJsonValue(QJsonValue::Null);
    switch (f.type) {
    case FieldType::Text:
        if (!required && c.rng.chance(5))
            return QString(); // empty text: stored as null
        return c.rng.pick(textPool());
    case FieldType::Integer: return c.rng.chance(50) ? c.rng.pick(intPool()) : qint64(c.rng.next() % 10000000);
    case FieldType::Json: return randomJson(c, f);
    }
    return QJsonValue(QJsonValue::Null);
}

qint64 scalar(test::TempStore &ts, const QString &sql)
{
    QSqlQuery q(ts->db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString randomExisting(Context &c, const QString &entity)
{
    const QStringList &list = c.ids.value(entity);
    return list.isEmpty() ? QString() : c.rng.pick(list);
}

QString randomDeleted(Context &c, const QString &entity)
{
    QSqlQuery q(c.ts->db());
    q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NOT NULL ORDER BY id").arg(def(entity).table));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out.isEmpty() ? QString() : c.rng.pick(out);
}

// ---------------------------------------------------------------------------
// Operations. Each returns false (after reporting) when a valid operation failed.

bool opCreate(Context &c, QStringList *createdInBulk)
{
    const QString name = c.rng.pick(kFuzzed);
    const EntityDef &e = def(name);
    QJsonObject fields;
    for (const FieldDef &f : e.fields)
        if (isRequired(e, f) || c.rng.chance(40))
            fields.insert(f.name, randomValue(c, e, f));
    c.note(QStringLiteral("create %1 %2").arg(name, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))));
    Result<QString> id = c.w.create(e, fields);
    if (!id.ok()) {
        ADD_FAILURE() << "create failed: " << str(id.error().message) << "\n" << c.where();
        return false;
    }
    c.ids[name] << *id;
    if (createdInBulk)
        *createdInBulk << name + QLatin1Char('/') + *id;
    return true;
}

bool opUpdate(Context &c)
{
    const QString name = c.rng.pick(kFuzzed);
    const QString id = randomExisting(c, name);
    if (id.isEmpty())
        return true;
    const EntityDef &e = def(name);
    QJsonObject changes;
    for (int i = 0, n = 1 + c.rng.below(3); i < n; ++i) {
        const FieldDef &f = c.rng.pick(e.fields);
        changes.insert(f.name, randomValue(c, e, f));
    }
    c.note(QStringLiteral("update %1 %2 %3").arg(name, id, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))));
    Result<bool> r = c.w.update(e, id, changes);
    if (!r.ok()) {
        ADD_FAILURE() << "update failed: " << str(r.error().message) << "\n" << c.where();
        return false;
    }
    return true;
}

bool opDelete(Context &c)
{
    const QString name = c.rng.pick(kFuzzed);
    const QString id = randomExisting(c, name);
    if (id.isEmpty())
        return true;
    c.note(QStringLiteral("delete %1 %2").arg(name, id));
    Status s = c.w.remove(def(name), id);
    if (!s.ok()) {
        ADD_FAILURE() << "delete failed: " << str(s.error().message) << "\n" << c.where();
        return false;
    }
    return true;
}

bool opRestore(Context &c)
{
    const QString name = c.rng.pick(kFuzzed);
    const QString id = randomDeleted(c, name);
    if (id.isEmpty())
        return true;
    c.note(QStringLiteral("restore %1 %2").arg(name, id));
    Status s = c.w.restore(def(name), id);
    if (!s.ok()) {
        ADD_FAILURE() << "restore failed: " << str(s.error().message) << "\n" << c.where();
        return false;
    }
    return true;
}

bool opRevert(Context &c)
{
    Result<QList<ChangeSetInfo>> recent = c.j.recentChangeSets(8);
    if (!recent.ok()) {
        ADD_FAILURE() << str(recent.error().message) << "\n" << c.where();
        return false;
    }
    QList<qint64> candidates;
    for (const ChangeSetInfo &cs : *recent)
        if (!cs.revertedBy)
            candidates << cs.id;
    if (candidates.isEmpty())
        return true;
    const qint64 target = c.rng.pick(candidates);
    c.note(QStringLiteral("revert change set %1").arg(target));
    Result<qint64> r = c.j.revert(target);
    if (!r.ok()) {
        ADD_FAILURE() << "revert of change set " << target << " failed: " << str(r.error().message) << "\n" << c.where();
        return false;
    }
    if (c.j.changeSet(target)->revertedBy != *r) {
        ADD_FAILURE() << "change set " << target << " not marked reverted by " << *r << "\n" << c.where();
        return false;
    }
    return true;
}

// An edit that must fail and leave no trace (no journal entry, no change set,
// no change to the row).
bool opInvalid(Context &c)
{
    const QString name = c.rng.pick(kFuzzed);
    const EntityDef &e = def(name);
    const QString id = randomExisting(c, name);
    const qint64 journalBefore = scalar(c.ts, QStringLiteral("SELECT count(*) FROM journal"));
    const qint64 changeSetsBefore = scalar(c.ts, QStringLiteral("SELECT count(*) FROM change_sets"));
    const std::optional<StoredRecord> rowBefore = id.isEmpty() ? std::nullopt : c.w.read(e, id);
    QString what;
    bool failed = false;
    switch (id.isEmpty() ? 0 : c.rng.below(6)) {
    case 0: {
        what = QStringLiteral("create %1 without its required field").arg(name);
        QJsonObject fields{{QStringLiteral("notes"), QStringLiteral("x")}};
        if (name == QLatin1String("contact")) // contacts have no required field: use a dangling reference instead
            fields = {{QStringLiteral("account_id"), kMissingId}};
        if (name == QLatin1String("activity"))
            fields = {{QStringLiteral("kind"), QStringLiteral("call")}};
        failed = !c.w.create(e, fields).ok();
        break;
    }
    case 1:
        what = QStringLiteral("update %1 %2 unknown field").arg(name, id);
        failed = !c.w.update(e, id, {{QStringLiteral("city"), QStringLiteral("ok")}, {QStringLiteral("no_such_field"), 1}}).ok();
        break;
    case 2: {
        what = QStringLiteral("update %1 %2 wrong type").arg(name, id);
        QString intField;
        for (const FieldDef &f : e.fields)
            if (f.type == FieldType::Integer)
                intField = f.name;
        if (intField.isEmpty()) // contacts have no integer field: a list field given text
            failed = !c.w.update(e, id, {{QStringLiteral("tags"), QStringLiteral("vip")}}).ok();
        else
            failed = !c.w.update(e, id, {{intField, QStringLiteral("often")}}).ok();
        break;
    }
    case 3: {
        // A dangling reference plus a valid change: the valid one must not stick either.
        what = QStringLiteral("update %1 %2 dangling reference").arg(name, id);
        QString refField;
        for (const FieldDef &f : e.fields)
            if (!f.references.isEmpty() && f.references != QLatin1String("user"))
                refField = f.name;
        QString textField;
        for (const FieldDef &f : e.fields)
            if (f.type == FieldType::Text && f.references.isEmpty())
                textField = f.name;
        failed = !c.w.update(e, id, {{textField, QStringLiteral("changed %1").arg(c.op)}, {refField, kMissingId}}).ok();
        break;
    }
    case 4: {
        what = QStringLiteral("update %1 %2 required field to null").arg(name, id);
        QString required;
        for (const FieldDef &f : e.fields)
            if (isRequired(e, f))
                required = f.name;
        if (required.isEmpty()) {
            required = QStringLiteral("account_id"); // contacts: a dangling reference instead
            failed = !c.w.update(e, id, {{QStringLiteral("title"), QStringLiteral("t%1").arg(c.op)}, {required, kMissingId}}).ok();
        } else {
            failed = !c.w.update(e, id, {{required, QJsonValue(QJsonValue::Null)}}).ok();
        }
        break;
    }
    default:
        what = QStringLiteral("update/delete missing %1").arg(name);
        failed = !c.w.update(e, kMissingId, {{QStringLiteral("owner_id"), QJsonValue(QJsonValue::Null)}}).ok()
                 && !c.w.remove(e, kMissingId).ok();
        break;
    }
    c.note(QStringLiteral("invalid: ") + what);
    if (!failed) {
        ADD_FAILURE() << "expected to fail: " << str(what) << "\n" << c.where();
        return false;
    }
    if (scalar(c.ts, QStringLiteral("SELECT count(*) FROM journal")) != journalBefore) {
        ADD_FAILURE() << "a failed edit left journal entries: " << str(what) << "\n" << c.where();
        return false;
    }
    if (!c.ts->currentChangeSet() && scalar(c.ts, QStringLiteral("SELECT count(*) FROM change_sets")) != changeSetsBefore) {
        ADD_FAILURE() << "a failed edit left a change set: " << str(what) << "\n" << c.where();
        return false;
    }
    if (rowBefore) {
        const std::optional<StoredRecord> rowAfter = c.w.read(e, id);
        if (!rowAfter || rowAfter->fields != rowBefore->fields || rowAfter->version != rowBefore->version) {
            ADD_FAILURE() << "a failed edit changed the row: " << str(what) << "\n" << c.where();
            return false;
        }
    }
    return true;
}

// Several operations as one change set (a bulk edit), committed or rolled back.
bool opBulk(Context &c)
{
    const bool keep = c.rng.chance(75);
    c.note(QStringLiteral("bulk begin (%1)").arg(keep ? QStringLiteral("commit") : QStringLiteral("rollback")));
    QStringList created;
    {
        ChangeSet cs(*c.ts, QStringLiteral("Bulk edit"));
        if (!cs.isActive()) {
            ADD_FAILURE() << "cannot start a bulk change set\n" << c.where();
            return false;
        }
        for (int i = 0, n = 2 + c.rng.below(4); i < n; ++i) {
            const int k = c.rng.below(10);
            const bool ok = k < 3 ? opCreate(c, &created) : k < 6 ? opUpdate(c) : k < 7 ? opDelete(c) : k < 8 ? opRestore(c) : opInvalid(c);
            if (!ok)
                return false;
        }
        if (keep) {
            Status s = cs.commit();
            if (!s.ok()) {
                ADD_FAILURE() << "bulk commit failed: " << str(s.error().message) << "\n" << c.where();
                return false;
            }
        } else {
            cs.rollback();
        }
    }
    if (!keep) {
        for (const QString &entry : created) {
            const QString entity = entry.section(QLatin1Char('/'), 0, 0);
            const QString id = entry.section(QLatin1Char('/'), 1);
            c.ids[entity].removeAll(id);
            if (c.w.read(def(entity), id)) {
                ADD_FAILURE() << "a rolled-back create left its row " << str(id) << "\n" << c.where();
                return false;
            }
        }
    }
    c.note(QStringLiteral("bulk end"));
    return true;
}

// ---------------------------------------------------------------------------
// The invariants

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonValue x = a.isUndefined() ? QJsonValue(QJsonValue::Null) : a;
    const QJsonValue y = b.isUndefined() ? QJsonValue(QJsonValue::Null) : b;
    return x == y;
}

::testing::AssertionResult journalDescribesTables(Context &c)
{
    std::ostringstream problems;
    int count = 0;
    auto problem = [&]() -> std::ostringstream & {
        ++count;
        return problems;
    };

    // 1. seq is gapless.
    {
        QSqlQuery q(c.ts->db());
        q.exec(QStringLiteral("SELECT seq FROM journal ORDER BY seq"));
        qint64 expected = 1;
        while (q.next() && count < 5) {
            if (q.value(0).toLongLong() != expected)
                problem() << "journal seq " << q.value(0).toLongLong() << " where " << expected << " was expected\n";
            expected = q.value(0).toLongLong() + 1;
        }
    }

    // 2. base_version and old_value chain per record and field.
    Result<QList<JournalEntry>> all = c.j.entries();
    if (!all.ok())
        return ::testing::AssertionFailure() << str(all.error().message);
    QHash<QString, qint64> version;      // record/field -> current version
    QHash<QString, QJsonValue> current;  // record/field -> current value
    QSet<QString> createdRecords;
    QSet<qint64> changeIds;
    for (const JournalEntry &e : *all) {
        changeIds.insert(e.changeId);
        if (e.replicaId != c.ts->replicaId() && count < 20)
            problem() << "seq " << e.seq << ": replica " << str(e.replicaId) << "\n";
        const QString key = e.recordId + QLatin1Char('/') + e.field;
        if (e.op == QLatin1String("create")) {
            if (e.baseVersion != 0 && count < 20)
                problem() << "seq " << e.seq << ": create with base_version " << e.baseVersion << "\n";
            createdRecords.insert(e.recordId);
            current.insert(key, e.newValue);
            continue;
        }
        if (!createdRecords.contains(e.recordId) && count < 20)
            problem() << "seq " << e.seq << ": " << str(e.op) << " of " << str(e.recordId) << " before its create\n";
        const qint64 v = version.value(key, 1);
        if (e.baseVersion != v && count < 20)
            problem() << "seq " << e.seq << ": " << str(e.op) << " " << str(e.entity) << "." << str(e.field) << " of " << str(e.recordId)
                      << " has base_version " << e.baseVersion << ", the field was at version " << v << "\n";
        if (!sameValue(e.oldValue, current.value(key)) && count < 20)
            problem() << "seq " << e.seq << ": " << str(e.field) << " old_value " << str(e.oldValue) << " but the journal's value was "
                      << str(current.value(key)) << "\n";
        if (e.op == QLatin1String("delete") && (e.field != QLatin1String("deleted_at") || e.newValue.isNull()) && count < 20)
            problem() << "seq " << e.seq << ": odd delete entry\n";
        version.insert(key, e.baseVersion + 1);
        current.insert(key, e.newValue);
    }
    {
        QSqlQuery q(c.ts->db());
        q.exec(QStringLiteral("SELECT id FROM change_sets"));
        QSet<qint64> existing;
        while (q.next())
            existing.insert(q.value(0).toLongLong());
        for (qint64 id : changeIds)
            if (!existing.contains(id) && count < 20)
                problem() << "journal entries point at missing change set " << id << "\n";
        q.exec(QStringLiteral("SELECT a.id, a.reverts, b.reverted_by FROM change_sets a LEFT JOIN change_sets b ON b.id = a.reverts "
                              "WHERE a.reverts IS NOT NULL AND b.reverted_by IS NOT a.id"));
        while (q.next() && count < 20)
            problem() << "change set " << q.value(0).toLongLong() << " reverts " << q.value(1).toLongLong() << ", which says reverted_by "
                      << q.value(2).toLongLong() << "\n";
    }

    // 3. Replay equals the tables, row by row and field by field.
    Result<ReplayedStore> replayed = c.j.replay();
    if (!replayed.ok())
        return ::testing::AssertionFailure() << str(replayed.error().message);
    int rows = 0;
    for (const EntityDef &e : entityCatalogue()) {
        QSqlQuery q(c.ts->db());
        q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(e.table));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        // The local user is not journaled: Store::initialise inserts it with
        // plain SQL when the store is created (a known gap, not this test's).
        if (e.name == QLatin1String("user"))
            ids.removeAll(c.ts->localUserId());
        const QHash<QString, ReplayedRecord> byId = replayed->value(e.name);
        QStringList replayedIds = byId.keys();
        replayedIds.sort();
        if (ids != replayedIds && count < 20)
            problem() << str(e.table) << ": " << ids.size() << " rows, the journal describes " << replayedIds.size() << "\n";
        for (const QString &id : ids) {
            ++rows;
            const std::optional<StoredRecord> row = c.w.read(e, id);
            if (!row) {
                problem() << "cannot read " << str(e.name) << " " << str(id) << "\n";
                continue;
            }
            const ReplayedRecord r = byId.value(id);
            if (row->deletedAt.has_value() != r.deleted && count < 20)
                problem() << str(e.name) << " " << str(id) << ": deleted " << row->deletedAt.has_value() << ", replay says " << r.deleted
                          << "\n";
            for (const FieldDef &f : e.fields) {
                if (!sameValue(row->fields.value(f.name), r.fields.value(f.name)) && count < 20)
                    problem() << str(e.name) << " " << str(id) << "." << str(f.name) << ": row " << str(row->fields.value(f.name))
                              << ", replay " << str(r.fields.value(f.name)) << "\n";
                const QString key = id + QLatin1Char('/') + f.name;
                if (row->fieldVersions.value(f.name).toInteger(1) != version.value(key, 1) && count < 20)
                    problem() << str(e.name) << " " << str(id) << "." << str(f.name) << ": fver "
                              << row->fieldVersions.value(f.name).toInteger(1) << ", journal says " << version.value(key, 1) << "\n";
            }
            const QString delKey = id + QStringLiteral("/deleted_at");
            if (row->fieldVersions.value(QStringLiteral("deleted_at")).toInteger(1) != version.value(delKey, 1) && count < 20)
                problem() << str(e.name) << " " << str(id) << ": deleted_at fver differs from the journal\n";
            if (r.fields.contains(QStringLiteral("sort_key")) && count < 20)
                problem() << "the derived sort_key was journaled\n";
        }
    }

    // 4. activity_contacts is derived from the live activities' contact_ids.
    {
        QSet<QString> expected;
        const EntityDef &activity = def(QStringLiteral("activity"));
        QSqlQuery q(c.ts->db());
        q.exec(QStringLiteral("SELECT id FROM activities WHERE deleted_at IS NULL"));
        QStringList live;
        while (q.next())
            live << q.value(0).toString();
        q.finish();
        for (const QString &id : live)
            for (const QJsonValue &cid : c.w.read(activity, id)->fields.value(QStringLiteral("contact_ids")).toArray())
                expected.insert(cid.toString() + QLatin1Char('>') + id);
        QSet<QString> actual;
        q.exec(QStringLiteral("SELECT contact_id, activity_id FROM activity_contacts"));
        while (q.next())
            actual.insert(q.value(0).toString() + QLatin1Char('>') + q.value(1).toString());
        if (actual != expected && count < 20)
            problem() << "activity_contacts has " << actual.size() << " links, the live activities name " << expected.size() << "\n";
    }

    if (count)
        return ::testing::AssertionFailure() << count << " problem(s):\n" << problems.str();
    return ::testing::AssertionSuccess() << rows << " rows match";
}

QList<quint64> seeds()
{
    bool ok = false;
    const quint64 one = qEnvironmentVariable("RAPPORT_PROPERTY_SEED").toULongLong(&ok);
    if (ok)
        return {one};
    return {1, 2, 3, 4, 5};
}

int opsPerSeed()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("RAPPORT_PROPERTY_OPS", &ok);
    return ok && n > 0 ? n : 1000;
}

} // namespace

class JournalProperty : public ::testing::TestWithParam<quint64> {};

TEST_P(JournalProperty, ReplayReproducesEveryRow)
{
    const quint64 seed = GetParam();
    SCOPED_TRACE("seed " + std::to_string(seed) + " (rerun with RAPPORT_PROPERTY_SEED=" + std::to_string(seed) + ")");
    test::TempStore ts;
    ASSERT_TRUE(ts.store);
    Context c(ts, seed);
    const int ops = opsPerSeed();
    // A few records first, so edits have something to work on.
    for (int i = 0; i < 8; ++i)
        ASSERT_TRUE(opCreate(c, nullptr));
    for (c.op = 1; c.op <= ops; ++c.op) {
        const int k = c.rng.below(100);
        bool ok = true;
        if (k < 24)
            ok = opCreate(c, nullptr);
        else if (k < 62)
            ok = opUpdate(c);
        else if (k < 70)
            ok = opDelete(c);
        else if (k < 76)
            ok = opRestore(c);
        else if (k < 87)
            ok = opRevert(c);
        else if (k < 94)
            ok = opBulk(c);
        else
            ok = opInvalid(c);
        ASSERT_TRUE(ok) << "seed " << seed;
        ASSERT_EQ(ts->transactionDepth(), 0) << c.where();
        ASSERT_EQ(ts->currentChangeSet(), nullptr) << c.where();
        if (c.op % 250 == 0 || c.op == ops) {
            ASSERT_TRUE(journalDescribesTables(c)) << c.where();
        }
    }
    // The scenario did exercise what it claims to.
    EXPECT_GT(scalar(ts, QStringLiteral("SELECT count(*) FROM change_sets WHERE origin = 'undo'")), 0) << "seed " << seed;
    EXPECT_GT(scalar(ts, QStringLiteral("SELECT count(*) FROM journal WHERE op = 'delete'")), 0) << "seed " << seed;
    EXPECT_GT(scalar(ts, QStringLiteral("SELECT count(*) FROM journal WHERE op = 'update' AND new_value = 'null'")), 0) << "seed " << seed;
}

INSTANTIATE_TEST_SUITE_P(Seeds, JournalProperty, ::testing::ValuesIn(seeds()),
                         [](const ::testing::TestParamInfo<quint64> &info) { return "seed" + std::to_string(info.param); });

// The deterministic case the property test first tripped over: in a bulk change
// set, an edit that fails after it has journaled (here on a dangling reference)
// rolls back its savepoint. The change set's row must survive that, or every
// later edit of the bulk fails on the journal's foreign key.
TEST(BulkChangeSet, FailedFirstEditLeavesTheRestWorking)
{
    test::TempStore ts;
    ASSERT_TRUE(ts.store);
    RecordWriter w(*ts);
    Journal j(*ts);
    const EntityDef &account = def(QStringLiteral("account"));
    const QString a = *w.create(account, {{QStringLiteral("name"), QStringLiteral("Acme")}});
    const QString b = *w.create(account, {{QStringLiteral("name"), QStringLiteral("Beta")}});
    const qint64 journalBefore = scalar(ts, QStringLiteral("SELECT count(*) FROM journal"));
    qint64 bulkId = 0;
    {
        ChangeSet cs(*ts, QStringLiteral("Bulk edit"));
        ASSERT_TRUE(cs.isActive());
        Result<bool> bad = w.update(account, a, {{QStringLiteral("city"), QStringLiteral("Berlin")}, {QStringLiteral("parent_id"), kMissingId}});
        ASSERT_FALSE(bad.ok());
        Result<bool> good = w.update(account, b, {{QStringLiteral("city"), QStringLiteral("Paris")}});
        ASSERT_TRUE(good.ok()) << str(good.error().message);
        Result<QString> created = w.create(account, {{QStringLiteral("name"), QStringLiteral("Gamma")}});
        ASSERT_TRUE(created.ok()) << str(created.error().message);
        Result<qint64> id = cs.id();
        ASSERT_TRUE(id.ok());
        bulkId = *id;
        ASSERT_TRUE(cs.commit().ok());
    }
    EXPECT_TRUE(w.read(account, a)->fields.value(QStringLiteral("city")).isNull()) << "the failed edit left nothing";
    EXPECT_EQ(w.read(account, b)->fields.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    const std::optional<ChangeSetInfo> info = j.changeSet(bulkId);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->label, QStringLiteral("Bulk edit"));
    EXPECT_EQ(info->entries, scalar(ts, QStringLiteral("SELECT count(*) FROM journal")) - journalBefore);
    // And the bulk edit undoes as one.
    Result<qint64> undo = j.revert(bulkId);
    ASSERT_TRUE(undo.ok()) << str(undo.error().message);
    EXPECT_TRUE(w.read(account, b)->fields.value(QStringLiteral("city")).isNull());
}
