#pragma once

#include "domain/FollowUpChanges.h"
#include "widgets/WriteCommand.h"

#include <QDateTime>
#include <functional>

namespace rapport::app {

// Moves a follow-up's due time; undo moves it back. The change is applied to the task as
// stored when it runs (FollowUpService::change, conditional on the version it reads then): a
// note or completion someone else saved meanwhile is kept. When someone else moved it too,
// nothing is written: `onConflict` (if given) is called with the conflict and this snooze's
// values so that the view can let the person choose.
class SnoozeFollowUpCommand final : public WriteCommand
{
public:
    using ConflictHandler =
        std::function<void(const core::FollowUpConflict& conflict, const core::FollowUpTask& mine)>;

    // `before`: the task as read; `after`: the same with its new due time.
    SnoozeFollowUpCommand(DatabaseSession& session, core::FollowUpTask before, core::FollowUpTask after,
                          const QString& customerName, ConflictHandler onConflict = {});

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status change(const core::FollowUpTask& from, const core::FollowUpTask& to, bool firstTime);

    core::FollowUpTask m_before;
    core::FollowUpTask m_after;
    ConflictHandler m_onConflict;
};

} // namespace rapport::app
