#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"

#include <optional>

namespace rapport::core {

class Database;

// Saving a questionnaire's answers and finding a rep's latest assessment.
class AssessmentService
{
public:
    explicit AssessmentService(Database& db) : m_db(db) {}

    // Stores the assessment with its answers in one transaction; sets its id.
    Status insert(Assessment& assessment);
    Result<std::optional<Assessment>> latestForRep(const QString& repId) const;

private:
    Database& m_db;
};

} // namespace rapport::core
