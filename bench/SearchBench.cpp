// c. search-as-you-type: SearchQuery::run beside the tier statements it runs,
// with literals, in the sqlite3 shell.

#include "BenchSupport.h"

#include "domain/PersonName.h"
#include "store/EntitySchema.h"
#include "store/SearchIndexer.h"
#include "store/SearchQuery.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace rapport::bench {

namespace {

constexpr int Limit = 50;     // what the search box asks for
constexpr int MaxLength = 6;  // query lengths 1..MaxLength characters

enum class Script { Latin, Chinese };

// FNV-1a: a fixed order that does not depend on Qt's per-process hash seed.
quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 1469598103934665603ull;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

std::optional<Script> scriptOf(const QString &title)
{
    const QList<uint> cps = title.toUcs4();
    if (cps.isEmpty())
        return std::nullopt;
    switch (QChar::script(char32_t(cps.first()))) {
    case QChar::Script_Latin: return Script::Latin;
    case QChar::Script_Han: return Script::Chinese;
    default: return std::nullopt;
    }
}

// The statements SearchQuery::run executed, with their bound values written
// in as literals: one shell line, timed as one unit.
QString shellLine(const QList<SearchQuery::Statement> &trace)
{
    QStringList out;
    for (const SearchQuery::Statement &st : trace) {
        QString sql = st.sql;
        qsizetype at = 0;
        for (const QVariant &v : st.values) {
            at = sql.indexOf(QLatin1Char('?'), at);
            if (at < 0)
                break;
            const QString literal = sqlValue(v);
            sql.replace(at, 1, literal);
            at += literal.size();
        }
        out << sql + QLatin1Char(';');
    }
    return out.join(QLatin1Char(' '));
}

struct Group {
    Script script;
    int length;
    QStringList queries;
    QList<QString> lines; // the baseline line of each query
    QList<int> statements;
    QList<double> mine;   // ms
    QList<double> shell;  // ms
};

} // namespace

