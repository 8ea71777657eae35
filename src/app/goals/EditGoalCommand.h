#pragma once

#include "domain/KpiGoal.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Changes a KPI goal; undo writes it back as it was. Each write is conditional on the version
// expected (WriteCommand::expectedVersion), so none overwrites someone else's change.
class EditGoalCommand final : public WriteCommand
{
public:
    EditGoalCommand(DatabaseSession& session, core::KpiGoal before, core::KpiGoal after);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::KpiGoal m_before;
    core::KpiGoal m_after;

    core::Status write(core::KpiGoal goal);
};

} // namespace rapport::app
