#pragma once
#include "domain/ServiceLevels.h"

namespace rapport {

// The service levels the user set (Cases ▸ Service levels…), kept in
// QSettings as hours per priority under "serviceLevels/"; a priority never
// set, or set to nonsense, falls back to ServiceLevels::defaults().
ServiceLevels loadServiceLevels();
void saveServiceLevels(const ServiceLevels &levels);

} // namespace rapport
