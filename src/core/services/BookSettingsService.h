#pragma once

#include "common/Result.h"

#include <QString>

namespace rapport::core {

class Database;

// Settings of a book of business that every front end reads and changes: for now its
// currency, an ISO 4217 code kept in the settings table (key "currency"), so a file and the
// team server hold it alike and no schema change was needed.
class BookSettingsService
{
public:
    static constexpr const char* kCurrencySetting = "currency";

    explicit BookSettingsService(Database& db) : m_db(db) {}

    // The book's currency code; empty for a book made before books had one (its amounts are
    // shown without a symbol until someone chooses). An error when the stored text is not a
    // code at all.
    Result<QString> currency() const;
    // Stores a known code (Currency::validate); nothing is written for any other text.
    Status setCurrency(const QString& code);
    // Back to no currency (undoing the first choice for an older book).
    Status clearCurrency();
    // The window's change, and its undo: from `from` (the code read, empty: none) to `to`
    // (empty: none), only while the book still holds `from`; a Conflict error, and nothing
    // written, when someone changed it since. `to` need only be well-formed, not known to this
    // Qt, so that undo can put back a code a newer client stored.
    Status changeCurrency(const QString& from, const QString& to);
    // Whether this login may change the book's settings (not a rep on a team server).
    Result<bool> canChange() const;

private:
    Database& m_db;
};

} // namespace rapport::core
