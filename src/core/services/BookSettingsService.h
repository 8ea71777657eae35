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

private:
    Database& m_db;
};

} // namespace rapport::core
