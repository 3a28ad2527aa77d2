#pragma once
#include "AnalyticsReport.h"
#include "analytics/AnalyticsInput.h"

#include <QDate>
#include <vector>

namespace rapport::ctl {

// What every section reads: the loaded input and the command's settings.
struct AnalyticsContext {
    const analytics::AnalyticsInput &input;
    QDate asOf;
    int top = 10;               // rows of "top" lists
    int horizonWeeks = 52;      // lifetime value horizon
    double annualDiscount = 0.10;
};

// One section of `rapportctl analytics`: its --section name (also its JSON
// key), its title (marked for lupdate in the "rapportctl" context) and the
// function that computes and writes it. Adding a section is one function and
// one entry in analyticsSections().
struct AnalyticsSection {
    const char *key;
    const char *title;
    void (*write)(const AnalyticsContext &, ReportWriter &);
};

// In report order.
const std::vector<AnalyticsSection> &analyticsSections();

} // namespace rapport::ctl
