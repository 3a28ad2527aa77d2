#include "Page.h"

#include "AppContext.h"

#include <QSettings>

namespace rapport {

Page::Page(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    connect(&context, &AppContext::storeChanged, this, &Page::onStoreChanged);
}

void Page::activate()
{
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

void Page::onStoreChanged()
{
    // Only the visible page re-reads now; the others when they are shown.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void Page::saveState(QSettings &) const {}

void Page::restoreState(QSettings &) {}

} // namespace rapport
