#pragma once

#include "common/Result.h"
#include "domain/DrillDown.h"
#include "domain/Scope.h"

#include <QString>

namespace rapport::core {

class Database;

// The records behind a dashboard figure, for the drill-down dialog.
class DrillDownService
{
public:
    explicit DrillDownService(Database& db) : m_db(db) {}

    // At most `limit` rows (newest first for events, by name for customers), and the total.
    // `subset` narrows them: for responses a survey kind, for complaints and purchases a
    // product's external id; empty for all.
    Result<DrillDownTable> records(DrillDownRecords what, qint64 start, qint64 end, const Scope& scope,
                                   const QString& subset = {}, qint64 followUpWindowSeconds = 14 * 86400,
                                   int limit = 5000) const;

private:
    Database& m_db;
};

} // namespace rapport::core
