#pragma once

#include "domain/ProductChanges.h"
#include "widgets/FieldConflictDialog.h"

namespace rapport::app {

// Someone else saved a product while this person edited it, and gave fields this edit changes
// other values: FieldConflictDialog with the product's fields. Either way the edit's other
// fields are saved.
class ProductConflictDialog final : public FieldConflictDialog
{
    Q_OBJECT

public:
    ProductConflictDialog(const core::ProductConflict& conflict, const core::Product& mine,
                          QWidget* parent = nullptr);

    // What to save on top of the stored product: the chosen values of the clashing fields, and
    // this person's values of the fields only they changed (`edited`).
    core::Product resolved(const std::vector<core::ProductField>& edited) const;

    static QString fieldLabel(core::ProductField field);
    static QString fieldText(const core::Product& product, core::ProductField field);

private:
    core::ProductConflict m_conflict;
    core::Product m_mine;
};

} // namespace rapport::app
