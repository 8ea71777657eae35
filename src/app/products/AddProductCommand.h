#pragma once

#include "domain/Product.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Adds a product to the catalogue; undo removes it again (nothing can name it in between
// without a later command, which the undo history takes back first), redo puts it back with
// the same id.
class AddProductCommand final : public WriteCommand
{
public:
    AddProductCommand(DatabaseSession& session, core::Product product);

    qint64 productId() const { return m_product.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Product m_product;
};

} // namespace rapport::app
