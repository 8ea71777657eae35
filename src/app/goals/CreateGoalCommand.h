#pragma once

#include "domain/KpiGoal.h"
#include "services/GoalService.h"
#include "widgets/WriteCommand.h"

#include <optional>

namespace rapport::app {

// Sets a new KPI goal; undo removes it, redo puts the same goal back (same id).
class CreateGoalCommand final : public WriteCommand
{
public:
    CreateGoalCommand(DatabaseSession& session, core::KpiGoal goal);
    qint64 goalId() const { return m_goal.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::KpiGoal m_goal;
    std::optional<core::GoalSnapshot> m_removed; // after an undo: what redo puts back
};

} // namespace rapport::app
