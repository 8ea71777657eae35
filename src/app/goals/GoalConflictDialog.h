#pragma once

#include "domain/GoalChanges.h"
#include "widgets/FieldConflictDialog.h"

namespace rapport::app {

// Someone else saved a KPI goal while this person edited it, and gave fields this edit changes
// other values: FieldConflictDialog with the goal's fields. Either way the edit's other fields
// are saved.
class GoalConflictDialog final : public FieldConflictDialog
{
    Q_OBJECT

public:
    GoalConflictDialog(const core::GoalConflict& conflict, const core::KpiGoal& mine,
                       QWidget* parent = nullptr);

    // What to save on top of the stored goal: the chosen values of the clashing fields, and
    // this person's values of the fields only they changed (`edited`).
    core::KpiGoal resolved(const std::vector<core::GoalField>& edited) const;

    static QString fieldLabel(core::GoalField field);
    static QString fieldText(const core::KpiGoal& goal, core::GoalField field);

private:
    core::GoalConflict m_conflict;
    core::KpiGoal m_mine;
};

} // namespace rapport::app
