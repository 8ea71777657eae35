#include "products/AddProductCommand.h"

#include "services/ProductService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

AddProductCommand::AddProductCommand(DatabaseSession& session, core::Product product)
    : WriteCommand(session,
                   QCoreApplication::translate("AddProductCommand", "Add product %1").arg(product.name)),
      m_product(std::move(product))
{
}

core::Status AddProductCommand::apply()
{
    core::ProductService products(session().database());
    if (hasApplied())
        return products.restore(m_product);
    auto added = products.add(m_product);
    if (!added)
        return added.error();
    m_product = *added;
    session().setVersionWritten(QStringLiteral("product"), m_product.id, m_product.version);
    return {};
}

core::Status AddProductCommand::revert()
{
    m_product.version = expectedVersion(QStringLiteral("product"), m_product.id, m_product.version);
    return core::ProductService(session().database()).remove(m_product.id);
}

} // namespace rapport::app
