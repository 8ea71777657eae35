#pragma once

#include "common/Result.h"
#include "domain/DrillDown.h"
#include "domain/Scope.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The records behind a dashboard figure (DrillDownRecords says which) and the segments the
// scope pickers offer. Bound parameters only.
class DrillDownStore
{
public:
    using Records = DrillDownRecords;
    using Table = DrillDownTable;

    explicit DrillDownStore(Database& db) : m_db(db) {}

    // At most `limit` rows (newest first for events, by name for customers), and the total.
    // `subset` narrows them: for responses a survey kind, for complaints and purchases a
    // product's external id; empty for all.
    Result<Table> records(Records what, qint64 start, qint64 end, const Scope& scope,
                          const QString& subset = {}, qint64 followUpWindowSeconds = 14 * 86400,
                          int limit = 5000) const;

    // Distinct non-empty customer segments, by name.
    Result<QStringList> segments() const;

private:
    Database& m_db;
};

} // namespace rapport::core
