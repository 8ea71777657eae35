#include "products/ProductConflictDialog.h"

#include <algorithm>

namespace rapport::app {
namespace {

std::vector<FieldConflictDialog::Row> rowsOf(const core::ProductConflict& conflict, const core::Product& mine)
{
    std::vector<FieldConflictDialog::Row> rows;
    for (core::ProductField f : conflict.fields)
        rows.push_back({ProductConflictDialog::fieldLabel(f), ProductConflictDialog::fieldText(mine, f),
                        ProductConflictDialog::fieldText(conflict.theirs, f)});
    return rows;
}

} // namespace

ProductConflictDialog::ProductConflictDialog(const core::ProductConflict& conflict, const core::Product& mine,
                                             QWidget* parent)
    : FieldConflictDialog(tr("Product Changed by Someone Else"),
                          tr("Someone else saved the product <b>%1</b> while you were editing it, with other "
                             "values in the fields below. Nothing of yours has been saved yet.")
                              .arg(conflict.theirs.name.toHtmlEscaped()),
                          rowsOf(conflict, mine), parent),
      m_conflict(conflict), m_mine(mine)
{
}

core::Product ProductConflictDialog::resolved(const std::vector<core::ProductField>& edited) const
{
    core::Product out = m_conflict.theirs;
    for (core::ProductField f : edited) {
        const bool clashes =
            std::find(m_conflict.fields.begin(), m_conflict.fields.end(), f) != m_conflict.fields.end();
        if (!clashes || keepsMine())
            core::copyField(f, m_mine, out);
    }
    return out;
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
