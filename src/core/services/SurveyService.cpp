#include "services/SurveyService.h"

#include "storage/SurveyRepository.h"

namespace rapport::core {

Status SurveyService::insert(SurveyResponse& response)
{
    return SurveyRepository(m_db).insert(response);
}

Status SurveyService::remove(qint64 id)
{
    return SurveyRepository(m_db).remove(id);
}

Result<std::vector<SurveyResponse>> SurveyService::forCustomer(qint64 customerId) const
{
    return SurveyRepository(m_db).forCustomer(customerId);
}

} // namespace rapport::core
