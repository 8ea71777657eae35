#include "products/ProductConflictDialog.h"

namespace rapport::app {

ProductConflictDialog::ProductConflictDialog(const core::ProductConflict& conflict, const core::Product& mine,
                                             QWidget* parent)
    : FieldConflictDialog(tr("Product Changed by Someone Else"),
                          tr("Someone else saved the product <b>%1</b> while you were editing it, with other "
                             "values in the fields below. Nothing of yours has been saved yet.")
                              .arg(conflict.theirs.name.toHtmlEscaped()),
                          rows(conflict.fields, mine, conflict.theirs, &ProductConflictDialog::fieldLabel,
                               &ProductConflictDialog::fieldText),
                          parent),
      m_conflict(conflict), m_mine(mine)
{
}

core::Product ProductConflictDialog::resolved(const std::vector<core::ProductField>& edited) const
{
    return FieldConflictDialog::resolved(m_conflict.theirs, m_mine, m_conflict.fields, edited);
}

QString ProductConflictDialog::fieldLabel(core::ProductField field)
{
    switch (field) {
    case core::ProductField::ExternalId:
        return tr("ID");
    case core::ProductField::Name:
        return tr("Name");
    case core::ProductField::Category:
        return tr("Category");
    case core::ProductField::Active:
        break;
    }
    return tr("Status");
}

QString ProductConflictDialog::fieldText(const core::Product& product, core::ProductField field)
{
    switch (field) {
    case core::ProductField::ExternalId:
        return product.externalId;
    case core::ProductField::Name:
        return product.name;
    case core::ProductField::Category:
        return product.category;
    case core::ProductField::Active:
        break;
    }
    return product.active ? tr("active") : tr("retired");
}

} // namespace rapport::app
