#pragma once
// Shared checks for the repository tests: what the journal recorded for the
// last user action, and a fingerprint of everything a write can touch, so a
// rejected write can be shown to have left the store exactly as it was.
#include "store/EntitySchema.h"
#include "store/Journal.h"
#include "store/Store.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <gtest/gtest.h>

namespace rapport::test {

inline qint64 scalar(Store &s, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(s.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QString text(Store &s, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(s.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return {};
    }
    return q.value(0).toString();
}

// Row counts and newest change of every record table, the journal, change sets
// and search documents: any write changes at least one of them.
inline QString fingerprint(Store &s)
{
    QStringList parts;
    for (const EntityDef &e : entityCatalogue())
        parts << QStringLiteral("%1:%2/%3/%4")
                     .arg(e.table)
                     .arg(scalar(s, QStringLiteral("SELECT count(*) FROM %1").arg(e.table)))
                     .arg(scalar(s, QStringLiteral("SELECT ifnull(max(updated_at), 0) FROM %1").arg(e.table)))
                     .arg(scalar(s, QStringLiteral("SELECT ifnull(sum(version), 0) FROM %1").arg(e.table)));
    parts << QStringLiteral("journal:%1").arg(scalar(s, QStringLiteral("SELECT ifnull(max(seq), 0) FROM journal")));
    parts << QStringLiteral("change_sets:%1").arg(scalar(s, QStringLiteral("SELECT count(*) FROM change_sets")));
    parts << QStringLiteral("search_docs:%1").arg(scalar(s, QStringLiteral("SELECT count(*) FROM search_docs")));
    parts << QStringLiteral("activity_contacts:%1").arg(scalar(s, QStringLiteral("SELECT count(*) FROM activity_contacts")));
    return parts.join(QLatin1Char(' '));
}

inline qint64 lastChangeId(Store &s)
{
    Result<QList<ChangeSetInfo>> recent = Journal(s).recentChangeSets(1);
    return recent.ok() && !recent->isEmpty() ? recent->first().id : 0;
}

// The journal entries of the newest change set.
inline QList<JournalEntry> lastChange(Store &s)
{
    Result<QList<JournalEntry>> entries = Journal(s).entriesOfChange(lastChangeId(s));
    return entries.ok() ? *entries : QList<JournalEntry>();
}

// "entity.field" of each entry of the newest change set, sorted.
inline QStringList lastChangeFields(Store &s)
{
    QStringList out;
    for (const JournalEntry &e : lastChange(s))
        out << e.entity + QLatin1Char('.') + e.field;
    out.sort();
    return out;
}

} // namespace rapport::test

// Expects a write to fail as Invalid with a message containing `needle`, and
// the store to be exactly as before.
#define EXPECT_REJECTED(store, expr, needle)                                                                                  \
    do {                                                                                                                      \
        const QString before_ = ::rapport::test::fingerprint(store);                                                          \
        const auto result_ = (expr);                                                                                          \
        EXPECT_FALSE(result_.ok()) << #expr << " was accepted";                                                               \
        if (!result_.ok()) {                                                                                                  \
            EXPECT_EQ(result_.error().kind, ::rapport::StoreError::Kind::Invalid) << result_.error().message.toStdString();   \
            EXPECT_TRUE(result_.error().message.contains(needle))                                                             \
                << "message \"" << result_.error().message.toStdString() << "\" lacks \"" << QString(needle).toStdString() << '"'; \
        }                                                                                                                     \
        EXPECT_EQ(::rapport::test::fingerprint(store), before_) << #expr << " changed the store";                             \
    } while (false)
