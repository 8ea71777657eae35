#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// Questionnaire assessments with their answers. Every assessment is kept; "newest"
// means the latest taken_at, ties broken by the later insert.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database& db) : m_db(db) {}

    // Inserts the assessment and all its answers in one transaction; sets assessment.id.
    Status insert(Assessment& assessment);
    Result<std::optional<Assessment>> find(qint64 id) const;
    // All assessments of one rep, newest first.
    Result<std::vector<Assessment>> listForRep(const QString& repId) const;
    Result<std::optional<Assessment>> latestForRep(const QString& repId) const;
    // The rep's assessment just before `assessment` (same rep), if any.
    Result<std::optional<Assessment>> previousOf(const Assessment& assessment) const;
    Status remove(qint64 id);

private:
    Result<std::vector<Assessment>> select(const QString& where, const QVariantList& values,
                                           const QString& tail) const;
    Status loadAnswers(Assessment& assessment) const;

    Database& m_db;
};

} // namespace rapport::core
