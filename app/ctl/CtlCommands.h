#pragma once
#include <QStringList>

namespace rapport::ctl {

// Each command parses its own options (so `rapportctl COMMAND --help` works),
// writes results to stdout and errors to stderr, and returns the exit code:
// 0 success, 1 failure, 2 wrong usage.
int generate(const QString &db, const QStringList &args);
int stats(const QString &db, const QStringList &args);
int search(const QString &db, const QStringList &args);
int exportStore(const QString &db, const QStringList &args);
int importStore(const QString &db, const QStringList &args);
int check(const QString &db, const QStringList &args);
// Customer analytics (AnalyticsCommand.cpp).
int analytics(const QString &db, const QStringList &args);

} // namespace rapport::ctl
