#include "domain/ActionPlanChanges.h"

namespace rapport::core {

bool sameField(const ActionPlan& a, const ActionPlan& b, PlanField field)
{
    switch (field) {
    case PlanField::Title:
        return a.title == b.title;
    case PlanField::Action:
        return a.action == b.action;
    case PlanField::OwnerRep:
        return a.ownerRep == b.ownerRep;
    case PlanField::Resources:
        return a.resources == b.resources;
    case PlanField::Metric:
        return a.metric == b.metric;
    case PlanField::Scope:
        return a.scope == b.scope;
    case PlanField::Target:
        return a.target == b.target;
    case PlanField::Direction:
        return a.direction == b.direction;
    case PlanField::Baseline:
        return a.baseline == b.baseline;
    case PlanField::StartAt:
        return a.startAt == b.startAt;
    case PlanField::DeadlineAt:
        return a.deadlineAt == b.deadlineAt;
    case PlanField::CheckInEvery:
        return a.checkInEveryDays == b.checkInEveryDays;
    case PlanField::FindingRef:
        return a.findingRef == b.findingRef;
    case PlanField::Dimension:
        return a.dimension == b.dimension;
    case PlanField::Status:
        break;
    }
    return a.status == b.status;
}

std::vector<PlanField> changedFields(const ActionPlan& a, const ActionPlan& b)
{
    std::vector<PlanField> changed;
    for (PlanField f :
         {PlanField::Title, PlanField::Action, PlanField::OwnerRep, PlanField::Resources, PlanField::Metric,
          PlanField::Scope, PlanField::Target, PlanField::Direction, PlanField::Baseline, PlanField::StartAt,
          PlanField::DeadlineAt, PlanField::CheckInEvery, PlanField::FindingRef, PlanField::Dimension,
          PlanField::Status}) {
        if (!sameField(a, b, f))
            changed.push_back(f);
    }
    return changed;
}

void copyField(PlanField field, const ActionPlan& from, ActionPlan& to)
{
    switch (field) {
    case PlanField::Title:
        to.title = from.title;
        return;
    case PlanField::Action:
        to.action = from.action;
        return;
    case PlanField::OwnerRep:
        to.ownerRep = from.ownerRep;
        return;
    case PlanField::Resources:
        to.resources = from.resources;
        return;
    case PlanField::Metric:
        to.metric = from.metric;
        return;
    case PlanField::Scope:
        to.scope = from.scope;
        return;
    case PlanField::Target:
        to.target = from.target;
        return;
    case PlanField::Direction:
        to.direction = from.direction;
        return;
    case PlanField::Baseline:
        to.baseline = from.baseline;
        return;
    case PlanField::StartAt:
        to.startAt = from.startAt;
        return;
    case PlanField::DeadlineAt:
        to.deadlineAt = from.deadlineAt;
        return;
    case PlanField::CheckInEvery:
        to.checkInEveryDays = from.checkInEveryDays;
        return;
    case PlanField::FindingRef:
        to.findingRef = from.findingRef;
        return;
    case PlanField::Dimension:
        to.dimension = from.dimension;
        return;
    case PlanField::Status:
        to.status = from.status;
        return;
    }
}

} // namespace rapport::core
