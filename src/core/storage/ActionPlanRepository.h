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
    Result<std::vector<ActionPlanRevision>> update(const ActionPlan& plan, const QString& reason,
                                                   const QDateTime& at);
    // Undoes an update(): writes `previous` back without a revision and deletes the revisions
    // that update wrote, in one transaction, so the history reads as if it had not happened.
    Status restore(const ActionPlan& previous, const std::vector<ActionPlanRevision>& written);
    Result<std::optional<ActionPlan>> find(qint64 id) const;
    // All plans, newest first; with an owner only that rep's plans.
    Result<std::vector<ActionPlan>> list(const QString& ownerRep = {}) const;
    // Removes the plan with its items, check-ins and revisions.
    Status remove(qint64 id);

    // Appends an item; position 0 means "after the last one". Sets item.id (and position).
    Status addItem(ActionPlanItem& item);
    // In position order.
    Result<std::vector<ActionPlanItem>> items(qint64 planId) const;
    // An invalid doneAt marks the item as not done again.
    Status setItemDone(qint64 itemId, const QDateTime& doneAt);
    Status removeItem(qint64 itemId);

    Status addCheckIn(ActionPlanCheckIn& checkIn);
    // Oldest first.
    Result<std::vector<ActionPlanCheckIn>> checkIns(qint64 planId) const;
    Status removeCheckIn(qint64 checkInId);

    // Oldest first.
    Result<std::vector<ActionPlanRevision>> revisions(qint64 planId) const;

private:
    // Writes every column of the stored plan with `plan.id`; returns the rows changed (0 or 1).
    Result<int> writePlan(const ActionPlan& plan);

    Database& m_db;
};

} // namespace rapport::core
