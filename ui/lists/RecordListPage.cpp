#include "RecordListPage.h"

#include "RecordListView.h"

#include <QStyle>
#include <QVBoxLayout>

namespace rapport {

RecordListPage::RecordListPage(AppContext &context, ListKind kind, QWidget *parent)
    : Page(context, parent), m_kind(kind), m_view(new RecordListView(context, kind, this))
{
    setObjectName(key() + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &RecordListView::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_view, &RecordListView::statusMessage, this, &Page::statusMessage);
}

QString RecordListPage::key() const
{
    switch (m_kind) {
    case ListKind::Accounts: return QStringLiteral("accounts");
    case ListKind::Contacts: return QStringLiteral("contacts");
    case ListKind::Activities: return QStringLiteral("activities");
    case ListKind::Opportunities: return QStringLiteral("opportunities");
    case ListKind::Campaigns: return QStringLiteral("campaign-list");
    case ListKind::Cases: return QStringLiteral("case-list");
    }
    return {};
}

QString RecordListPage::title() const
{
    switch (m_kind) {
    case ListKind::Accounts: return tr("Accounts");
    case ListKind::Contacts: return tr("Contacts");
    case ListKind::Activities: return tr("Activities");
    case ListKind::Opportunities: return tr("Opportunities");
    case ListKind::Campaigns: return tr("Campaigns");
    case ListKind::Cases: return tr("Cases");
    }
    return {};
}

QIcon RecordListPage::icon() const
{
    switch (m_kind) {
    case ListKind::Accounts: return style()->standardIcon(QStyle::SP_DirHomeIcon);
    case ListKind::Contacts: return style()->standardIcon(QStyle::SP_FileDialogContentsView);
    case ListKind::Activities: return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    default: return style()->standardIcon(QStyle::SP_FileIcon);
    }
}

void RecordListPage::saveState(QSettings &settings) const
{
    m_view->saveState(settings);
}

void RecordListPage::restoreState(QSettings &settings)
{
    m_view->restoreState(settings);
}

RecordRef RecordListPage::currentRecord() const
{
    return m_view->currentRecord();
}

QWidget *RecordListPage::focusTarget()
{
    return m_view->focusTarget();
}

void RecordListPage::reload()
{
    m_view->reload();
}

} // namespace rapport
