#include "workspace/FollowUpConflictDialog.h"

#include "common/DateText.h"

#include <QLocale>

namespace rapport::app {

FollowUpConflictDialog::FollowUpConflictDialog(const core::FollowUpConflict& conflict,
                                               const core::FollowUpTask& mine, const QString& customerName,
                                               QWidget* parent)
    : FieldConflictDialog(
          tr("Follow-up Changed by Someone Else"),
          tr("Someone else saved the follow-up with <b>%1</b> while you were changing it, with "
             "other values in the fields below. Nothing of yours has been saved yet.")
              .arg(customerName.toHtmlEscaped()),
          rows(conflict.fields, mine, conflict.theirs, &FollowUpConflictDialog::fieldLabel,
               &FollowUpConflictDialog::fieldText),
          parent),
      m_conflict(conflict), m_mine(mine)
{
    setObjectName(QStringLiteral("followUpConflictDialog"));
}

core::FollowUpTask FollowUpConflictDialog::resolved(const std::vector<core::FollowUpField>& edited) const
{
    return FieldConflictDialog::resolved(m_conflict.theirs, m_mine, m_conflict.fields, edited);
}

QString FollowUpConflictDialog::fieldLabel(core::FollowUpField field)
{
    switch (field) {
    case core::FollowUpField::Rep:
        return tr("Rep");
    case core::FollowUpField::Due:
        return tr("Due");
    case core::FollowUpField::Note:
        return tr("Note");
    case core::FollowUpField::Done:
        break;
    }
    return tr("Done");
}

QString FollowUpConflictDialog::fieldText(const core::FollowUpTask& task, core::FollowUpField field)
{
    const QLocale locale;
    switch (field) {
    case core::FollowUpField::Rep:
        return task.repId;
    case core::FollowUpField::Due:
        return core::DateText::dateTime(task.dueAt.toLocalTime(), locale);
    case core::FollowUpField::Note:
        return task.note;
    case core::FollowUpField::Done:
        break;
    }
    return task.isDone() ? tr("done %1").arg(core::DateText::dateTime(task.doneAt.toLocalTime(), locale))
                         : tr("open");
}

} // namespace rapport::app