void benchSearch(const Context &ctx, QList<Row> *rows)
{
    const QString target = QStringLiteral("p95 < 20 ms");
    StoreError e;
    auto store = Store::open(ctx.db, Store::OpenMode::ExistingOnly, &e);
    if (!store) {
        rows->append(Row{QStringLiteral("search"), QStringLiteral("error"), {}, {}, target, false, e.message});
        return;
    }
    ctx.progress(QStringLiteral("search: picking words …"));
    // Real names as search shows them (recordTitle), read once from the
    // record tables (the bench's own queries: picking is not measured).
    QList<QPair<quint64, QString>> names[2];
    const struct {
        const char *entity;
        const char *sql;
        QStringList fields;
    } sources[] = {
        {"account", "SELECT name FROM accounts WHERE deleted_at IS NULL", {QStringLiteral("name")}},
        {"contact", "SELECT given_name, family_name FROM contacts WHERE deleted_at IS NULL",
         {QStringLiteral("given_name"), QStringLiteral("family_name")}},
    };
    for (const auto &source : sources) {
        const EntityDef &def = *entityByName(QLatin1String(source.entity));
        QSqlQuery q(store->db());
        q.setForwardOnly(true);
        q.exec(QLatin1String(source.sql));
        while (q.next()) {
            QJsonObject fields;
            for (int i = 0; i < source.fields.size(); ++i)
                if (!q.value(i).isNull())
                    fields.insert(source.fields[i], q.value(i).toString());
            const QString title = recordTitle(def, fields).simplified();
            if (const auto s = scriptOf(title))
                names[int(*s)] << qMakePair(fnv1a(title.toUtf8()), title);
        }
    }
    for (auto &list : names)
        std::sort(list.begin(), list.end());

    QList<Group> groups;
    for (Script script : {Script::Latin, Script::Chinese}) {
        for (int length = 1; length <= MaxLength; ++length) {
            Group g{script, length, {}, {}, {}, {}, {}};
            // Different prefixes first (more of the index is visited), then,
            // if there are too few of those, repeats from other names.
            QSet<QString> usedNames, usedPrefixes;
            for (bool allowRepeats : {false, true}) {
                for (const auto &[hash, title] : names[int(script)]) {
                    if (g.queries.size() >= ctx.searchWords)
                        break;
                    const QList<uint> cps = title.toUcs4();
                    if (cps.size() < length || usedNames.contains(title))
                        continue;
                    const QString prefix = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), length).simplified();
                    if (prefix.toUcs4().size() != length)
                        continue; // ends in a space: the next length types the next letter
                    if (!allowRepeats && usedPrefixes.contains(prefix))
                        continue;
                    usedNames.insert(title);
                    usedPrefixes.insert(prefix);
                    g.queries << prefix;
                }
            }
            if (!g.queries.isEmpty())
                groups << g;
        }
    }

    SearchQuery search(*store);
    // Warm-up pass, which also records the statements each query runs.
    for (Group &g : groups) {
        for (const QString &text : g.queries) {
            QList<SearchQuery::Statement> trace;
            search.setTrace(&trace);
            auto hits = search.run(text, Limit);
            search.setTrace(nullptr);
            if (!hits) {
                rows->append(Row{QStringLiteral("search"), QStringLiteral("error"), {}, {}, target, false, hits.error().message});
                return;
            }
            g.lines << shellLine(trace);
            g.statements << int(std::count_if(trace.begin(), trace.end(), [](const SearchQuery::Statement &st) {
                return st.sql.contains(QLatin1String("MATCH"));
            }));
        }
    }
    ctx.progress(QStringLiteral("search: %1 passes over %2 groups …").arg(ctx.searchPasses).arg(groups.size()));
    for (int pass = 0; pass < ctx.searchPasses; ++pass) {
        for (Group &g : groups) {
            for (const QString &text : g.queries) {
                QElapsedTimer t;
                t.start();
                auto hits = search.run(text, Limit);
                g.mine << double(t.nsecsElapsed()) / 1e6;
            }
        }
    }
    store.reset();

    // The baseline: one shell, a warm-up pass then the same passes; each line
    // holds one query's statements, which the shell times as one unit.
    QStringList lines;
    for (int pass = 0; pass <= ctx.searchPasses; ++pass)
        for (const Group &g : groups)
            lines += g.lines;
    ctx.progress(QStringLiteral("search baseline: %1 lines in the shell …").arg(lines.size()));
    const ShellTimes shell = runShellTimed(ctx.sqlite3, ctx.db,
                                           {QStringLiteral("PRAGMA foreign_keys=ON;"), QStringLiteral("PRAGMA busy_timeout=5000;")}, lines);
    if (shell.error.isEmpty()) {
        qsizetype i = 0;
        for (const Group &g : groups)
            i += g.lines.size(); // skip the warm-up pass
        for (int pass = 0; pass < ctx.searchPasses; ++pass)
            for (Group &g : groups)
                for (qsizetype k = 0; k < g.lines.size(); ++k)
                    g.shell << shell.ms.at(i++);
    }

    for (const Group &g : groups) {
        const Summary mine = summarise(g.mine);
        int withFts = 0;
        for (int n : g.statements)
            withFts += n > 0;
        QStringList examples = g.queries.mid(0, 4);
        Row r{QStringLiteral("search-as-you-type, %1, %2 character%3")
                  .arg(g.script == Script::Latin ? QStringLiteral("Latin") : QStringLiteral("Chinese"))
                  .arg(g.length)
                  .arg(g.length == 1 ? QString() : QStringLiteral("s")),
              QStringLiteral("p50 %1 · p95 %2 (mean %3)").arg(ms(mine.median), ms(mine.p95), ms(mine.mean)),
              QString(),
              QString(),
              target,
              mine.p95 < 20,
              QStringLiteral("%1 words × %2 passes (e.g. %3); %4 of %1 also ran the FTS5 tiers")
                  .arg(g.queries.size())
                  .arg(ctx.searchPasses)
                  .arg(examples.join(QStringLiteral(", ")))
                  .arg(withFts)};
        if (!shell.error.isEmpty()) {
            r.baseline = QStringLiteral("error");
            r.note += QStringLiteral("; ") + shell.error;
        } else {
            const Summary base = summarise(g.shell);
            r.baseline = QStringLiteral("mean %1").arg(ms(base.mean));
            r.ratio = ratio(mine.mean, base.mean);
        }
        rows->append(r);
    }
}

} // namespace rapport::bench
