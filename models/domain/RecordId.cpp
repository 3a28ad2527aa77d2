#include "RecordId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace rapport {

RecordIdGenerator::RecordIdGenerator() = default;

RecordIdGenerator::RecordIdGenerator(quint64 seed) : m_seeded(true), m_state(seed ^ 0x9E3779B97F4A7C15ull) {}

quint64 RecordIdGenerator::random64()
{
    if (!m_seeded)
        return QRandomGenerator::system()->generate64();
    // splitmix64: tiny, fast and good enough for id entropy in generated data
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString RecordIdGenerator::next()
{
    return next(QDateTime::currentMSecsSinceEpoch());
}

QString RecordIdGenerator::next(qint64 unixMillis)
{
    quint64 ms = quint64(unixMillis);
    if (qint64(ms) <= m_lastMillis) {
        // Same (or earlier: clock stepped back) millisecond: keep ordering by
        // counting up in rand_a; on overflow borrow the next millisecond.
        ms = quint64(m_lastMillis);
        if (++m_counter > 0xFFF) {
            ++ms;
            m_counter = random64() & 0x3FF;
        }
    } else {
        m_counter = random64() & 0x3FF; // leave head-room for the counter
    }
    m_lastMillis = qint64(ms);
    const quint64 hi = (ms << 16) | (0x7ull << 12) | (m_counter & 0xFFF);
    const quint64 lo = (random64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    char buf[37];
    static const char hex[] = "0123456789abcdef";
    int p = 0;
    for (int i = 15; i >= 0; --i) {
        buf[p++] = hex[(hi >> (i * 4)) & 0xF];
        if (p == 8 || p == 13)
            buf[p++] = '-';
    }
    for (int i = 15; i >= 0; --i) {
        if (p == 18 || p == 23)
            buf[p++] = '-';
        buf[p++] = hex[(lo >> (i * 4)) & 0xF];
    }
    buf[36] = 0;
    return QString::fromLatin1(buf, 36);
}

bool isValidRecordId(const QString &id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

qint64 recordIdMillis(const QString &id)
{
    if (!isValidRecordId(id))
        return -1;
    QString hex = id.left(8) + id.mid(9, 4);
    bool ok = false;
    const qint64 v = hex.toLongLong(&ok, 16);
    return ok ? v : -1;
}

} // namespace rapport
