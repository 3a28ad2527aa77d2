#pragma once
#include <QString>
#include <cstdint>

namespace rapport {

// Record ids are UUID version 7 (RFC 9562) generated on the device that creates
// the record, so records can be created offline without asking a server.
// The 48-bit millisecond prefix keeps them time-ordered: new rows land at the
// right edge of every primary-key index (cheap inserts) and a sort by id is a
// sort by creation time. Text form is lower-case hex with hyphens, so the text
// order equals the byte order.
class RecordIdGenerator {
public:
    RecordIdGenerator();
    // Deterministic generator for data generation and tests: the random bits come
    // from a seeded PRNG and the clock is supplied by the caller.
    explicit RecordIdGenerator(quint64 seed);

    QString next(qint64 unixMillis);
    QString next(); // uses the current time

private:
    bool m_seeded = false;
    quint64 m_state = 0;
    qint64 m_lastMillis = -1;
    quint64 m_counter = 0; // 12-bit rand_a counter keeps ids monotonic within a millisecond
    quint64 random64();
};

bool isValidRecordId(const QString &id);
qint64 recordIdMillis(const QString &id); // -1 if not a v7 id

} // namespace rapport
