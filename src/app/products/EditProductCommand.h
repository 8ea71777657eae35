#pragma once

#include "domain/Product.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

// Changes a product (its fields, or retiring and bringing it back); undo writes it back as it
// was. Each write is conditional on the version expected, so none overwrites someone else's.
class EditProductCommand final : public WriteCommand
{
public:
    EditProductCommand(DatabaseSession& session, core::Product before, core::Product after);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::Status write(core::Product product);

    core::Product m_before;
    core::Product m_after;
};

} // namespace rapport::app
