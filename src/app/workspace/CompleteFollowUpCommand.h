#pragma once

#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Marks a follow-up done by logging the follow_up interaction that answers it.
class CompleteFollowUpCommand final : public WriteCommand
{
public:
    CompleteFollowUpCommand(DatabaseSession& session, core::FollowUpTask task, const QString& customerName);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::FollowUpTask m_task;
    core::Interaction m_interaction;
};

} // namespace rapport::app
