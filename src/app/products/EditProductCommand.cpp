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

EditProductCommand::EditProductCommand(DatabaseSession& session, core::Product before, core::Product after)
    : WriteCommand(session, describe(before, after)), m_before(std::move(before)), m_after(std::move(after))
{
}

core::Status EditProductCommand::write(core::Product product)
{
    const QString kind = QStringLiteral("product");
    product.version = expectedVersion(kind, product.id, m_before.version);
    auto written = core::ProductService(session().database()).update(product);
    if (!written)
        return written.error();
    return keepVersion(written->version, kind, product.id);
}

core::Status EditProductCommand::apply()
{
    return write(m_after);
}

core::Status EditProductCommand::revert()
{
    return write(m_before);
}

} // namespace rapport::app
