#pragma once

#include "domain/ActionPlan.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The fields of an action plan a person adjusts, for comparing two versions field by field (as
// ProductChanges does for products). Its steps are records of their own (ActionPlanItem).
enum class PlanField {
    Title,
    Action,
    OwnerRep,
    Resources,
    Metric,
    Scope,
    Target,
    Direction,
    Baseline,
    StartAt,
    DeadlineAt,
    CheckInEvery,
    FindingRef,
    Dimension,
    Status
};

// The fields in which `a` and `b` differ, in the order above.
std::vector<PlanField> changedFields(const ActionPlan& a, const ActionPlan& b);
bool sameField(const ActionPlan& a, const ActionPlan& b, PlanField field);
void copyField(PlanField field, const ActionPlan& from, ActionPlan& to);

// A save that lost the race: someone else stored `theirs`, which gives other values to
// `fields`, fields the save changes too.
struct PlanConflict
{
    ActionPlan theirs;
    std::vector<PlanField> fields;
};

// How a save went: written (`saved`, with its new version, and the revisions it recorded;
// `merged` when someone else's changes to other fields were kept), or refused with a conflict.
struct PlanSave
{
    std::optional<ActionPlan> saved;
    std::vector<ActionPlanRevision> revisions;
    bool merged = false;
    std::optional<PlanConflict> conflict;
};

} // namespace rapport::core
