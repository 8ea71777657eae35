#pragma once

#include "domain/CustomerChanges.h"
#include "widgets/FieldConflictDialog.h"

namespace rapport::app {

// Someone else saved a customer while this person edited it, and gave fields this edit
// changes other values: FieldConflictDialog with the customer's fields. Either way the edit's
// other fields are saved (no one else changed those).
class CustomerConflictDialog final : public FieldConflictDialog
{
    Q_OBJECT

public:
    CustomerConflictDialog(const core::CustomerConflict& conflict, const core::Customer& mine,
                           QWidget* parent = nullptr);

    // What to save on top of the stored customer: the chosen values of the clashing fields,
    // and this person's values of the fields only they changed (`edited`).
    core::Customer resolved(const std::vector<core::CustomerField>& edited) const;

    static QString fieldLabel(core::CustomerField field);

private:
    core::CustomerConflict m_conflict;
    core::Customer m_mine;
};

} // namespace rapport::app
