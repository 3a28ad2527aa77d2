#include "BackgroundJob.h"

#include "AppContext.h"
#include "store/Store.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace rapport {

void JobControl::progress(qint64 done, qint64 total)
{
    if (m_report)
        m_report(done, total);
}

StoreError JobControl::cancelledError()
{
    return StoreError::make(StoreError::Kind::Invalid, QObject::tr("Cancelled."));
}

BackgroundJob *BackgroundJob::start(AppContext &context, QWidget *parent, const QString &label, Work work,
                                    std::function<void(bool, const QString &)> finished)
{
    auto *job = new BackgroundJob(parent);
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300); // quick jobs finish before it shows
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    auto control = std::make_shared<JobControl>();
    connect(dialog, &QProgressDialog::canceled, job, [control] { control->m_cancelled = true; });
    QPointer<QProgressDialog> guard(dialog);
    connect(job, &BackgroundJob::progressed, dialog, [guard](qint64 done, qint64 total) {
        if (!guard)
            return;
        // QProgressDialog takes int; scale large totals.
        const int max = total > 0 ? int(qMin<qint64>(total, 1'000'000)) : 0;
        guard->setMaximum(max);
        if (max > 0)
            guard->setValue(int(done * max / qMax<qint64>(total, 1)));
    });
    control->m_report = [job](qint64 done, qint64 total) {
        // Queued to the GUI thread; the job object outlives the thread.
        QMetaObject::invokeMethod(job, [job, done, total] { emit job->progressed(done, total); }, Qt::QueuedConnection);
    };

    auto result = std::make_shared<Result<qint64>>(qint64(0));
    const Store &store = context.store();
    QThread *thread = QThread::create([&store, work = std::move(work), control, result] {
        StoreError e;
        std::unique_ptr<Store> own = store.openConnection(&e);
        if (!own) {
            *result = e;
            return;
        }
        *result = work(*own, *control);
    });
    connect(thread, &QThread::finished, job, [job, thread, dialog, control, result, &context, label, finished] {
        thread->wait();
        thread->deleteLater();
        dialog->close();
        dialog->deleteLater();
        bool ok = result->ok();
        QString error;
        if (ok && **result > 0)
            context.changeCommittedElsewhere(**result, label);
        if (!ok)
            error = control->isCancelled() ? tr("Cancelled; nothing was changed.") : result->error().message;
        if (finished)
            finished(ok, error);
        job->deleteLater();
    });
    thread->start();
    return job;
}

Result<qint64> BackgroundJob::runHere(AppContext &context, const QString &label, const Work &work)
{
    JobControl control;
    Result<qint64> r = work(context.store(), control);
    Q_UNUSED(label);
    return r;
}

} // namespace rapport
