#include "workspace/EditCustomerCommand.h"

#include "services/CustomerService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

EditCustomerCommand::EditCustomerCommand(DatabaseSession& session, core::Customer before,
                                         core::Customer after, const QString& text,
                                         ConflictHandler onConflict)
    : WriteCommand(session, text), m_before(std::move(before)), m_after(std::move(after)),
      m_onConflict(std::move(onConflict))
{
}

namespace {
// Taking a churned customer's churn date away (and nothing else) is how the window says they
// are back ("Mark Active", a purchase's "mark them as returned"). It is written as a return
// (metrics.md): the churn stays in the past and returned_at is set, so no figure of the period
// they left in changes.
bool meansReturn(const core::Customer& before, const core::Customer& after)
{
    if (!before.isChurned() || after.churnedAt.isValid())
        return false;
    for (core::CustomerField f : core::changedFields(before, after)) {
        if (f != core::CustomerField::ChurnedAt && f != core::CustomerField::ChurnReason)
            return false;
    }
    return true;
}
} // namespace

core::Status EditCustomerCommand::apply()
{
    const bool firstTime = !hasApplied();
    if (firstTime && meansReturn(m_before, m_after)) {
        // Back at their first purchase after leaving (the one just logged), else now.
        core::CustomerService customers(session().database());
        auto at = customers.returnTime(m_before, session().clock().nowUtc());
        if (!at)
            return at.error();
        m_after = core::markedReturned(m_before, *at);
    }
    return change(m_before, m_after, firstTime, true);
}

core::Status EditCustomerCommand::revert()
{
    return change(m_after, m_before, false, false);
}

core::Status EditCustomerCommand::change(const core::Customer& from, const core::Customer& to, bool firstTime,
                                         bool forward)
{
    core::TimelineNote note;
    if (m_note && forward)
        note.add = &*m_note;
    else if (m_note)
        note.remove = m_note->id;
    auto saved = core::CustomerService(session().database()).change(from, to, note);
    if (!saved)
        return saved.error();
    if (!saved->conflict)
        return {};
    QStringList fields;
    for (core::CustomerField f : saved->conflict->fields)
        fields << core::fieldKey(f);
    core::Error e = core::Error::make(
        QCoreApplication::translate("EditCustomerCommand",
                                    "Someone else changed %1 of %2 since; nothing was written.")
            .arg(fields.join(QStringLiteral(", ")), to.name));
    e.kind = core::ErrorKind::Conflict;
    if (firstTime && m_onConflict) {
        m_onConflict(*saved->conflict, to);
        setFailureShown();
    }
    return e;
}

} // namespace rapport::app
