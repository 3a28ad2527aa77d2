#include "DesktopSession.h"

#include "MainWindow.h"
#include "Translations.h"

#include <QTimer>

namespace rapport {

DesktopSession::DesktopSession(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    createWindow();
}

DesktopSession::~DesktopSession()
{
    delete m_window;
}

void DesktopSession::createWindow()
{
    m_window = new MainWindow(m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->resize(1280, 800);
    connect(m_window, &MainWindow::languageChangeRequested, this, [this](const QString &code) {
        // Not from inside the window's own menu handler: rebuild once it returned.
        QTimer::singleShot(0, this, [this, code] { switchLanguage(code); });
    });
}

void DesktopSession::show()
{
    m_window->show();
}

void DesktopSession::switchLanguage(const QString &code)
{
    const bool visible = m_window && m_window->isVisible();
    const QRect geometry = m_window ? m_window->geometry() : QRect();
    if (m_window) {
        m_window->close(); // saves layouts and the current page
        delete m_window;
    }
    installTranslations(code);
    createWindow();
    if (geometry.isValid())
        m_window->setGeometry(geometry);
    if (visible)
        m_window->show();
}

} // namespace rapport
