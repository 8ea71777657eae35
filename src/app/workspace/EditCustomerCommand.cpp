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

core::Status EditCustomerCommand::apply()
{
    const bool firstTime = !hasApplied();
    return change(m_before, m_after, firstTime);
}

core::Status EditCustomerCommand::revert()
{
    return change(m_after, m_before, false);
}

core::Status EditCustomerCommand::change(const core::Customer& from, const core::Customer& to, bool firstTime)
{
    auto saved = core::CustomerService(session().database()).change(from, to);
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
