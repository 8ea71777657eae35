#pragma once

#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"
#include "widgets/WriteCommand.h"

#include <optional>

namespace rapport::app {

// Logs one interaction and, when asked, the follow-up task it calls for and the completion of
// an open follow-up it answers, in one transaction (one undo step).
class LogInteractionCommand final : public WriteCommand
{
public:
    LogInteractionCommand(DatabaseSession& session, core::Interaction interaction,
                          std::optional<core::FollowUpTask> followUp,
                          std::optional<core::FollowUpRef> completes = std::nullopt);
    qint64 interactionId() const { return m_interaction.id; }
    qint64 followUpId() const { return m_followUp ? m_followUp->id : 0; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Interaction m_interaction;
    std::optional<core::FollowUpTask> m_followUp;
    std::optional<core::FollowUpRef> m_completes; // version: as read when the dialog offered it
    core::Status write(bool log);
};

} // namespace rapport::app
