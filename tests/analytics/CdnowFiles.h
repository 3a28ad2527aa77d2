#pragma once

#include "analytics/PurchaseHistory.h"
#include "analytics/RepeatPurchaseSummary.h"

#include <QString>

#include <vector>

// Readers for the published CDNOW and retention-cohort files in
// RAPPORT_SHARED_DATA (see their SOURCES.md). Each returns empty data when the
// file cannot be read, which the tests assert on: a missing file fails.
namespace rapport::analytics::lifetimetest {

QString sharedDataFile(const char *relativePath);

// CDNOW_sample.txt: `master_id sample_id yyyymmdd n_cds dollars`, CRLF.
// Customers in order of first appearance; Customer::id is the sample id (the
// "ID" of the lifetimes CSVs and the customer numbers of the BTYD walkthrough,
// e.g. "1516"), Customer::name the master id.
PurchaseHistory loadCdnowSample();

// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. zbar is the
// mean of the x repeat transactions, so spendCount = x. customer = ID.
std::vector<CustomerRepeatPurchases> loadCdnowSummaryWithSpend();

// sbg_fader_hardie_2007_survivors.csv: year,regular_alive,highend_alive.
struct CohortSurvivors
{
    std::vector<double> regular;
    std::vector<double> highEnd;
};
CohortSurvivors loadSbgSurvivors();

} // namespace rapport::analytics::lifetimetest
