#include "TestStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

namespace rapport::test {

TempStore::TempStore()
{
    StoreError err;
    store = Store::open(path(), Store::OpenMode::CreateIfMissing, &err);
    if (!store)
        ADD_FAILURE() << "cannot open test store: " << err.message.toStdString();
    else {
        store->setClock([this] { return clock++; });
        store->setIdGenerator(RecordIdGenerator(42));
    }
}

QByteArray sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString testDataPath(const QString &name)
{
    return QStringLiteral(RAPPORT_TEST_DATA "/") + name;
}

QString sharedDataPath(const QString &name)
{
    return QStringLiteral(RAPPORT_SHARED_DATA "/") + name;
}

} // namespace rapport::test
