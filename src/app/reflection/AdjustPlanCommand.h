#pragma once

#include "domain/ActionPlanChanges.h"
#include "widgets/WriteCommand.h"

#include <functional>
#include <vector>

namespace rapport::app {

// Adjusts a plan `before` -> `after` through ActionPlanService::change, which records one
// revision per changed field with the reason; undo takes those fields back and drops those
// revisions (changeBack). Status changes (done, abandoned, reopened) are adjustments too, so
// they have a history. Each write applies to the plan as stored when it runs, conditional on
// the version it reads then: what someone else saved meanwhile in other fields is kept. When
// someone else gave one of this adjustment's fields another value, nothing is written:
// `onConflict` (if given) is called with the conflict and the adjustment's own values.
class AdjustPlanCommand final : public WriteCommand
{
public:
    using ConflictHandler =
        std::function<void(const core::PlanConflict& conflict, const core::ActionPlan& mine)>;

    AdjustPlanCommand(DatabaseSession& session, core::ActionPlan before, core::ActionPlan after,
                      QString reason, const QString& text, ConflictHandler onConflict = {});
    const std::vector<core::ActionPlanRevision>& written() const { return m_written; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    // The answer of change() or changeBack(): the version kept, or the conflict reported.
    core::Status settle(const core::Result<core::PlanSave>& saved, const core::ActionPlan& to,
                        bool firstTime);

    core::ActionPlan m_before;
    core::ActionPlan m_after;
    QString m_reason;
    std::vector<core::ActionPlanRevision> m_written;
    ConflictHandler m_onConflict;
};

} // namespace rapport::app
