#pragma once

#include "domain/KpiGoal.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Records a check-in on a KPI goal; undo removes it.
class RecordGoalCheckInCommand final : public WriteCommand
{
public:
    RecordGoalCheckInCommand(DatabaseSession& session, core::GoalCheckIn checkIn, const QString& goalName);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::GoalCheckIn m_checkIn;
};

} // namespace rapport::app
