#pragma once

#include "common/Result.h"
#include "domain/CustomerSnapshot.h"

#include <QStringList>
#include <QVariantList>
#include <vector>

namespace rapport::core {

class Database;

// Everything a customer's deletion removes (the customer and, through the cascades, its
// interactions, survey responses and follow-up tasks), captured so that an undo can put
// it back with the same ids.
class CustomerSnapshotStore
{
public:
    using TableRows = CustomerSnapshotTable;
    using Snapshot = CustomerSnapshot;

    explicit CustomerSnapshotStore(Database& db) : m_db(db) {}

    Result<Snapshot> capture(qint64 customerId) const;
    // Re-inserts a captured customer in one transaction.
    core::Status restore(const Snapshot& snapshot);

private:
    Database& m_db;
};

} // namespace rapport::core
