#pragma once
#include "store/StoreError.h"

namespace rapport {

class Store;

// A read transaction: every statement run while it lives sees the store as
// of its first read, even while another connection writes (WAL keeps that
// snapshot). A plain BEGIN, not Store::begin()'s BEGIN IMMEDIATE, so it takes
// no write lock and never makes a writer wait. Inside a transaction the
// caller already holds, it does nothing: that transaction is the snapshot.
// Ended (rolled back: it wrote nothing) when it goes out of scope.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Store &store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Whether BEGIN failed (then reads run one statement at a time).
    const StoreError &error() const { return m_error; }

private:
    Store &m_store;
    bool m_own = false;
    StoreError m_error;
};

} // namespace rapport
