#pragma once
#include <QObject>
#include <QPointer>

namespace rapport {

class AppContext;
class MainWindow;

// The running desktop app over one store: the main window, rebuilt in place
// when the user switches the language (every string is created again
// through tr(); layouts, the page and selections are restored from QSettings).
class DesktopSession : public QObject {
    Q_OBJECT
public:
    explicit DesktopSession(AppContext &context, QObject *parent = nullptr);
    ~DesktopSession() override;

    MainWindow *window() const { return m_window; }
    void show();
    void switchLanguage(const QString &code);

private:
    void createWindow();

    AppContext &m_context;
    QPointer<MainWindow> m_window;
};

} // namespace rapport
