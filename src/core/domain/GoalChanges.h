#pragma once

#include "domain/KpiGoal.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The fields of a KPI goal a person edits, for comparing two versions field by field (as
// ProductChanges does for products).
enum class GoalField {
    Name,
    Metric,
    Scope,
    PeriodStart,
    PeriodEnd,
    Target,
    Direction,
    Baseline,
    CheckInEvery
};

// The fields in which `a` and `b` differ, in the order above.
std::vector<GoalField> changedFields(const KpiGoal& a, const KpiGoal& b);
bool sameField(const KpiGoal& a, const KpiGoal& b, GoalField field);
void copyField(GoalField field, const KpiGoal& from, KpiGoal& to);

// A save that lost the race: someone else stored `theirs`, which gives other values to
// `fields`, fields the save changes too.
struct GoalConflict
{
    KpiGoal theirs;
    std::vector<GoalField> fields;
};

// How a save went: written (`saved`, with its new version; `merged` when someone else's
// changes to other fields were kept), or refused with a conflict.
struct GoalSave
{
    std::optional<KpiGoal> saved;
    bool merged = false;
    std::optional<GoalConflict> conflict;
};

} // namespace rapport::core
