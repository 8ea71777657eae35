#pragma once

#include "domain/FollowUpChanges.h"
#include "widgets/FieldConflictDialog.h"

namespace rapport::app {

// Someone else saved a follow-up while this person rescheduled it, and gave fields this change
// makes other values: FieldConflictDialog with the follow-up's fields, naming the customer.
class FollowUpConflictDialog final : public FieldConflictDialog
{
    Q_OBJECT

public:
    FollowUpConflictDialog(const core::FollowUpConflict& conflict, const core::FollowUpTask& mine,
                           const QString& customerName, QWidget* parent = nullptr);

    // What to save on top of the stored task: the chosen values of the clashing fields, and
    // this person's values of the fields only they changed (`edited`).
    core::FollowUpTask resolved(const std::vector<core::FollowUpField>& edited) const;

    static QString fieldLabel(core::FollowUpField field);
    static QString fieldText(const core::FollowUpTask& task, core::FollowUpField field);

private:
    core::FollowUpConflict m_conflict;
    core::FollowUpTask m_mine;
};

} // namespace rapport::app
