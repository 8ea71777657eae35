#pragma once

#include "common/Result.h"
#include "domain/SurveyResponse.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

class SurveyRepository
{
public:
    explicit SurveyRepository(Database& db) : m_db(db) {}

    // Stores a new response and sets its id. A score outside its scale is refused.
    Status insert(SurveyResponse& response);
    Result<std::optional<SurveyResponse>> find(qint64 id) const;
    // Newest first.
    Result<std::vector<SurveyResponse>> forCustomer(qint64 customerId, int limit = 500) const;
    Status remove(qint64 id);
    Result<qint64> count() const;

private:
    Database& m_db;
};

} // namespace rapport::core
