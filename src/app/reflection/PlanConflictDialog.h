#pragma once

#include "domain/ActionPlanChanges.h"
#include "widgets/FieldConflictDialog.h"

namespace rapport::app {

// Someone else saved an action plan while this person adjusted it, and gave fields this
// adjustment changes other values: FieldConflictDialog with the plan's fields. Either way the
// adjustment's other fields are saved.
class PlanConflictDialog final : public FieldConflictDialog
{
    Q_OBJECT

public:
    PlanConflictDialog(const core::PlanConflict& conflict, const core::ActionPlan& mine,
                       QWidget* parent = nullptr);

    // What to save on top of the stored plan: the chosen values of the clashing fields, and
    // this person's values of the fields only they changed (`edited`).
    core::ActionPlan resolved(const std::vector<core::PlanField>& edited) const;

    static QString fieldLabel(core::PlanField field);
    static QString fieldText(const core::ActionPlan& plan, core::PlanField field);

private:
    core::PlanConflict m_conflict;
    core::ActionPlan m_mine;
};

} // namespace rapport::app
