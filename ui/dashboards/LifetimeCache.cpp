#include "LifetimeCache.h"

namespace rapport {

analytics::LifetimeFitCache &LifetimeCache::instance()
{
    static analytics::LifetimeFitCache cache;
    return cache;
}

} // namespace rapport
