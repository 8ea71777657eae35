#pragma once

#include "widgets/WriteCommand.h"

namespace rapport::app {

// Changes the currency of the open book (an ISO 4217 code); undo restores the one before, or
// none for a book that had none. A setting carries no version column, so the stored value is
// the version: each write happens only while the book still holds what this command expects
// (`before` to apply, `after` to undo), and a teammate's change in between makes it refuse
// rather than overwrite.
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
};

} // namespace rapport::app
