#include "workspace/CustomerConflictDialog.h"

namespace rapport::app {

CustomerConflictDialog::CustomerConflictDialog(const core::CustomerConflict& conflict,
                                               const core::Customer& mine, QWidget* parent)
    : FieldConflictDialog(
          tr("Customer Changed by Someone Else"),
          tr("Someone else saved <b>%1</b> while you were editing it, with other values "
             "in the fields below. Nothing of yours has been saved yet.")
              .arg(conflict.theirs.name.toHtmlEscaped()),
          rows(conflict.fields, mine, conflict.theirs, &CustomerConflictDialog::fieldLabel,
               [](const core::Customer& c, core::CustomerField f) { return core::fieldText(c, f); }),
          parent),
      m_conflict(conflict), m_mine(mine)
{
}

core::Customer CustomerConflictDialog::resolved(const std::vector<core::CustomerField>& edited) const
{
    return FieldConflictDialog::resolved(m_conflict.theirs, m_mine, m_conflict.fields, edited);
}

QString CustomerConflictDialog::fieldLabel(core::CustomerField field)
{
    switch (field) {
    case core::CustomerField::ExternalId:
        return tr("External id");
    case core::CustomerField::Name:
        return tr("Name");
    case core::CustomerField::Company:
        return tr("Company");
    case core::CustomerField::Email:
        return tr("Email");
    case core::CustomerField::Phone:
        return tr("Phone");
    case core::CustomerField::Segment:
        return tr("Segment");
    case core::CustomerField::Owner:
        return tr("Owner");
    case core::CustomerField::AcquiredAt:
        return tr("Customer since");
    case core::CustomerField::ChurnedAt:
        return tr("Churned on");
    case core::CustomerField::ChurnReason:
        return tr("Churn reason");
    case core::CustomerField::ReturnedAt:
        break;
    }
    return tr("Returned on");
}

} // namespace rapport::app
