#include "analytics/GslStatusPolicy.h"

#include <gsl/gsl_errno.h>

#include <mutex>

namespace rapport::analytics {

void useGslStatusCodes()
{
    // call_once: the models run on worker threads; gsl_set_error_handler_off
    // writes a global, so it is written exactly once.
    static std::once_flag once;
    std::call_once(once, [] { gsl_set_error_handler_off(); });
}

QString gslFailure(const char *function, int status)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(function), QString::fromLatin1(gsl_strerror(status)));
}

} // namespace rapport::analytics
