#include "services/RepService.h"

#include "storage/RepRepository.h"

namespace rapport::core {

Result<std::vector<Rep>> RepService::list() const
{
    return RepRepository(m_db).list();
}

Result<std::optional<Rep>> RepService::find(const QString& id) const
{
    return RepRepository(m_db).find(id);
}

} // namespace rapport::core
