#pragma once
#include "core/Page.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace rapport {

class AppContext;

// The main window: the sidebar of pages, the global search box, the menus
// and the status bar. It owns the pages and remembers its geometry, the
// splitter, each page's layout and the last page shown (QSettings).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<Page *> &pages() const { return m_pages; }
    Page *page(const QString &key) const;
    Page *currentPage() const;
    bool showPage(const QString &key);

    // Opens a record's editor or page (quick-open, lists, timelines).
    void openRecord(const RecordRef &record);
    // Ctrl+K: the quick-open box, optionally with text already typed.
    void quickOpen(const QString &text = {});
    // Log a call, visit or note, prefilled with the record in view.
    void logActivity(const QString &kind = {});

    // Edit ▸ Preferences; a new language is applied by the session.
    void showPreferences();

    QLineEdit *searchBox() const { return m_search; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

signals:
    // The user chose another UI language (a code of availableLanguages()).
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addPage(Page *page);
    void onPageSelected(int row);
    void updateUndoActions();
    void restoreSettings();
    void saveSettings() const;
    void showError(const QString &message);

    AppContext &m_context;
    QList<Page *> m_pages;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_storeLabel = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace rapport
