#include "storage/ImportStatements.h"

#include "storage/SqlDialect.h"

namespace rapport::core::import_statements {

using namespace tables;

// Statements read rows the way Tables.h lists them, the id first: column c is at c + 1.
// The largest id before a batch: the rows it adds get larger ones.
const QByteArray kMaxRepId = "SELECT coalesce(max(rowid), 0) FROM reps";
const QByteArray kMaxCustomerId = "SELECT coalesce(max(id), 0) FROM customers";
const QByteArray kMaxInteractionId = "SELECT coalesce(max(id), 0) FROM interactions";
const QByteArray kMaxSurveyId = "SELECT coalesce(max(id), 0) FROM survey_responses";
const QByteArray kMaxProductId = "SELECT coalesce(max(id), 0) FROM products";
const QByteArray kFindCustomerId = "SELECT id FROM customers WHERE external_id = ?1";
const QByteArray kFindRep = selectSql(kReps, "rowid") + " WHERE id = ?1";
const QByteArray kFindCustomer = selectSql(kCustomers) + " WHERE external_id = ?1";
const QByteArray kFindInteraction = selectSql(kInteractions) + " WHERE external_id = ?1";
// An interaction without external_id is identified by what cannot be corrected without making
// it another interaction: customer, kind, time, rep and amount (category, notes and
// resolved_at are what a corrected file changes).
const QByteArray kFindInteractionByIdentity =
    selectSql(kInteractions) +
    " WHERE customer_id = ?1 AND occurred_at = ?2 AND kind = ?3 AND (rep_id IS ?4 OR ?6)"
    " AND amount_cents IS ?5 AND external_id IS NULL ORDER BY id";
const QByteArray kInsertRep = insertSql(kReps);
const QByteArray kInsertCustomer = insertSql(kCustomers);
const QByteArray kInsertInteraction = insertSql(kInteractions);
const QByteArray kInsertSurvey = insertSql(kSurveys);
const QByteArray kInsertProduct = insertSql(kProducts);
const QByteArray kFindProduct = selectSql(kProducts) + " WHERE external_id = ?1";
const QByteArray kFindSurvey = selectSql(kSurveys) + " WHERE external_id = ?1";
const QByteArray kFindSurveyByKey =
    selectSql(kSurveys) + " WHERE customer_id = ?1 AND survey = ?2 AND responded_at = ?3 ORDER BY id";

// UPDATE table SET c = ?(c + 1), ... WHERE id = ?1 for the columns in `columns` after the
// first (the key). Parameter numbers stay those of the full row, so one binding serves all.
QByteArray partialUpdateSql(const Table& table, ImportColumns columns, const char* key)
{
    QByteArray sql = QByteArray("UPDATE ") + table.name + " SET ";
    bool first = true;
    for (std::size_t c = 1; c < table.columns.size(); ++c) {
        if (!((columns >> c) & 1U))
            continue;
        if (!first)
            sql += ", ";
        sql += QByteArray(table.columns[c]) + " = ?" + QByteArray::number(static_cast<int>(c) + 1);
        first = false;
    }
    // A file with churned_at and no churn_reason keeps the stored reason, unless it takes the
    // churn date away: a reason stands only beside one (schema 9).
    const auto has = [columns](int c) { return ((columns >> c) & 1U) != 0; };
    const QByteArray churnedAt = "?" + QByteArray::number(customer::ChurnedAt + 1);
    if (&table == &kCustomers && has(customer::ChurnedAt) && !has(customer::ChurnReason))
        sql += ", churn_reason = CASE WHEN " + churnedAt + " IS NULL THEN NULL ELSE churn_reason END";
    // A return (schema 10) stands only after the churn date: a file that takes the churn date
    // away, or gives a later one (they left again), forgets it.
    if (&table == &kCustomers && has(customer::ChurnedAt))
        sql += ", returned_at = CASE WHEN " + churnedAt + " IS NULL OR returned_at < " + churnedAt +
               " THEN NULL ELSE returned_at END";
    return sql + " WHERE " + key + " = ?1";
}

// INSERT INTO table (columns) VALUES (?, ...), (?, ...) ... ON CONFLICT (external_id) DO NOTHING
QByteArray batchInsertSql(const Table& table, std::size_t rows)
{
    const auto columnCount = static_cast<int>(table.columns.size());
    QByteArray one = "(?";
    for (int c = 1; c < columnCount; ++c)
        one += ",?";
    one += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table.name + " (" + columnList(table) + ") VALUES " + one;
    for (std::size_t r = 1; r < rows; ++r)
        sql += ',' + one;
    return sql + ' ' + SqlDialect::sqlite().onConflictDoNothing("external_id");
}

const char* tableName(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Reps:
        return kReps.name;
    case ImportTarget::Customers:
        return kCustomers.name;
    case ImportTarget::Interactions:
        return kInteractions.name;
    case ImportTarget::Surveys:
        return kSurveys.name;
    case ImportTarget::Products:
        return kProducts.name;
    }
    return kReps.name;
}

} // namespace rapport::core::import_statements
