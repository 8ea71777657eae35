#pragma once

#include "domain/GoalChanges.h"
#include "widgets/WriteCommand.h"

#include <functional>

namespace rapport::app {

// Changes a KPI goal; undo changes those fields back. The edit is applied to the goal as stored
// when it runs (GoalService::change, conditional on the version it reads then): what someone
// else saved meanwhile in other fields is kept. When someone else gave one of this edit's
// fields another value, nothing is written: `onConflict` (if given) is called with the
// conflict and the edit's own values so that the view can let the person choose.
class EditGoalCommand final : public WriteCommand
{
public:
    using ConflictHandler =
        std::function<void(const core::GoalConflict& conflict, const core::KpiGoal& mine)>;

    EditGoalCommand(DatabaseSession& session, core::KpiGoal before, core::KpiGoal after,
                    ConflictHandler onConflict = {});

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status change(const core::KpiGoal& from, const core::KpiGoal& to, bool firstTime);

    core::KpiGoal m_before;
    core::KpiGoal m_after;
    ConflictHandler m_onConflict;
};

} // namespace rapport::app
