#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <functional>
#include <span>

namespace rapport::core {

class Database;
class RowReader;

// The tables the CSV exporter reads, with their columns in interchange.md's order.
enum class ExportTable { Reps, Customers, Interactions, Surveys, Products };

// One stored value: text as UTF-8 (valid until the callback returns) or an integer.
struct ExportValue
{
    bool isNull = true;
    QByteArrayView text;
    qint64 integer = 0;
};

// The SQL of CSV export: streams a table's rows in a stable order (reps by id, the others
// in the order they were stored) inside one read transaction, so the export is a
// consistent snapshot even while the GUI writes. Customer references come out as the
// customer's external_id; instants as Unix seconds; money as cents.
//   reps:         id, name, role
//   customers:    external_id, name, company, email, phone, segment, owner, acquired_at, churned_at,
//                 churn_reason
//   interactions: external_id, customer, rep, kind, occurred_at, amount_cents, category, notes, resolved_at,
//                 product (its external_id)
//   surveys:      external_id, customer, survey, score, responded_at, comment, category
//   products:     external_id, name, category, active (0 or 1)
class ExportStore
{
public:
    explicit ExportStore(Database& db) : m_db(db) {}

    Result<qint64> count(ExportTable table);
    // Calls `row` for every row; returning false from it stops early (Status is ok then).
    Status forEach(ExportTable table, const std::function<bool(std::span<const ExportValue>)>& row);

private:
    Database& m_db;
};

// Streams the rows of a prepared statement as ExportValues (storage internals: ExportStore and
// ListExport). `what` opens the error message.
Status streamExportRows(RowReader& statement, const QString& what,
                        const std::function<bool(std::span<const ExportValue>)>& row);

} // namespace rapport::core
