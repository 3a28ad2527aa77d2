#include "PageCatalogue.h"

#include "lists/RecordListPage.h"
#include "pages/CampaignsPage.h"
#include "pages/CasesPage.h"
#include "pages/PipelinePage.h"
#include "pages/TodayPage.h"

namespace rapport {

QList<Page *> createPages(AppContext &context, QWidget *parent)
{
    // Sidebar order: Today, Accounts, Contacts, Activities, Pipeline,
    // Campaigns, Cases, then the dashboards.
    QList<Page *> pages;
    pages << new TodayPage(context, parent);
    pages << new RecordListPage(context, ListKind::Accounts, parent);
    pages << new RecordListPage(context, ListKind::Contacts, parent);
    pages << new RecordListPage(context, ListKind::Activities, parent);
    pages << new PipelinePage(context, parent);
    pages << new CampaignsPage(context, parent);
    pages << new CasesPage(context, parent);
    return pages;
}

} // namespace rapport
