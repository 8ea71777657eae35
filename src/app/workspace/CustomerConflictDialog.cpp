#include "workspace/CustomerConflictDialog.h"

#include <algorithm>

namespace rapport::app {

namespace {

std::vector<FieldConflictDialog::Row> rowsOf(const core::CustomerConflict& conflict,
                                             const core::Customer& mine)
{
    std::vector<FieldConflictDialog::Row> rows;
    for (core::CustomerField f : conflict.fields)
        rows.push_back({CustomerConflictDialog::fieldLabel(f), core::fieldText(mine, f),
                        core::fieldText(conflict.theirs, f)});
    return rows;
}

} // namespace

CustomerConflictDialog::CustomerConflictDialog(const core::CustomerConflict& conflict,
                                               const core::Customer& mine, QWidget* parent)
    : FieldConflictDialog(tr("Customer Changed by Someone Else"),
                          tr("Someone else saved <b>%1</b> while you were editing it, with other values "
                             "in the fields below. Nothing of yours has been saved yet.")
                              .arg(conflict.theirs.name.toHtmlEscaped()),
                          rowsOf(conflict, mine), parent),
      m_conflict(conflict), m_mine(mine)
{
}

core::Customer CustomerConflictDialog::resolved(const std::vector<core::CustomerField>& edited) const
{
    core::Customer out = m_conflict.theirs;
    for (core::CustomerField f : edited) {
        const bool clashes =
            std::find(m_conflict.fields.begin(), m_conflict.fields.end(), f) != m_conflict.fields.end();
        if (!clashes || keepsMine())
            core::copyField(f, m_mine, out);
    }
    return out;
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
