#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace rapport::core {

class SqlDialect;

// One numbered schema step. Its statements must be idempotent (IF NOT EXISTS ...)
// so that re-running a step on a file that already has part of it is harmless.
struct MigrationStep
{
    int version;
    QString description;
    QStringList statements;
};

class Migrations
{
public:
    // Every step of Rapport's schema, oldest first. The last step's version is the current one.
    static const std::vector<MigrationStep>& steps();
    // The same steps in the SQL of `dialect` (steps() is SQLite's).
    static std::vector<MigrationStep> stepsFor(const SqlDialect& dialect);
    static int currentVersion();

    // Runs the steps above `fromVersion` in one transaction, bumping user_version last.
    // On failure the transaction is rolled back and the file is as it was.
    static Status apply(const QSqlDatabase& db, int fromVersion, const std::vector<MigrationStep>& steps);
};

} // namespace rapport::core
