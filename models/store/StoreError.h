#pragma once
#include <QString>
#include <optional>
#include <utility>

namespace rapport {

// What went wrong, specifically enough that a user knows what to do next.
struct StoreError {
    enum class Kind {
        None,
        NotSqlite,       // random bytes or another file type
        ForeignDatabase, // an SQLite file of another program
        Corrupt,         // an SQLite file that SQLite itself reports damaged
        TooNew,          // written by a newer Rapport
        Unwritable,      // folder or file cannot be written
        NotFound,
        Invalid,         // bad input to a repository (unknown field, wrong type, missing record)
        Sql,             // any other database error
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static StoreError make(Kind k, QString m) { return {k, std::move(m)}; }
};

// A value or the error that prevented it. Kept minimal: C++20 has no std::expected.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(StoreError error) : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace rapport
