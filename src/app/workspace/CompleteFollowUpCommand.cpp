#include "workspace/CompleteFollowUpCommand.h"

#include "common/DateText.h"
#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

namespace {
const QString kKind = QStringLiteral("follow_up");
}

CompleteFollowUpCommand::CompleteFollowUpCommand(DatabaseSession& session, core::FollowUpTask task,
                                                 const QString& customerName)
    : WriteCommand(
          session,
          QCoreApplication::translate("CompleteFollowUpCommand", "Follow up with %1").arg(customerName)),
      m_task(std::move(task))
{
}

core::Status CompleteFollowUpCommand::apply()
{
    const QDateTime now = session().clock().nowUtc();
    m_interaction = {};
    m_interaction.customerId = m_task.customerId;
    m_interaction.repId = session().currentRep().isEmpty() ? m_task.repId : session().currentRep();
    m_interaction.kind = core::InteractionKind::FollowUp;
    m_interaction.occurredAt = now;
    m_interaction.notes = m_task.note;
    // Someone else's new due time or note is kept; only their completion of it stops this one.
    return settle(core::FollowUpService(session().database()).completeChange(m_task, m_interaction));
}

core::Status CompleteFollowUpCommand::revert()
{
    core::FollowUpTask completed = m_task;
    completed.doneAt = m_interaction.occurredAt;
    completed.doneInteractionId = m_interaction.id;
    return settle(core::FollowUpService(session().database()).reopenChange(completed, m_interaction.id));
}

core::Status CompleteFollowUpCommand::settle(const core::Result<core::FollowUpSave>& saved)
{
    if (!saved)
        return saved.error();
    if (saved->saved) // the version this window left, for the task's other commands
        return keepVersion(saved->saved->version, kKind, m_task.id);
    // Done is one field with nothing to choose: their completion (or its undo) stands.
    const core::FollowUpTask theirs = saved->conflict ? saved->conflict->theirs : m_task;
    core::Error e = core::Error::make(
        theirs.isDone()
            ? QCoreApplication::translate("CompleteFollowUpCommand",
                                          "Someone else already marked this follow-up done (%1); nothing was "
                                          "written.")
                  .arg(core::DateText::dateTime(theirs.doneAt.toLocalTime()))
            : QCoreApplication::translate(
                  "CompleteFollowUpCommand",
                  "Someone else reopened this follow-up since; nothing was written."));
    e.kind = core::ErrorKind::Conflict;
    return e;
}

} // namespace rapport::app
