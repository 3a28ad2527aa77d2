#include "DemoGeneration.h"

#include "demo/DataGenerator.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace rapport {

QString generateDemoCompany(Store &store, int accounts, QWidget *parent)
{
    GeneratorOptions options;
    options.accounts = accounts;
    options.seed = 7;
    // "Now" is today (at the last full hour), so there are overdue and due
    // tasks and visits, as on a real Monday morning.
    const qint64 hour = 3600 * 1000;
    options.nowMillis = QDateTime::currentMSecsSinceEpoch() / hour * hour;

    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0}, total{1};
    QString error;
    const QString path = store.path();
    QThread *worker = QThread::create([&] {
        StoreError e;
        std::unique_ptr<Store> own = store.openConnection(&e);
        if (!own) {
            error = e.message;
            return;
        }
        const Status st = DataGenerator().run(*own, options, [&](const QString &, qint64 d, qint64 t) {
            done = d;
            total = qMax<qint64>(t, 1);
            return !cancel.load();
        });
        if (!st)
            error = cancel ? QCoreApplication::translate("DemoGeneration", "Cancelled.") : st.error().message;
    });
    QPointer<QProgressDialog> dialog;
    if (parent) {
        dialog = new QProgressDialog(QCoreApplication::translate("DemoGeneration", "Creating the demo company …"),
                                     QCoreApplication::translate("DemoGeneration", "Cancel"), 0, 1000, parent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0);
        QObject::connect(dialog, &QProgressDialog::canceled, [&cancel] { cancel = true; });
    }
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer *tick = nullptr;
    if (dialog) {
        tick = new QTimer(dialog);
        QObject::connect(tick, &QTimer::timeout, dialog, [&] {
            if (dialog)
                dialog->setValue(int(done * 1000 / total));
        });
        tick->start(100);
    }
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    if (dialog)
        delete dialog;
    if (error.isEmpty())
        store.reloadIdentity();
    Q_UNUSED(path);
    return error;
}

} // namespace rapport
