#pragma once

#include "domain/ActionPlan.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Saves a new action plan; undo removes it again.
class CreatePlanCommand final : public WriteCommand
{
public:
    CreatePlanCommand(DatabaseSession& session, core::ActionPlan plan);
    qint64 planId() const { return m_plan.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::ActionPlan m_plan;
};

} // namespace rapport::app
