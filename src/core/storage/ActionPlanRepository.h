#pragma once

#include "common/Result.h"
#include "domain/ActionPlan.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// SMART action plans with their items, check-ins and revision history. Plans are never
// changed silently: update() records one revision per changed field.
class ActionPlanRepository
{
public:
    explicit ActionPlanRepository(Database& db) : m_db(db) {}

    // Sets plan.id. created_at must be set by the caller (it comes from the Clock).
    Status insert(ActionPlan& plan);
    // Writes the plan's fields and, in the same transaction, one revision (old value, new value,
    // reason, at) for every field that differs from the stored plan. Returns the revisions written.
    // Only if the stored plan still has plan.version (then raised in `plan`); otherwise an Error
    // of kind Conflict and nothing written.
    Result<std::vector<ActionPlanRevision>> update(ActionPlan& plan, const QString& reason,
                                                   const QDateTime& at);
    // Undoes an update(): writes `previous` back without a revision and deletes the revisions
    // that update wrote, in one transaction, so the history reads as if it had not happened.
    // `previous.version` is the one the update left; it goes up again.
    Status restore(ActionPlan& previous, const std::vector<ActionPlanRevision>& written);
    Result<std::optional<ActionPlan>> find(qint64 id) const;
    // All plans, newest first; with an owner only that rep's plans.
    Result<std::vector<ActionPlan>> list(const QString& ownerRep = {}) const;
    // Removes the plan with its items, check-ins and revisions.
    Status remove(qint64 id);

    // Appends an item; position 0 means "after the last one". Sets item.id (and position).
    Status addItem(ActionPlanItem& item);
    // In position order.
    Result<std::vector<ActionPlanItem>> items(qint64 planId) const;
    // An invalid doneAt marks the item as not done again. Only if the item still has `version`
    // (else an Error of kind Conflict); answers its new version.
    Result<qint64> setItemDone(qint64 itemId, qint64 version, const QDateTime& doneAt);
    Status removeItem(qint64 itemId);

    Status addCheckIn(ActionPlanCheckIn& checkIn);
    // Oldest first.
    Result<std::vector<ActionPlanCheckIn>> checkIns(qint64 planId) const;
    Status removeCheckIn(qint64 checkInId);

    // Oldest first.
    Result<std::vector<ActionPlanRevision>> revisions(qint64 planId) const;

private:
    // Writes every column of the plan with `plan.id` if it still has plan.version, which then
    // goes up; otherwise an Error of kind Conflict.
    Status writePlan(ActionPlan& plan);

    Database& m_db;
};

} // namespace rapport::core
