#include "workspace/SnoozeFollowUpCommand.h"

#include "services/FollowUpService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {
SnoozeFollowUpCommand::SnoozeFollowUpCommand(DatabaseSession& session, core::FollowUpTask before,
                                             core::FollowUpTask after, const QString& customerName,
                                             ConflictHandler onConflict)
    : WriteCommand(
          session,
          QCoreApplication::translate("SnoozeFollowUpCommand", "Snooze follow-up with %1").arg(customerName)),
      m_before(std::move(before)), m_after(std::move(after)), m_onConflict(std::move(onConflict))
{
}

core::Status SnoozeFollowUpCommand::change(const core::FollowUpTask& from, const core::FollowUpTask& to,
                                           bool firstTime)
{
    auto saved = core::FollowUpService(session().database()).change(from, to);
    if (!saved)
        return saved.error();
    if (saved->saved) // the version this window left, for the task's other commands
        return keepVersion(saved->saved->version, QStringLiteral("follow_up"), to.id);
    core::Error e = core::Error::make(QCoreApplication::translate(
        "SnoozeFollowUpCommand", "Someone else changed the follow-up since; nothing was written."));
    e.kind = core::ErrorKind::Conflict;
    if (firstTime && m_onConflict && saved->conflict) {
        m_onConflict(saved->conflict.value(), to);
        setFailureShown();
    }
    return e;
}

core::Status SnoozeFollowUpCommand::apply()
{
    return change(m_before, m_after, !hasApplied());
}

core::Status SnoozeFollowUpCommand::revert()
{
    return change(m_after, m_before, false);
}

} // namespace rapport::app
