#include "services/AssessmentService.h"

#include "storage/AssessmentRepository.h"

namespace rapport::core {

Status AssessmentService::insert(Assessment& assessment)
{
    return AssessmentRepository(m_db).insert(assessment);
}

Result<std::optional<Assessment>> AssessmentService::latestForRep(const QString& repId) const
{
    return AssessmentRepository(m_db).latestForRep(repId);
}

} // namespace rapport::core
