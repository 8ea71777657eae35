#pragma once

#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "domain/Rep.h"

#include <QString>

namespace rapport::core {

class Clock;
class Database;

// The first steps in a new book, for the window's first-run page and `rapport-cli demo`:
// whether there is anything yet, the person at the keyboard as its first rep, or demo data
// to look around in.
class BookSetupService
{
public:
    explicit BookSetupService(Database& db) : m_db(db) {}

    // Nothing stored yet (no rep, customer, interaction, survey response or goal): the only
    // state demo data may be written into. Cheap enough to ask after every write.
    Result<bool> isEmpty() const;
    // Whether there is a customer to work with.
    Result<bool> hasCustomers() const;

    // Adds `rep` (id and name trimmed, both required); a Conflict error when the id is taken,
    // so nobody's records change owner by a typing slip.
    Status addRep(Rep rep);

    // Writes demo data and then the book's `currency` (a valid ISO 4217 code), only into an
    // empty book; nothing at all when `progress` cancels.
    Result<DemoSummary> fillWithDemo(const Clock& clock, const DemoOptions& options, const QString& currency,
                                     const DemoGenerator::Progress& progress = {});

    // A rep id suggested from a login name ("Anna.Smith" → "anna.smith"): lower case, letters,
    // digits, dot, dash and underscore kept. Empty when nothing is left.
    static QString suggestedRepId(const QString& login);

private:
    Database& m_db;
};

} // namespace rapport::core
