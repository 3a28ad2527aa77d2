#include "PageCatalogue.h"

#include "dashboards/AnalyticsSource.h"
#include "dashboards/CampaignDashboardPage.h"
#include "dashboards/ChurnPage.h"
#include "dashboards/LoyaltyPage.h"
#include "dashboards/PipelineDashboardPage.h"
#include "dashboards/SalesPage.h"
#include "dashboards/ServiceDashboardPage.h"
#include "dashboards/ValuePage.h"
#include "lists/RecordListPage.h"

#include <QTimer>
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
    // The dashboards share one loaded copy of the analytics input.
    auto *analytics = new AnalyticsSource(context, parent);
    // Read the analytics input in the background a little after start (on its
    // own connection and thread), so a manager's first dashboard opens at once
    // instead of after a load: a fraction of a second from the input the last
    // session kept, seconds from a large store when the data changed since.
    QTimer::singleShot(std::chrono::seconds(1), analytics, &AnalyticsSource::preload);
    pages << new LoyaltyPage(context, *analytics, parent);
    pages << new ChurnPage(context, *analytics, parent);
    pages << new ValuePage(context, *analytics, parent);
    pages << new SalesPage(context, *analytics, parent);
    pages << new PipelineDashboardPage(context, *analytics, parent);
    pages << new CampaignDashboardPage(context, *analytics, parent);
    pages << new ServiceDashboardPage(context, *analytics, parent);
    return pages;
}

} // namespace rapport
