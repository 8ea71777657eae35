#include "services/DrillDownService.h"

#include "storage/DrillDownStore.h"

namespace rapport::core {

Result<DrillDownTable> DrillDownService::records(DrillDownRecords what, qint64 start, qint64 end,
                                                 const Scope& scope, const QString& subset,
                                                 qint64 followUpWindowSeconds, int limit) const
{
    return DrillDownStore(m_db).records(what, start, end, scope, subset, followUpWindowSeconds, limit);
}

} // namespace rapport::core
