#include "MainWindow.h"

#include "PageCatalogue.h"
#include "Appearance.h"
#include "PreferencesDialog.h"
#include "Translations.h"
#include "QuickOpenDialog.h"
#include "core/AppContext.h"
#include "dashboards/DashboardPage.h"
#include "pages/CampaignsPage.h"
#include "core/UndoController.h"
#include "editors/Editors.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace rapport {

MainWindow::MainWindow(AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString file = QFileInfo(context.store().path()).fileName();
    setWindowTitle(context.isDemo() ? tr("Rapport — %1 (demo data)").arg(file) : tr("Rapport — %1").arg(file));

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({170, 1110});
    setCentralWidget(m_splitter);

    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search accounts, contacts, deals, cases … (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(520);
    bar->addWidget(m_search);
    // Typing in the box opens quick-open with what was typed so far; results
    // follow every keystroke there.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty()) {
            m_search->clear();
            quickOpen(text);
        }
    });

    m_storeLabel = new QLabel(this);
    m_storeLabel->setText(QDir::toNativeSeparators(context.store().path()));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeLabel);
    if (context.isDemo()) {
        auto *demo = new QLabel(tr("Demo data"), this);
        demo->setObjectName(QStringLiteral("demoBadge"));
        demo->setStyleSheet(QStringLiteral("QLabel { background: #c77700; color: white; border-radius: 3px; padding: 1px 6px; }"));
        statusBar()->addPermanentWidget(demo);
    }

    for (Page *p : createPages(context, m_stack))
        addPage(p);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onPageSelected);

    buildMenus();
    connect(&context.undo(), &UndoController::stateChanged, this, &MainWindow::updateUndoActions);
    connect(&context.undo(), &UndoController::failed, this, &MainWindow::showError);
    updateUndoActions();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->key());
    item->setSizeHint(QSize(0, 34));
    connect(page, &Page::openRecordRequested, this, &MainWindow::openRecord);
    connect(page, &Page::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    if (auto *dashboard = qobject_cast<DashboardPage *>(page))
        connect(dashboard, &DashboardPage::startCampaignRequested, this, [this](const MemberSource &source, const QString &name) {
            auto *campaigns = qobject_cast<CampaignsPage *>(this->page(QStringLiteral("campaigns")));
            if (!campaigns)
                return;
            showPage(campaigns->key());
            campaigns->startCampaign(source, name);
        });
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &key)
{
    const int i = int(m_pages.indexOf(page(key)));
    if (i < 0)
        return false;
    m_sidebar->setCurrentRow(i);
    return true;
}

void MainWindow::onPageSelected(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    Page *p = m_pages[row];
    m_stack->setCurrentWidget(p);
    p->activate();
    if (QWidget *f = p->focusTarget())
        f->setFocus(Qt::OtherFocusReason);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"), &m_context.undo(), &UndoController::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), &m_context.undo(), &UndoController::redo);
    // Ctrl+Shift+Z everywhere (QKeySequence::Redo is Ctrl+Y on some platforms).
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *open = go->addAction(tr("&Quick Open…"), this, [this] { quickOpen(); });
    open->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    go->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *p = m_pages[i];
        QAction *a = go->addAction(p->icon(), p->title(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << a;
    }

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    const struct {
        const char *entity;
        const char *label;
        QKeySequence key;
    } creators[] = {
        {"account", QT_TR_NOOP("New &Account…"), QKeySequence::New},
        {"contact", QT_TR_NOOP("New &Contact…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {"opportunity", QT_TR_NOOP("New &Opportunity…"), {}},
        {"case", QT_TR_NOOP("New Ca&se…"), {}},
        {"campaign", QT_TR_NOOP("New Ca&mpaign…"), {}},
    };
    for (const auto &c : creators) {
        const QString entity = QLatin1String(c.entity);
        QAction *a = record->addAction(tr(c.label), this, [this, entity] {
            const Page *p = currentPage();
            createRecord(m_context, entity, p ? p->currentRecord() : RecordRef{}, this);
        });
        if (!c.key.isEmpty())
            a->setShortcut(c.key);
    }
    record->addSeparator();
    QAction *log = record->addAction(tr("&Log Activity…"), this, [this] { logActivity(); });
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rapport"), this, [this] {
        QMessageBox::about(this, tr("About Rapport"),
                           tr("<h3>Rapport %1</h3><p>An offline-first CRM for field sales and small businesses.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateUndoActions()
{
    const UndoController &u = m_context.undo();
    m_undoAction->setEnabled(u.canUndo());
    m_undoAction->setText(u.canUndo() ? tr("&Undo %1").arg(u.undoLabel()) : tr("&Undo"));
    m_redoAction->setEnabled(u.canRedo());
    m_redoAction->setText(u.canRedo() ? tr("&Redo %1").arg(u.redoLabel()) : tr("&Redo"));
}

void MainWindow::openRecord(const RecordRef &record)
{
    if (record.isValid())
        openRecordEditor(m_context, record, this);
}

void MainWindow::quickOpen(const QString &text)
{
    auto *dialog = new QuickOpenDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::recordChosen, this, &MainWindow::openRecord);
    dialog->setText(text);
    dialog->open();
}

void MainWindow::logActivity(const QString &kind)
{
    const Page *p = currentPage();
    rapport::logActivity(m_context, kind, p ? p->currentRecord() : RecordRef{}, this);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("language"), dialog.chosenLanguage());
    const QString appearance = dialog.chosenAppearance();
    if (appearance != QSettings().value(QStringLiteral("appearance")).toString()) {
        QSettings().setValue(QStringLiteral("appearance"), appearance);
        applyAppearance(appearance);
    }
    const QString code = resolveLanguage(dialog.chosenLanguage());
    if (code != currentLanguage())
        emit languageChangeRequested(code);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Rapport"), message);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    for (Page *p : std::as_const(m_pages)) {
        s.beginGroup(QStringLiteral("pages/") + p->key());
        p->restoreState(s);
        s.endGroup();
    }
    const QString last = s.value(QStringLiteral("window/page")).toString();
    if (!showPage(last) && !m_pages.isEmpty())
        m_sidebar->setCurrentRow(0);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (const Page *p = currentPage())
        s.setValue(QStringLiteral("window/page"), p->key());
    for (const Page *p : m_pages) {
        s.beginGroup(QStringLiteral("pages/") + p->key());
        p->saveState(s);
        s.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace rapport
