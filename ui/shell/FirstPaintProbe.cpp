#include "FirstPaintProbe.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace rapport {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

bool probeFirstPaint(MainWindow &window)
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("RAPPORT_BENCH_T0").toLongLong(&ok);
    if (!ok)
        return false;
    auto *timer = new QTimer(&window);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, t0] {
        Page *page = window.currentPage();
        if (!page || page->isLoading())
            return;
        timer->stop();
        window.repaint(); // the page with its data, painted
        const double ms = double(monotonicNs() - t0) / 1e6;
        std::printf("first-paint %s %.1f\n", page->key().toUtf8().constData(), ms);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    timer->start();
    return true;
}

} // namespace rapport
