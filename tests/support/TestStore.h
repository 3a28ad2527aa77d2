#pragma once
#include "store/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace rapport::test {

// A store in a fresh temporary folder (removed with the fixture), on a fixed
// clock that advances 1 ms per call so journal times are deterministic.
struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 clock = 1700000000000; // 2023-11-14T22:13:20Z

    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("test.rapport")); }
    Store &operator*() { return *store; }
    Store *operator->() { return store.get(); }
};

QByteArray sha256OfFile(const QString &path);
QString testDataPath(const QString &name);
QString sharedDataPath(const QString &name);

} // namespace rapport::test
