#pragma once
// Helpers for store tests that need to look at (or tamper with) a store file
// behind the Store class's back: a raw SQLite connection and file utilities.
#include <QAtomicInteger>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rapport::test {

// A QSqlDatabase connection of its own (own connection name), closed and
// removed on destruction. Not a Store: no validation, no migrations, no pragmas.
class RawDb {
public:
    explicit RawDb(const QString &path, const QString &connectOptions = {})
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!connectOptions.isEmpty())
            m_db.setConnectOptions(connectOptions);
        m_open = m_db.open();
        if (!m_open)
            m_error = m_db.lastError().text();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

    // Runs a statement; on failure remembers the error text.
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }
    // The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }
    // The first column of every row, as text.
    QStringList column(const QString &sql)
    {
        QSqlQuery q(m_db);
        QStringList out;
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Overwrites bytes in place (the file keeps its size unless the range runs past the end).
inline bool overwriteAt(const QString &path, qint64 offset, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(data) == data.size();
}

// Everything in a folder (hidden files too), so a test can see that a refused
// open left no -wal / -shm / -journal files behind.
inline QStringList folderListing(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// Big-endian 32-bit field of the 100-byte SQLite header (user_version is at 60,
// application_id at 68).
inline quint32 headerField(const QString &path, int offset)
{
    const QByteArray h = readFile(path).left(100);
    if (h.size() < offset + 4)
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(h.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace rapport::test
