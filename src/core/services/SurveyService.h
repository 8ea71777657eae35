#pragma once

#include "common/Result.h"
#include "domain/SurveyResponse.h"

#include <vector>

namespace rapport::core {

class Database;

// Recording survey responses and reading a customer's.
class SurveyService
{
public:
    explicit SurveyService(Database& db) : m_db(db) {}

    // Stores a new response and sets its id.
    Status insert(SurveyResponse& response);
    Status remove(qint64 id);
    Result<std::vector<SurveyResponse>> forCustomer(qint64 customerId) const;

private:
    Database& m_db;
};

} // namespace rapport::core
