#pragma once

#include "domain/ActionPlan.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Records a check-in on an action plan; undo removes it.
class RecordCheckInCommand final : public WriteCommand
{
public:
    RecordCheckInCommand(DatabaseSession& session, core::ActionPlanCheckIn checkIn);
    qint64 checkInId() const { return m_checkIn.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::ActionPlanCheckIn m_checkIn;
};

} // namespace rapport::app
