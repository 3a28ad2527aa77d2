#pragma once

#include <QString>

#include <functional>

class QSqlDatabase;

namespace rapport {

// Reports every statement that store connections run: its SQL with the bound
// values written in (sqlite3_expanded_sql) and its run time. The benchmarks
// use it to replay exactly what a page ran through the sqlite3 shell, as the
// baseline of its figure; it can also show what a slow page does.
//
// Connections opened while a sink is set report to it, from their own
// threads (the GUI's and the background readers'): the sink must be
// thread-safe. Off by default, at no cost.
class StatementTrace {
public:
    struct Statement {
        QString sql;
        qint64 nanoseconds = 0;
    };
    using Sink = std::function<void(const Statement &)>;

    // Set before the connections to trace are opened; an empty sink stops reports.
    static void setSink(Sink sink);
    // Store::connect calls this for every new connection.
    static void attach(const QSqlDatabase &db);
};

} // namespace rapport
