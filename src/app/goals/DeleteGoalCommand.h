#pragma once

#include "services/GoalService.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Deletes a KPI goal with its check-ins; undo puts all of it back with the same ids.
class DeleteGoalCommand final : public WriteCommand
{
public:
    DeleteGoalCommand(DatabaseSession& session, qint64 goalId, const QString& name);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    qint64 m_goalId;
    core::GoalSnapshot m_removed;
};

} // namespace rapport::app
