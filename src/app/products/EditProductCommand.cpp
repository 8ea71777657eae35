#include "products/EditProductCommand.h"

#include "services/ProductService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString describe(const core::Product& before, const core::Product& after)
{
    if (before.active && !after.active)
        return QCoreApplication::translate("EditProductCommand", "Retire product %1").arg(after.name);
    if (!before.active && after.active)
        return QCoreApplication::translate("EditProductCommand", "Bring back product %1").arg(after.name);
    return QCoreApplication::translate("EditProductCommand", "Edit product %1").arg(after.name);
}

} // namespace

EditProductCommand::EditProductCommand(DatabaseSession& session, core::Product before, core::Product after,
                                       ConflictHandler onConflict)
    : WriteCommand(session, describe(before, after)), m_before(std::move(before)), m_after(std::move(after)),
      m_onConflict(std::move(onConflict))
{
}

core::Status EditProductCommand::change(const core::Product& from, const core::Product& to, bool firstTime)
{
    auto saved = core::ProductService(session().database()).change(from, to);
    if (!saved)
        return saved.error();
    if (!saved->conflict)
        return {};
    core::Error e = core::Error::make(
        QCoreApplication::translate("EditProductCommand",
                                    "Someone else changed the product %1 since; nothing was written.")
            .arg(to.name));
    e.kind = core::ErrorKind::Conflict;
    if (firstTime && m_onConflict) {
        m_onConflict(*saved->conflict, to);
        setFailureShown();
    }
    return e;
}

core::Status EditProductCommand::apply()
{
    return change(m_before, m_after, !hasApplied());
}

core::Status EditProductCommand::revert()
{
    return change(m_after, m_before, false);
}

} // namespace rapport::app
