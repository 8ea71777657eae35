#pragma once

#include "common/Result.h"
#include "domain/ActionPlan.h"
#include "domain/ActionPlanChanges.h"

#include <functional>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// Action plans with their steps, check-ins and revisions, as the reflection screens and
// their undo commands read and write them.
class ActionPlanService
{
public:
    explicit ActionPlanService(Database& db) : m_db(db) {}

    Status insert(ActionPlan& plan);
    // Writes `plan` over the stored one, recording a revision per changed field, if the stored
    // one still has plan.version (raised in `plan`); otherwise an Error of kind Conflict.
    Result<std::vector<ActionPlanRevision>> update(ActionPlan& plan, const QString& reason,
                                                   const QDateTime& at);
    // Undoes update(): `previous` back, the `written` revisions removed, if the plan still has
    // previous.version (the one update() left; raised again).
    Status restore(ActionPlan& previous, const std::vector<ActionPlanRevision>& written);
    // Applies the adjustment `from` -> `to` to the plan as stored now: the fields it changed
    // take `to`'s values (one revision each, with `reason`), the others keep what someone else
    // may have saved meanwhile. When someone else gave a changed field another value, nothing
    // is written and the answer holds the conflict, field by field.
    Result<PlanSave> change(const ActionPlan& from, const ActionPlan& to, const QString& reason,
                            const QDateTime& at);
    // Undoes change(): the adjustment `from` -> `to` taken back (pass it reversed) on the plan as
    // stored now, merged and refused as change() is, and the `written` revisions removed.
    Result<PlanSave> changeBack(const ActionPlan& from, const ActionPlan& to,
                                const std::vector<ActionPlanRevision>& written);
    Result<std::optional<ActionPlan>> find(qint64 id) const;
    Result<std::vector<ActionPlan>> list(const QString& ownerRep = {}) const;
    Status remove(qint64 id);
    Status addItem(ActionPlanItem& item);
    Result<std::vector<ActionPlanItem>> items(qint64 planId) const;
    // Conditional on the item's `version`; answers the new one.
    Result<qint64> setItemDone(qint64 itemId, qint64 version, const QDateTime& doneAt);
    Status removeItem(qint64 itemId);
    Status addCheckIn(ActionPlanCheckIn& checkIn);
    Result<std::vector<ActionPlanCheckIn>> checkIns(qint64 planId) const;
    Status removeCheckIn(qint64 checkInId);
    Result<std::vector<ActionPlanRevision>> revisions(qint64 planId) const;

private:
    // change() and changeBack(): `write` stores the merged plan conditionally on its version.
    Result<PlanSave> merge(const ActionPlan& from, const ActionPlan& to,
                           const std::function<Status(ActionPlan&, PlanSave&)>& write);

    Database& m_db;
};

} // namespace rapport::core
