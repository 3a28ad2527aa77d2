#pragma once

#include <QString>

namespace rapport::analytics {

// GSL's default error handler calls abort(): a desktop CRM must not die because
// a fit wandered into a region where a special function cannot be evaluated.
// The lifetime models therefore switch the handler off (once, process-wide,
// before their first GSL call) and check every status code themselves, turning
// failures into error texts. Nothing else in Rapport installs a GSL handler.
void useGslStatusCodes();

// "gsl_sf_hyperg_2F1: <GSL's reason>" for error texts.
QString gslFailure(const char *function, int status);

} // namespace rapport::analytics
