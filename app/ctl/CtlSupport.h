#pragma once
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace rapport::ctl {

QTextStream &out();
QTextStream &err();

// Sets up a command's parser with --help; returns false (after printing) when
// the caller should exit with *exitCode.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QString &description, const QStringList &args,
                  int *exitCode);

// Opens the store or prints the specific reason it cannot be opened.
std::unique_ptr<Store> openStore(const QString &db, Store::OpenMode mode);

} // namespace rapport::ctl
