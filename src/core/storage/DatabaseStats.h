#pragma once

#include "common/Result.h"

namespace rapport::core {

class Database;

// How much a database holds; shown by the main window and `rapport-cli`.
struct DatabaseStats
{
    qint64 reps = 0;
    qint64 customers = 0;
    qint64 activeCustomers = 0;
    qint64 interactions = 0;
    qint64 surveyResponses = 0;
    qint64 goals = 0;

    static Result<DatabaseStats> read(const Database& db);
    // Whether any rep, customer, interaction, survey response or goal is stored; unlike read()
    // it stops at the first row, so a window may ask after every write.
    static Result<bool> holdsData(const Database& db);
    // Whether the book has a customer (that this login may see, on a team server).
    static Result<bool> hasCustomers(const Database& db);
};

} // namespace rapport::core
