#include "SearchIndexer.h"

#include "Store.h"
#include "domain/PersonName.h"
#include "domain/PhoneDigits.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace rapport {

namespace {

void appendJsonText(const FieldDef &field, const QJsonValue &v, QStringList *out)
{
    if (v.isString()) {
        out->append(v.toString());
        return;
    }
    if (!v.isArray())
        return;
    const bool isPhone = field.name == QLatin1String("phones");
    for (const QJsonValue &item : v.toArray()) {
        // Lists hold plain strings (tags) or {type, value} objects (emails, phones).
        const QString text = item.isObject() ? item.toObject().value(QStringLiteral("value")).toString() : item.toString();
        if (text.isEmpty())
            continue;
        out->append(text);
        if (isPhone) {
            // Digits alone, so "1380013" finds "+86 138 0013 8000"; a national
            // form without the country code too, for numbers typed locally.
            const QString digits = phoneDigits(text);
            if (!digits.isEmpty())
                out->append(digits);
            if (text.trimmed().startsWith(QLatin1Char('+')) && digits.size() > 8) {
                for (int cc = 1; cc <= 3; ++cc)
                    out->append(digits.mid(cc));
            }
        }
    }
}

QStringList words(const QString &folded)
{
    static const QRegularExpression sep(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    return folded.split(sep, Qt::SkipEmptyParts);
}

} // namespace

QString recordTitle(const EntityDef &entity, const QJsonObject &f)
{
    if (entity.name == QLatin1String("contact"))
        return personDisplayName(f.value(QStringLiteral("given_name")).toString(), f.value(QStringLiteral("family_name")).toString());
    if (entity.name == QLatin1String("product")) {
        const QString code = f.value(QStringLiteral("code")).toString();
        const QString name = f.value(QStringLiteral("name")).toString();
        return code.isEmpty() ? name : code + QStringLiteral(" · ") + name;
    }
    QStringList parts;
    for (const FieldDef &fd : entity.fields)
        if (fd.search == SearchRole::Name && f.value(fd.name).isString())
            parts << f.value(fd.name).toString();
    QString title = parts.join(QLatin1Char(' '));
    if (title.isEmpty() && entity.name == QLatin1String("activity"))
        title = f.value(QStringLiteral("kind")).toString();
    return title;
}

SearchDocument buildSearchDocument(const EntityDef &entity, const QJsonObject &f)
{
    SearchDocument doc;
    doc.title = recordTitle(entity, f);
    QStringList name, keys, notes;
    name << doc.title;
    for (const FieldDef &fd : entity.fields) {
        const QJsonValue v = f.value(fd.name);
        switch (fd.search) {
        case SearchRole::None: break;
        case SearchRole::Name:
            if (entity.name == QLatin1String("contact"))
                break; // the display name above already holds both parts in the right order
            if (entity.name == QLatin1String("product"))
                appendJsonText(fd, v, &name);
            break;
        case SearchRole::Key: appendJsonText(fd, v, &keys); break;
        case SearchRole::Notes: appendJsonText(fd, v, &notes); break;
        }
    }
    doc.name = name.join(QLatin1Char(' '));
    doc.keys = keys.join(QLatin1Char(' '));
    doc.notes = notes.join(QLatin1Char(' '));
    if (entity.prefixTerms) {
        QSet<QString> terms;
        const QString folded = foldForSort(doc.title);
        if (!folded.isEmpty())
            terms.insert(folded);
        for (const QString &w : words(folded))
            terms.insert(w);
        if (entity.name == QLatin1String("contact")) {
            for (const char *part : {"given_name", "family_name", "romanised_name"}) {
                const QString p = foldForSort(f.value(QLatin1String(part)).toString());
                if (!p.isEmpty())
                    terms.insert(p);
                for (const QString &w : words(p))
                    terms.insert(w);
            }
        }
        doc.terms = QStringList(terms.begin(), terms.end());
        doc.terms.sort();
    }
    return doc;
}

Status SearchIndexer::index(const EntityDef &entity, const QString &id, const QJsonObject &fields)
{
    const SearchDocument doc = buildSearchDocument(entity, fields);
    QSqlQuery &find = m_store.prepared(QStringLiteral("SELECT docid FROM search_docs WHERE record_id = ?"));
    find.addBindValue(id);
    if (!find.exec())
        return m_store.sqlError(find, QStringLiteral("search lookup"));
    qint64 docid = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    if (docid) {
        QSqlQuery &u = m_store.prepared(QStringLiteral("UPDATE search_docs SET title = ifnull(?, ''), name = ifnull(?, ''), keys = ifnull(?, ''), notes = ifnull(?, '') WHERE docid = ?"));
        u.addBindValue(doc.title);
        u.addBindValue(doc.name);
        u.addBindValue(doc.keys);
        u.addBindValue(doc.notes);
        u.addBindValue(docid);
        if (!u.exec())
            return m_store.sqlError(u, QStringLiteral("search update"));
        QSqlQuery &d = m_store.prepared(QStringLiteral("DELETE FROM search_terms WHERE docid = ?"));
        d.addBindValue(docid);
        if (!d.exec())
            return m_store.sqlError(d, QStringLiteral("search terms"));
    } else {
        QSqlQuery &i = m_store.prepared(
            QStringLiteral("INSERT INTO search_docs (entity, record_id, title, name, keys, notes) VALUES (?, ?, ifnull(?, ''), ifnull(?, ''), ifnull(?, ''), ifnull(?, ''))"));
        i.addBindValue(entity.name);
        i.addBindValue(id);
        i.addBindValue(doc.title);
        i.addBindValue(doc.name);
        i.addBindValue(doc.keys);
        i.addBindValue(doc.notes);
        if (!i.exec())
            return m_store.sqlError(i, QStringLiteral("search insert"));
        docid = i.lastInsertId().toLongLong();
    }
    QSqlQuery &t = m_store.prepared(QStringLiteral("INSERT OR IGNORE INTO search_terms (term, docid) VALUES (?, ?)"));
    for (const QString &term : doc.terms) {
        t.addBindValue(term);
        t.addBindValue(docid);
        if (!t.exec())
            return m_store.sqlError(t, QStringLiteral("search terms"));
    }
    return success();
}

Status SearchIndexer::remove(const QString &id)
{
    QSqlQuery &d = m_store.prepared(
        QStringLiteral("DELETE FROM search_terms WHERE docid = (SELECT docid FROM search_docs WHERE record_id = ?)"));
    d.addBindValue(id);
    if (!d.exec())
        return m_store.sqlError(d, QStringLiteral("search terms"));
    QSqlQuery &r = m_store.prepared(QStringLiteral("DELETE FROM search_docs WHERE record_id = ?"));
    r.addBindValue(id);
    if (!r.exec())
        return m_store.sqlError(r, QStringLiteral("search remove"));
    return success();
}

} // namespace rapport
