#pragma once

#include "widgets/WriteCommand.h"

namespace rapport::app {

// Changes the currency of the open book (an ISO 4217 code); undo restores the one before, or
// none for a book that had none. A setting, not a record: it carries no version, so the last
// write wins, as with every other setting of the book.
class SetCurrencyCommand final : public WriteCommand
{
public:
    SetCurrencyCommand(DatabaseSession& session, QString before, QString after);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    QString m_before; // empty: the book had no currency
    QString m_after;

    core::Status write(const QString& code);
};

} // namespace rapport::app
