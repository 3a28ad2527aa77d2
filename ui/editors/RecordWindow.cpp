#include "RecordWindow.h"

#include "Editors.h"
#include "core/AppContext.h"
#include "core/UndoController.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>

namespace rapport {

RecordWindow::RecordWindow(AppContext &context, const RecordRef &record, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_record(record)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(record.entity + QStringLiteral("RecordWindow"));
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(4);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Edit every field (Ctrl+E)"));
    connect(m_edit, &QPushButton::clicked, this, &RecordWindow::edit);
    // The main window's shortcuts do not reach a window of its own: the ones
    // a user reaches for on a record page are repeated here.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Close, [this] { close(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { logActivity(m_context, QString(), m_record, this); });
    shortcut(QKeySequence::Undo, [this] { m_context.undo().undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_context.undo().redo(); });
    connect(&context, &AppContext::storeChanged, this, &RecordWindow::onStoreChanged);
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("recordWindow/%1/geometry").arg(record.entity)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
}

RecordWindow *RecordWindow::find(const RecordRef &record)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<RecordWindow *>(w); window && window->record() == record && !window->isHidden())
            return window;
    return nullptr;
}

void RecordWindow::present()
{
    show();
    raise();
    activateWindow();
}

QPushButton *RecordWindow::addAction(const QString &name, const QString &text, std::function<void()> run)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAutoDefault(false);
    connect(b, &QPushButton::clicked, this, [run = std::move(run)] { run(); });
    m_actions->addWidget(b);
    return b;
}

QPushButton *RecordWindow::action(const QString &name) const
{
    return findChild<QPushButton *>(name);
}

void RecordWindow::openRecord(const RecordRef &record)
{
    if (record.isValid())
        openRecordEditor(m_context, record, this);
}

void RecordWindow::reload()
{
    m_stale = false;
    m_exists = load();
    m_edit->setEnabled(m_exists);
    for (QPushButton *b : findChildren<QPushButton *>())
        if (b->parentWidget() == this && b != m_edit)
            b->setEnabled(m_exists);
}

void RecordWindow::onStoreChanged()
{
    // A hidden window catches up when shown again; one on screen follows at once.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void RecordWindow::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void RecordWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("recordWindow/%1/geometry").arg(m_record.entity), saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace rapport
