#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "core/AppContext.h"
#include "editors/Editors.h"
#include "editors/OrderEditor.h"
#include "store/ListQuery.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QWidget>

namespace rapport {

namespace {

// Lets queued work (first pages, worker-thread loads) finish before a picture.
void settle(const MainWindow &window)
{
    QDeadlineTimer deadline(10000);
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        bool loading = false;
        for (const Page *p : window.pages())
            loading = loading || (p->isVisible() && p->isLoading());
        if (!loading)
            break;
        QThread::msleep(20);
    } while (!deadline.hasExpired());
    QApplication::processEvents();
}

QString save(QWidget &w, const QString &file)
{
    return w.grab().save(file, "PNG") ? QString() : QApplication::translate("ScreenshotTour", "Cannot write %1.").arg(QDir::toNativeSeparators(file));
}

} // namespace

QString saveScreenshots(AppContext &context, MainWindow &window, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return QApplication::translate("ScreenshotTour", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
    window.resize(1280, 800);
    window.show();
    for (Page *p : window.pages()) {
        window.showPage(p->key());
        settle(window);
        if (QString e = save(window, QDir(dir).filePath(p->key() + QStringLiteral(".png"))); !e.isEmpty())
            return e;
    }
    // An account's record page: the first account of the list.
    ListQuery q(context.store());
    const auto rows = q.page(ListSpec(ListKind::Accounts), 0, Qt::AscendingOrder, std::nullopt, 1);
    if (rows && !rows->isEmpty()) {
        const QWidgetList before = QApplication::topLevelWidgets();
        openRecordEditor(context, {QStringLiteral("account"), rows->first().id}, &window);
        settle(window);
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!before.contains(w) && w->isVisible()) {
                w->resize(1280, 800);
                settle(window);
                const QString e = save(*w, QDir(dir).filePath(QStringLiteral("account-record.png")));
                w->close();
                if (!e.isEmpty())
                    return e;
                break;
            }
        }
        // A new order for that account, as its page's "New order" opens it.
        OrderEditor order(context, QString(), &window);
        order.prefill({QStringLiteral("account"), rows->first().id});
        order.show();
        settle(window);
        const QString e = save(order, QDir(dir).filePath(QStringLiteral("order-editor.png")));
        order.hide();
        if (!e.isEmpty())
            return e;
    }
    return {};
}

} // namespace rapport
